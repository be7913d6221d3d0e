/**
 * The chart registry: a chart plan (from plans.ts) drawn on the page, or as a file (print
 * colours, fixed width, its furniture baked in, one self-contained SVG). Runs in the page, and in
 * Node with jsdom's document for the static files and `npm run export`.
 */
import type { Article, Tables } from "../../loaders/schemas.js";
import type { ChartOptions } from "./options.js";
import type { ChartKind, ChartPlan } from "./plans.js";
import { troopChart } from "./troopChart.js";
import { milestoneChart } from "./milestoneChart.js";
import { seriesChart } from "./seriesChart.js";
import { barsChart } from "./barsChart.js";
import { sourceLine } from "./furniture.js";
import { EXPORT_WIDTH, exportSvg } from "./standaloneSvg.js";
import { categoryLegend, printPalette } from "./palette.js";

type Legend = { label: string; color: string }[];
type Row = { id: number };

interface Kind {
  render(rows: Row[], options: ChartOptions): Element;
  legend(rows: Row[]): Legend;
}

const KINDS: Record<ChartKind, Kind> = {
  troops: {
    render: (rows, options) => troopChart(rows as Tables["troops"], options),
    legend: (rows) => [...new Set((rows as Tables["troops"]).map((d) => d.force))].map((force, i) => ({ label: force, color: printPalette.forces[i % printPalette.forces.length] })),
  },
  milestones: {
    render: (rows, options) => milestoneChart(rows as Tables["milestones"], options),
    legend: (rows) => categoryLegend(rows as Tables["milestones"]),
  },
  series: { render: (rows, options) => seriesChart(rows as Tables["quantities"], options), legend: () => [] },
  bars: { render: (rows, options) => barsChart(rows as Tables["quantities"], options), legend: () => [] },
};

/** The rows a plan draws, in its order. */
export function rowsOf(plan: ChartPlan, tables: Tables): Row[] {
  const byId = new Map((tables[plan.table] as Row[]).map((row) => [row.id, row]));
  return plan.ids.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined);
}

/** The chart of a plan, on the page: its words from the plan unless the options give others. */
export function renderChart(plan: ChartPlan, tables: Tables, options: ChartOptions = {}): Element {
  return KINDS[plan.kind].render(rowsOf(plan, tables), { frame: plan.furniture, upcoming: plan.upcoming, ...options });
}

/** The chart of a plan as one self-contained SVG file, at the export width unless told another (a phone's embed). */
export function chartSvg(
  plan: ChartPlan,
  { article, tables }: { article: Article; tables: Tables },
  { document = globalThis.document, adaptive = false, width = EXPORT_WIDTH }: { document?: Document; adaptive?: boolean; width?: number } = {},
): string {
  const rows = rowsOf(plan, tables);
  const chart = KINDS[plan.kind].render(rows, { width, palette: printPalette, furniture: false, document, frame: plan.furniture, upcoming: plan.upcoming });
  return exportSvg(chart, plan.furniture, { source: sourceLine(article), legend: KINDS[plan.kind].legend(rows), adaptive });
}
