/**
 * The explorer: filter and group the quantities, times or entities with Arquero, and say the
 * query as code a reporter can paste into a notebook. The code shown is the code that ran.
 */
import type { ColumnTable } from "arquero";
import * as Plot from "@observablehq/plot";
import type { Extract } from "../../loaders/schemas.js";
import * as aq from "./arquero.js";

export type Source = "quantities" | "times" | "entities";

interface SourceSpec {
  label: string;
  text: string;
  columns: string[];
  groups: string[];
  range: { field: string; label: string };
}

export const SOURCES: Record<Source, SourceSpec> = {
  quantities: { label: "Quantities", text: "quote", columns: ["quote", "value", "unit", "qualifier", "date", "sentence"], groups: ["unit", "qualifier", "year"], range: { field: "year", label: "From year" } },
  times: { label: "Time expressions", text: "text", columns: ["text", "date", "precision", "relation", "sentence"], groups: ["year", "precision", "relation"], range: { field: "year", label: "From year" } },
  entities: { label: "Entities", text: "name", columns: ["name", "type", "mentions", "first_sentence"], groups: ["type"], range: { field: "mentions", label: "Mentioned at least" } },
};

export interface Query {
  source: Source;
  term: string;
  group: string;
  min: number;
}

type Step = [method: string, argument: string | Record<string, unknown> | ((d: Record<string, number>) => number)];

const YEAR = "d => d.date === null ? null : op.parse_int(op.substring(d.date, 0, 4))";

/** The range the slider offers for a source: years of its dates, or counts of mentions. */
export function rangeOf(tables: Extract["tables"], source: Source): [number, number] {
  const values =
    source === "entities"
      ? tables.entities.map((e) => e.mentions)
      : (tables[source] as { date: string | null }[]).filter((d) => d.date).map((d) => Number(d.date!.slice(0, 4)));
  return values.length ? [Math.min(...values), Math.max(...values)] : [0, 0];
}

function steps(query: Query, floor: number): { filters: Step[]; summary: Step[] } {
  const spec = SOURCES[query.source];
  const filters: Step[] = [["params", { term: query.term.trim().toLowerCase(), min: query.min }]];
  if (query.term.trim()) filters.push(["filter", `(d, $) => op.includes(op.lower(d.${spec.text}), $.term)`]);
  if (spec.range.field === "year") filters.push(["derive", { year: YEAR }]);
  if (query.min > floor) filters.push(["filter", `(d, $) => d.${spec.range.field} >= $.min`]);
  const totals = query.source === "quantities" ? { rows: "d => op.count()", total: "d => op.sum(d.value)" } : { rows: "d => op.count()" };
  const summary: Step[] = [["groupby", query.group], ["rollup", totals], ["orderby", (d) => -d.rows]];
  return { filters, summary };
}

/** Every step is one of Arquero's verbs, called with the argument the code shows. */
function apply(table: ColumnTable, [method, argument]: Step): ColumnTable {
  return (table as unknown as Record<string, (a: unknown) => ColumnTable>)[method](argument);
}

function code(source: Source, list: Step[]): string {
  const show = (a: Step[1]) =>
    typeof a === "function"
      ? String(a)
      : typeof a === "string"
      ? JSON.stringify(a)
      : `{ ${Object.entries(a).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")} }`;
  return [`aq.from(tables.${source})`, ...list.map(([m, a]) => `  .${m}(${show(a)})`)].join("\n");
}

export function runQuery(tables: Extract["tables"], query: Query) {
  const { filters, summary } = steps(query, rangeOf(tables, query.source)[0]);
  const detail = filters.reduce(apply, aq.from(tables[query.source] as object[]));
  const grouped = summary.reduce(apply, detail);
  return {
    rows: detail.select(SOURCES[query.source].columns).objects() as Record<string, unknown>[],
    groups: grouped.objects() as { rows: number; total?: number; [key: string]: unknown }[],
    code: `${code(query.source, [...filters, ...summary])}\n  .view()`,
  };
}

/** Rows per group as bars, labelled with their counts. */
export function groupChart(groups: { rows: number; [key: string]: unknown }[], { group, width = 640, document }: { group: string; width?: number; document?: Document }) {
  const label = (d: Record<string, unknown>) => String(d[group] ?? "(none)");
  return Plot.plot({
    document,
    width,
    height: Math.max(80, groups.length * 26 + 40),
    marginLeft: Math.min(200, 12 + 7 * Math.max(4, ...groups.map((d) => label(d).length))),
    marginRight: 40,
    ariaLabel: `Rows by ${group}`,
    ariaDescription: groups.map((d) => `${label(d)}: ${d.rows}`).join("; ") || "No rows match.",
    x: { label: "Rows", grid: true, tickFormat: (n: number) => (Number.isInteger(n) ? String(n) : "") },
    y: { label: null, domain: groups.map(label) },
    marks: [
      Plot.barX(groups, { x: "rows", y: label, fill: "var(--color-force-1)" }),
      Plot.text(groups, { x: "rows", y: label, text: (d: { rows: number }) => String(d.rows), dx: 4, textAnchor: "start", fill: "currentColor" }),
      Plot.ruleX([0]),
    ],
  });
}
