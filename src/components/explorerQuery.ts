/**
 * The explorer's query: filter and group a table with Arquero, and say the query as code a
 * reporter can paste into a notebook. The code shown is the code that ran.
 */
import type { ColumnTable } from "arquero";
import type { Extract } from "../../loaders/schemas.js";
import * as aq from "./arquero.js";
import { SOURCES, rangeOf, type Query, type QueryResult, type Source } from "./explorer.js";

const YEAR = "d => d.date === null ? null : op.parse_int(op.substring(d.date, 0, 4))";

type Step = [method: string, argument: string | Record<string, unknown> | ((d: Record<string, number>) => number)];


function steps(query: Query, floor: number): { filters: Step[]; summary: Step[] } {
  const spec = SOURCES[query.source];
  const filters: Step[] = [["params", { term: query.term.trim().toLowerCase(), min: query.min }]];
  if (query.term.trim()) filters.push(["filter", `(d, $) => op.includes(op.lower(d.${spec.text}), $.term)`]);
  if (spec.range.field === "year") filters.push(["derive", { year: YEAR }]);
  if (query.min > floor) filters.push(["filter", `(d, $) => d.${spec.range.field} >= $.min`]);
  const totals = query.source === "quantities" ? { rows: "d => op.count()", total: "d => op.sum(d.value)" } : { rows: "d => op.count()" };
  // Years read in time order; other groups largest first.
  const summary: Step[] = [["groupby", query.group], ["rollup", totals], ["orderby", query.group === "year" ? "year" : (d) => -d.rows]];
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

export function runQuery(tables: Extract["tables"], query: Query): QueryResult {
  const floor = rangeOf(tables, query.source)[0];
  const { filters, summary } = steps(query, floor);
  const detail = filters.reduce(apply, aq.from(tables[query.source] as object[]));
  const grouped = summary.reduce(apply, detail);
  const rows = detail.select(SOURCES[query.source].columns).objects() as Record<string, unknown>[];
  return {
    rows,
    view: { query, floor, matching: rows.length, total: tables[query.source].length },
    groups: grouped.objects() as { rows: number; total?: number; [key: string]: unknown }[],
    code: `${code(query.source, [...filters, ...summary])}\n  .view()`,
  };
}
