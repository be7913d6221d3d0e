/**
 * Charts as files: each chart of an article drawn for export (print colours, fixed width, its
 * furniture baked in) as one self-contained SVG. Runs in the page, for the reader's filtered
 * view, and in Node with jsdom's document, for the static files and `npm run export`.
 */
import type { Extract } from "../../loaders/schemas.js";
import { troopChart, troopFurniture } from "./troopChart.js";
import type { ChartOptions } from "./options.js";
import { milestoneChart, milestoneFurniture } from "./milestoneChart.js";
import { MILESTONE_CATEGORIES } from "../shared/categories.js";
import { quantityChart, quantityFurniture } from "./quantityChart.js";
import { timeChart, timeFurniture } from "./timeChart.js";
import { sourceLine, type Furniture } from "./furniture.js";
import { EXPORT_WIDTH, exportSvg } from "./standaloneSvg.js";
import { printPalette } from "./palette.js";

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
    applies: (tables) => tables.milestones.length > 0 && tables.milestones.length <= MAX_TIMELINE_ROWS,
    render: (tables, options) => milestoneChart(tables.milestones, options),
    legend: (tables) => MILESTONE_CATEGORIES.filter((c) => tables.milestones.some((m) => m.category === c)).map((c) => ({ label: c, color: printPalette.categories[c] })),
    table: "milestones",
  },
  quantities: {
    furniture: quantityFurniture,
    applies: (tables) => tables.quantities.some((q) => q.date) && tables.quantities.filter((q) => q.date).length <= MAX_TIMELINE_ROWS,
    render: (tables, options) => quantityChart(tables.quantities, options),
    legend: () => [],
    table: "quantities",
  },
  times: {
    furniture: timeFurniture,
    applies: (tables) => tables.times.length > 0 && tables.times.length <= MAX_TIMELINE_ROWS,
    render: (tables, options) => timeChart(tables.times, tables.sentences, options),
    legend: () => [],
    table: "times",
  },
};

export const chartNames = Object.keys(charts);

/** A timeline of more rows than this is a list no one can read as a chart; the tables keep every row. */
export const MAX_TIMELINE_ROWS = 150;

/** The charts an article has data for. */
export function chartsOf(tables: Tables): string[] {
  return chartNames.filter((name) => charts[name].applies(tables));
}

export function chartSvg(name: string, { article, tables }: Extract, { document = globalThis.document, adaptive = false }: { document?: Document; adaptive?: boolean } = {}): string {
  const spec = charts[name];
  if (!spec) throw new Error(`no chart named ${name}`);
  const plot = spec.render(tables, { width: EXPORT_WIDTH, palette: printPalette, furniture: false, document });
  return exportSvg(plot, spec.furniture, { source: sourceLine(article), legend: spec.legend(tables), adaptive });
}
