import { describe, expect, it } from "vitest";
import { parseAnnotations, nearestPassage } from "../loaders/input/annotations.js";
import { extractArticle } from "../loaders/extract.js";
import { articleOf } from "./support/fixtures.js";

const body = "The force fell from 130,000 troops two years ago to just over 87,200 troops on Aug. 1. Kerry and Karzai will meet again Saturday.";
const article = articleOf(body);
const run = (yaml: string) => extractArticle(article, parseAnnotations(yaml, "notes.yaml", article.body)).tables;

describe("annotations", () => {
  it("names forces and labels milestones by quote", () => {
    const tables = run(`troops:
  - quote: just over 87,200 troops on Aug. 1
    force: NATO-led force
    troops: 87200
    date: "2013-08-01"
milestones:
  - quote: will meet again Saturday
    label: Kerry and Karzai meet again
    category: diplomacy
`);
    expect(tables.troops.find((t) => t.troops === 87200)).toMatchObject({ force: "NATO-led force", qualifier: "more than", date: "2013-08-01" });
    expect(tables.milestones.find((m) => m.date === "2013-10-12")).toMatchObject({ label: "Kerry and Karzai meet again", category: "diplomacy" });
  });

  it("fails on a quote that is not in the article, naming the line and the nearest passage", () => {
    expect(() => run(`milestones:\n  - quote: Kerry and Karzai will meet again Sunday\n    label: Another meeting\n    category: diplomacy\n`)).toThrow(
      'notes.yaml:2: milestones[0].quote: not in the article; nearest: "Kerry and Karzai will meet again Saturday"',
    );
  });

  it("fails when an annotated number or date disagrees with extraction", () => {
    expect(() => run(`troops:\n  - quote: just over 87,200 troops on Aug. 1\n    force: NATO\n    troops: 87000\n`)).toThrow(
      "notes.yaml:2: troops[0].troops: 87000 is not a figure extraction found in the quote (found: 87200)",
    );
    expect(() => run(`troops:\n  - quote: 130,000 troops two years ago\n    force: NATO\n    troops: 130000\n    date: "2011"\n`)).toThrow(
      "notes.yaml:2: troops[0].date: 2011 disagrees with the date extraction found in the quote (2011-10)",
    );
    expect(() => run(`milestones:\n  - quote: meet again Saturday\n    label: Meeting again\n    category: diplomacy\n    date: "2013-10-05"\n`)).toThrow(
      "notes.yaml:2: milestones[0].date: 2013-10-05 disagrees with the dates extraction found in the quote (2013-10-12)",
    );
  });

  it("rejects malformed rows with the field's line", () => {
    expect(() => run(`milestones:\n  - quote: meet again Saturday\n    label: Meeting again\n    category: party\n`)).toThrow("notes.yaml:4: milestones[0].category:");
    expect(() => run(`troops: [unclosed\n`)).toThrow("notes.yaml:");
  });

  it("finds the nearest passage by shared words", () => {
    expect(nearestPassage("The cat sat on the mat. Dogs ran far away.", "dogs ran away")).toBe("Dogs ran far");
  });
});
