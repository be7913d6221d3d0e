import { describe, expect, it } from "vitest";
import { seedExtract } from "./support/fixtures.js";
import { ExtractSchema, tableNames } from "../loaders/schemas.js";

describe("the seed article's tables", () => {
  const { article, tables } = seedExtract();

  it("validates against the schemas and keeps every quote verbatim in the body", () => {
    expect(() => ExtractSchema.parse({ article, tables })).not.toThrow();
    for (const name of tableNames) {
      for (const row of tables[name] as Record<string, unknown>[]) {
        if (typeof row.quote === "string") expect(article.body).toContain(row.quote);
        if (typeof row.start === "number" && typeof row.end === "number" && "quote" in row) expect(article.body.slice(row.start, row.end)).toBe(row.quote);
        const sentence = (row.sentence ?? row.first_sentence) as number | undefined;
        if (name !== "sentences") expect(tables.sentences.some((s) => s.id === sentence)).toBe(true);
      }
    }
  });

  it("has the troop strength: 130,000 down to just over 87,200 on Aug. 1, 2013, 60,000 of them U.S., and the zero option", () => {
    expect(tables.troops.map((t) => [t.date, t.force, t.troops, t.qualifier, t.part_of, t.status])).toEqual([
      ["2011-10", "NATO-led force (ISAF)", 130000, "exact", null, "reported"],
      ["2013-08-01", "NATO-led force (ISAF)", 87200, "more than", null, "reported"],
      ["2013-08-01", "U.S.", 60000, "exact", "NATO-led force (ISAF)", "reported"],
      ["2014-12-31", "U.S.", 0, "exact", null, "scenario"],
    ]);
  });

  it("has the milestones from 2001 to the end of 2014, in order", () => {
    expect(tables.milestones.map((m) => [m.date, m.category])).toEqual([
      ["2001", "military"],
      ["2011", "military"],
      ["2013-10-10", "diplomacy"],
      ["2013-10-11", "diplomacy"],
      ["2013-10-12", "diplomacy"],
      ["2013-10-31", "deadline"],
      ["2014-04", "politics"],
      ["2014-12-31", "deadline"],
      ["2014-12-31", "military"],
    ]);
    for (const m of tables.milestones) expect(m.label.length).toBeGreaterThanOrEqual(8);
  });

  it("has the three sticking points with both sides' positions", () => {
    expect(tables.issues.map((i) => [i.issue, i.status])).toEqual([
      ["Independent U.S. counter-terrorism missions", "deal breaker"],
      ["Guarantee of protection from foreign forces", "deal breaker"],
      ["Timing of the deal", "disputed"],
    ]);
    expect(tables.issues[1].us_position).toContain("Pakistan");
  });
});
