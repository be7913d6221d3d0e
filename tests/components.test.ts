import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { troopChart, describeTroops } from "../src/charts/troopChart.js";
import { milestoneChart } from "../src/charts/milestoneChart.js";
import { seriesChart } from "../src/charts/seriesChart.js";
import { barsChart } from "../src/charts/barsChart.js";
import { resultsTable } from "../src/components/explorer.js";
import { groupChart } from "../src/charts/groupChart.js";
import { runQuery } from "../src/components/explorerQuery.js";
import { keyFigures } from "../publish/keyFigures.js";
import { sourceLine } from "../src/charts/furniture.js";
import { annotatedArticle } from "../src/components/annotatedArticle.js";
import { chartPng, chartSvg } from "../publish/render.js";
import { apDate } from "../src/shared/dates.js";
import type { Troop } from "../loaders/schemas.js";
import { SEED, seedExtract } from "./support/fixtures.js";
import { readStory } from "../publish/story.js";

const { window } = new JSDOM("");
const { document } = window;
const seed = seedExtract();

describe("troopChart", () => {
  // The seed's words come from its annotation file, through its story.
  const frame = readStory(SEED).charts.find((c) => c.name === "troops")!.furniture;
  const chart = troopChart(seed.tables.troops, { width: 640, document, furniture: false, frame }) as unknown as SVGSVGElement;

  it("draws one mark per reported figure: triangles for 'just over', circles otherwise, and a hollow scenario", () => {
    const symbols = [...chart.querySelectorAll('g[data-mark="dot"] path')].map((p) => p.getAttribute("d")!);
    expect(symbols).toHaveLength(3);
    expect(symbols.filter((d) => !d.includes("A")).length).toBe(1); // the triangle has no arcs
    expect(chart.querySelectorAll('g[data-mark="dot"] circle')).toHaveLength(1);
    expect(chart.querySelectorAll('g[data-mark="line"] path')).toHaveLength(2);
    expect(chart.querySelector('g[data-mark="line"][stroke-dasharray]')).not.toBeNull();
  });

  it("labels the figures as the article gives them", () => {
    const labels = [...chart.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["130,000", "just over 87,200", "60,000 U.S.", "“Zero option”: 0"]));
  });

  it("describes itself for screen readers from its data", () => {
    expect(chart.getAttribute("aria-label")).toBe("Foreign troops in Afghanistan");
    expect(describeTroops(seed.tables.troops)).toBe(
      "The NATO-led force (ISAF) fell from 130,000 troops in October 2011 to just over 87,200 on Aug. 1, 2013, 60,000 of them U.S. Scenario, not a report: U.S. forces at 0 on Dec. 31, 2014.",
    );
  });

  it("follows its rows: a new figure is a new mark", () => {
    const extra: Troop = { ...seed.tables.troops[1], id: 9, date: "2012-06", troops: 100000, qualifier: "approx", quote: "about 100,000 troops" };
    const svg = troopChart([...seed.tables.troops, extra], { width: 640, document, furniture: false }) as unknown as SVGSVGElement;
    expect(svg.querySelectorAll('g[data-mark="dot"] path')).toHaveLength(4);
    expect([...svg.querySelectorAll("text")].some((t) => t.textContent === "about 100,000")).toBe(true);
  });
});

describe("milestoneChart", () => {
  it("draws a dot for each dated day and a bar for each month or year", () => {
    const svg = milestoneChart(seed.tables.milestones, { width: 640, document, furniture: false }) as unknown as SVGSVGElement;
    const days = seed.tables.milestones.filter((m) => m.precision === "day").length;
    expect(svg.querySelectorAll('g[data-mark="dot"] circle')).toHaveLength(days);
    expect(svg.querySelectorAll('g[data-mark="bar"] rect')).toHaveLength(seed.tables.milestones.length - days);
    expect(svg.textContent).toContain("Oct. 10, 2013 · U.N. Security Council extends");
  });
});

describe("seriesChart and barsChart", () => {
  const rows = [
    { id: 1, value: 35000, value_high: null, unit: "people", measure: "count", qualifier: "exact", date: "2014-08-12", sentence: 1, start: 0, end: 6, quote: "35,000", concept: "people in relief camps", change: null, period: null },
    { id: 2, value: 140000, value_high: null, unit: "people", measure: "count", qualifier: "approx", date: "2014-08-15", sentence: 1, start: 10, end: 17, quote: "140,000", concept: "people in relief camps", change: null, period: null },
  ] as const;

  it("draws a series as dots in date order, each labelled as written", () => {
    const svg = seriesChart([...rows], { width: 640, document, furniture: false }) as unknown as SVGSVGElement;
    expect(svg.querySelectorAll('g[data-mark="dot"] circle')).toHaveLength(2);
    expect([...svg.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent)).toEqual(["35,000", "about 140,000"]);
  });

  it("draws figures side by side, each said with what it counts, labels cut at a word", () => {
    const long = { ...rows[1], id: 3, concept: "people who sheltered in schools and mosques across the valley's eastern districts" };
    const svg = barsChart([rows[0], long], { width: 390, document, furniture: false }) as unknown as SVGSVGElement;
    const labels = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text, g[data-mark] text')].map((t) => t.textContent ?? "");
    expect(labels).toContain("People in relief camps");
    const cut = labels.find((l) => l.startsWith("People who"))!;
    expect(cut).toMatch(/…$/);
    // Cut after a whole word of the concept, never inside one.
    expect(long.concept.split(" ")).toContain(cut.slice(0, -1).split(" ").pop());
  });
});

describe("explorer", () => {
  it("filters and groups with the Arquero query it shows", () => {
    const result = runQuery(seed.tables, { source: "quantities", term: "troops", group: "unit", min: 2011 });
    expect(result.rows.map((r) => r.value)).toEqual([130000, 87200]);
    expect(result.groups).toEqual([{ unit: "troops", rows: 2, total: 217200 }]);
    expect(result.code).toContain('.filter("(d, $) => op.includes(op.lower(d.quote), $.term)")');
    const svg = groupChart(result.groups, { group: "unit", width: 400, document }) as unknown as SVGSVGElement;
    expect(svg.getAttribute("aria-description")).toBe("troops: 2");
  });

  it("right-aligns a column of figures under a right-aligned heading, and leaves text and sentence links alone", () => {
    // htl builds its nodes with the page's globals.
    const { Node, NodeList, HTMLCollection } = window;
    Object.assign(globalThis, { document, Node, NodeList, HTMLCollection });
    const rows = [{ name: "John Kerry", mentions: 9, first_sentence: 1 }, { name: "Kabul", mentions: null, first_sentence: 4 }];
    const table = resultsTable(rows, ["name", "mentions", "first_sentence"]) as HTMLElement;
    const classes = (selector: string) => [...table.querySelectorAll(selector)].map((cell) => cell.className);
    expect(classes("th")).toEqual(["", "number", ""]);
    expect(classes("tbody tr:first-child td")).toEqual(["", "number", ""]);
    expect(classes("tbody tr:last-child td")).toEqual(["", "number", ""]);
  });

  it("lists groups of years in time order, other groups largest first", () => {
    const byYear = runQuery(seed.tables, { source: "times", term: "", group: "year", min: 0 });
    const years = byYear.groups.map((g) => g.year as number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(byYear.code).toContain('.orderby("year")');
  });

  it("filters entities by how often they are named", () => {
    const result = runQuery(seed.tables, { source: "entities", term: "", group: "type", min: 5 });
    expect(result.rows.map((r) => r.name)).toEqual(["John Kerry", "Hamid Karzai", "United States", "Afghanistan"]);
  });
});

describe("keyFigures", () => {
  it("computes the figures from the tables, linked to their sentences", () => {
    expect(keyFigures(seed).map((f) => [f.value, f.sentence])).toEqual([
      ["just over 87,200", 23],
      ["just under 69%", 23],
      ["446 days", 10],
      ["3", 2],
    ]);
  });
});

describe("furniture and exports", () => {
  it("writes the source line from the article", () => {
    expect(sourceLine(seed.article)).toBe("Source: Al Jazeera America and Reuters, Oct. 11, 2013");
    // A reporter's name is a byline, not a source; an agency in it is.
    expect(sourceLine({ source: "Test Wire", byline: "A fixture written for the tests", published: "2014-08-18" })).toBe("Source: Test Wire, Aug. 18, 2014");
    expect(sourceLine({ source: "The Ledger", byline: "By Jane Doe, Associated Press", published: "2014-08-18" })).toBe("Source: The Ledger and Associated Press, Aug. 18, 2014");
    expect(apDate("2014-04")).toBe("April 2014");
  });

  it("exports each chart as the same SVG and PNG bytes every time", () => {
    const plan = { name: "troops", kind: "troops" as const, table: "troops" as const, ids: seed.tables.troops.map((t) => t.id), furniture: { title: "Troops" } };
    const svg = chartSvg(plan, seed);
    expect(svg).toBe(chartSvg(plan, seed));
    expect(svg).toContain("Source: Al Jazeera America and Reuters, Oct. 11, 2013");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const png = chartPng(svg);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.equals(chartPng(svg))).toBe(true);
  });
});

describe("annotatedArticle", () => {
  it("anchors every sentence and marks figures, times and names with what they were read as", () => {
    const root = annotatedArticle(seed, { document });
    expect(root.querySelectorAll(".sentence[id^=s]")).toHaveLength(seed.tables.sentences.length);
    expect(root.textContent).toContain("Secretary of State John Kerry");
    const mark = [...root.querySelectorAll("mark.mark-quantity")].find((m) => m.textContent!.startsWith("just over 87,200"));
    expect(mark?.getAttribute("data-tip")).toBe("more than 87,200 troops · holds for Aug. 1, 2013");
    expect(root.querySelector("#s23 mark.mark-time")?.getAttribute("data-tip")).toBe("October 2011");
    expect(root.querySelectorAll("mark.mark-entity").length).toBe(seed.tables.mentions.length);
  });
});
