/**
 * Pages for any article: every word a page shows about an article comes from that article or its
 * annotation file, and it gets a chart only where its data has the chart's shape.
 */
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readStory } from "../publish/story.js";
import { rowsOf } from "../src/charts/registry.js";
import { conceptKey } from "../src/charts/plans.js";
import { SEED } from "./support/fixtures.js";
import { FIXTURE_ARTICLES } from "./support/site.js";
import type { Quantity } from "../loaders/schemas.js";

const fixtures = readdirSync(FIXTURE_ARTICLES).filter((f) => f.endsWith(".md")).map((f) => join(FIXTURE_ARTICLES, f));
const seed = readStory(SEED);

/** Every word a story's pages say about the article besides its own text: chart furniture and key figures. */
const wordsOf = (story: ReturnType<typeof readStory>) => [
  ...story.charts.flatMap((c) => [c.furniture.title, c.furniture.subtitle ?? "", c.furniture.note ?? "", c.furniture.scenario ?? ""]),
  ...story.figures.flatMap((f) => [f.label, f.value, f.note]),
];

/** The seed's own titles and subtitles, and words that belong to its story alone. */
const SEED_WORDS = [...seed.charts.flatMap((c) => [c.furniture.title, c.furniture.subtitle].filter((w): w is string => Boolean(w))), "zero option", "NATO", "Afghanistan", "Taliban", "withdrawal"];

describe.each(fixtures.map((file) => [file.replace(/^.*\//, ""), file]))("the pages of %s", (_, file) => {
  const story = readStory(file);
  const words = wordsOf(story).join("\n");

  it("carry none of the seed's words", () => {
    for (const seedWords of SEED_WORDS) expect(words.toLowerCase()).not.toContain(seedWords.toLowerCase());
  });

  it("never say unspecified, undefined, null, NaN or 'About 0'", () => {
    expect(words).not.toMatch(/\bunspecified\b|\bundefined\b|\bnull\b|\bNaN\b|About 0\b/);
  });

  it("say every key figure with what it counts, its date or period", () => {
    for (const figure of story.figures) {
      expect(figure.label.length).toBeGreaterThan(3);
      expect(figure.value).toMatch(/\d/);
      expect(figure.note.length).toBeGreaterThan(3);
    }
  });

  it("title each chart with something named in its own article", () => {
    // The article's words, and the years its dates resolve to.
    const body = `${story.article.title} ${story.article.body} ${story.tables.times.map((t) => t.date).join(" ")}`.toLowerCase();
    for (const chart of story.charts) {
      const named = chart.furniture.title.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
      expect(named.some((word) => body.includes(word)), chart.furniture.title).toBe(true);
    }
  });

  it("draw a chart only where the data has its shape", () => {
    for (const chart of story.charts) {
      const rows = rowsOf(chart, story.tables);
      if (chart.kind === "series") {
        const figures = rows as Quantity[];
        // Three times or more: dates, or quarters of one year ("2022-Q1", "2022-Q2", "2022-Q3").
        expect(new Set(figures.map((q) => q.period ?? q.date)).size).toBeGreaterThanOrEqual(3);
        expect(new Set(figures.map((q) => q.value)).size).toBeGreaterThanOrEqual(2);
        expect(new Set(figures.map((q) => q.measure)).size).toBe(1);
        expect(new Set(figures.map((q) => conceptKey(q.concept!))).size).toBe(1);
        expect(figures.every((q) => q.change === null)).toBe(true);
      }
      if (chart.kind === "bars") {
        const figures = rows as Quantity[];
        expect(figures.length).toBeGreaterThanOrEqual(3);
        expect(new Set(figures.map((q) => `${q.date}|${q.measure}|${q.unit}`)).size).toBe(1);
      }
      if (chart.kind === "milestones") expect(new Set((rows as unknown as { date: string }[]).map((m) => m.date)).size).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("the seed's pages", () => {
  it("keep the words its graphics desk wrote, from its annotation file", () => {
    expect(seed.charts.map((c) => [c.name, c.furniture.title])).toEqual([
      ["troops", "Foreign troops in Afghanistan"],
      ["milestones", "From the Taliban’s fall to the withdrawal deadline"],
    ]);
    expect(seed.charts[0].furniture.scenario).toBe("“Zero option”");
  });

  it("keep its key figures", () => {
    expect(seed.figures.map((f) => [f.label, f.value])).toEqual([
      ["NATO-led force (ISAF), Aug. 1, 2013", "just over 87,200"],
      ["U.S. share of the force", "just under 69%"],
      ["Until the Dec. 31, 2014 deadline", "446 days"],
      ["Sticking points", "3"],
    ]);
  });
});

describe("an article whose data has no chart's shape", () => {
  it("gets no chart rather than a meaningless one", async () => {
    const { articleOf } = await import("./support/fixtures.js");
    const { extractArticle } = await import("../loaders/extract.js");
    const { planCharts } = await import("../src/charts/plans.js");
    const extract = extractArticle(articleOf("The council met on Tuesday. It approved 12 projects worth $4 million."));
    expect(planCharts(extract.tables)).toEqual([]);
  });
});

describe("bars", () => {
  it("set one thing's holders side by side, never deaths beside the displaced", async () => {
    const { articleOf } = await import("./support/fixtures.js");
    const { extractArticle } = await import("../loaders/extract.js");
    const { planCharts } = await import("../src/charts/plans.js");
    const kinds = (body: string) => planCharts(extractArticle(articleOf(body, "2019-07-15")).tables).map((c) => c.kind);
    expect(kinds("At least 76 people have died. Over 1.7 million people were displaced. In Nepal 64 people were killed.")).toEqual([]);
    expect(kinds("The Civic Alliance won 143 seats, the Green Left won 38 seats and the Union won 102 seats on Sunday.")).toEqual(["bars"]);
  });
});

describe("a timeline of an article's days", () => {
  it("draws the stretch where its events are and tells one years away in the note, as a caption would", async () => {
    const { articleOf } = await import("./support/fixtures.js");
    const { extractArticle } = await import("../loaders/extract.js");
    const { planCharts } = await import("../src/charts/plans.js");
    const body = "The mine opened in March 2009. Miners walked out on Aug. 2. Talks began on Aug. 9. A deal was signed on Aug. 20.";
    const timeline = planCharts(extractArticle(articleOf(body, "2013-08-22")).tables).find((c) => c.kind === "milestones")!;
    expect(timeline.furniture.title).toBe("Key dates, August 2013");
    expect(timeline.ids).toHaveLength(3);
    expect(timeline.furniture.note).toBe("Earlier: March 2009 — The mine opened.");
  });
});
