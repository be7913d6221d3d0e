import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { troopChart, describeTroops } from "../src/charts/troopChart.js";
import { milestoneChart } from "../src/charts/milestoneChart.js";
import { quantityChart } from "../src/charts/quantityChart.js";
import { timeChart } from "../src/charts/timeChart.js";
import { resultsTable } from "../src/components/explorer.js";
import { groupChart } from "../src/charts/groupChart.js";
import { runQuery } from "../src/components/explorerQuery.js";
import { keyFigures } from "../publish/keyFigures.js";
import { sourceLine } from "../src/charts/furniture.js";
import { annotatedArticle } from "../src/components/annotatedArticle.js";
import { chartPng, chartSvg } from "../publish/render.js";
import { apDate } from "../src/shared/dates.js";
import type { Troop } from "../loaders/schemas.js";
import { seedExtract } from "./support/fixtures.js";

const { window } = new JSDOM("");
const { document } = window;
const seed = seedExtract();

describe("troopChart", () => {
  const chart = troopChart(seed.tables.troops, { width: 640, document, furniture: false }) as unknown as SVGSVGElement;

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
      "The NATO-led force (ISAF) fell from 130,000 troops in October 2011 to just over 87,200 on Aug. 1, 2013, 60,000 of them U.S. Scenario: U.S. forces would fall to 0 at Dec. 31, 2014 if no deal is reached.",
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

describe("quantityChart", () => {
  it("labels each dated figure in the article's own words, in date order, and leaves undated ones out", () => {
    const svg = quantityChart(seed.tables.quantities, { width: 640, document, furniture: false }) as unknown as SVGSVGElement;
    const labels = [...svg.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(["October 2011 · 130,000 troops", "Aug. 1, 2013 · just over 87,200 troops", "Aug. 1, 2013 · 60,000 Americans", "Oct. 11, 2013 · two issues"]);
  });
});

describe("timeChart", () => {
  it("draws a time 'after' a date as a faded bar from that date's end, labelled 'After'", () => {
    const after = seed.tables.times.filter((t) => t.relation === "after");
    expect(after.length).toBeGreaterThan(0);
    const svg = timeChart(seed.tables.times, seed.tables.sentences, { width: 640, document, furniture: false }) as unknown as SVGSVGElement;
    const faded = [...svg.querySelectorAll('g[data-mark="bar"][fill-opacity="0.35"] rect')];
    expect(faded).toHaveLength(after.length);
    const labels = [...svg.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent ?? "");
    expect(labels.filter((l) => l.startsWith("After ")).map((l) => l.split(" · ")[0])).toEqual(after.map((t) => `After ${t.date}`));
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
    expect(apDate("2014-04")).toBe("April 2014");
  });

  it("exports each chart as the same SVG and PNG bytes every time", () => {
    const svg = chartSvg("troops", seed);
    expect(svg).toBe(chartSvg("troops", seed));
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
