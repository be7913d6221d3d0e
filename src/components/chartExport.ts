/**
 * Charts as files: each chart of an article drawn for export (print colours, fixed width, its
 * furniture baked in) as one self-contained SVG. Runs in the page, for the reader's filtered
 * view, and in Node with jsdom's document, for the static files and `npm run export`.
 */
import type { Extract } from "../../loaders/schemas.js";
import { troopChart, troopFurniture, type ChartOptions } from "./troopChart.js";
import { milestoneChart, milestoneFurniture, CATEGORIES } from "./milestoneChart.js";
import { quantityChart, quantityFurniture } from "./quantityChart.js";
import { timeChart, timeFurniture } from "./timeChart.js";
import { sourceLine, type Furniture } from "./furniture.js";
import { standaloneSvg } from "./standaloneSvg.js";
import { printPalette } from "./palette.js";

export const EXPORT_WIDTH = 800;

type Tables = Extract["tables"];
type Legend = { label: string; color: string }[];

export interface ChartSpec {
  furniture: Furniture;
  /** Whether the article has anything to draw. */
  applies(tables: Tables): boolean;
  render(tables: Tables, options: ChartOptions): Element;
  legend(tables: Tables): Legend;
  /** The table behind the chart, for its CSV download. */
  table: keyof Tables;
}

export const charts: Record<string, ChartSpec> = {
  troops: {
    furniture: troopFurniture,
    applies: (tables) => tables.troops.some((d) => d.date),
    render: (tables, options) => troopChart(tables.troops, options),
    legend: (tables) => [...new Set(tables.troops.map((d) => d.force))].map((force, i) => ({ label: force, color: printPalette.forces[i] })),
    table: "troops",
  },
  milestones: {
    furniture: milestoneFurniture,
    applies: (tables) => tables.milestones.length > 0,
    render: (tables, options) => milestoneChart(tables.milestones, options),
    legend: (tables) => CATEGORIES.filter((c) => tables.milestones.some((m) => m.category === c)).map((c) => ({ label: c, color: printPalette.categories[c] })),
    table: "milestones",
  },
  quantities: {
    furniture: quantityFurniture,
    applies: (tables) => tables.quantities.some((q) => q.date),
    render: (tables, options) => quantityChart(tables.quantities, options),
    legend: () => [],
    table: "quantities",
  },
  times: {
    furniture: timeFurniture,
    applies: (tables) => tables.times.length > 0,
    render: (tables, options) => timeChart(tables.times, tables.sentences, options),
    legend: () => [],
    table: "times",
  },
};

export const chartNames = Object.keys(charts);

/** The charts an article has data for. */
export function chartsOf(tables: Tables): string[] {
  return chartNames.filter((name) => charts[name].applies(tables));
}

export interface ExportOptions {
  source: string;
  legend?: Legend;
  /** Swap to dark colours when the viewer's system is dark (the page's first-paint preview). */
  adaptive?: boolean;
}

/** A Plot SVG rendered for export, wrapped with its furniture into one file. */
export function exportSvg(plot: Element, furniture: Furniture, { source, legend = [], adaptive = false }: ExportOptions): string {
  const svg = plot.tagName.toLowerCase() === "svg" ? plot : plot.querySelector("svg")!;
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return standaloneSvg(svg.outerHTML, furniture, {
    width: Number(svg.getAttribute("width")),
    plotHeight: Number(svg.getAttribute("height")),
    description: svg.getAttribute("aria-description") ?? "",
    source,
    legend,
    adaptive,
  });
}

export function chartSvg(name: string, { article, tables }: Extract, { document = globalThis.document, adaptive = false }: { document?: Document; adaptive?: boolean } = {}): string {
  const spec = charts[name];
  if (!spec) throw new Error(`no chart named ${name}`);
  const plot = spec.render(tables, { width: EXPORT_WIDTH, palette: printPalette, furniture: false, document });
  return exportSvg(plot, spec.furniture, { source: sourceLine(article), legend: spec.legend(tables), adaptive });
}
