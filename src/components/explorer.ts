/**
 * The explorer's tables, options and displays. Its Arquero query is in explorerQuery.ts, which
 * the dashboard loads only when the explorer scrolls into view.
 */
import { html } from "htl";
import type { Extract } from "../../loaders/schemas.js";
import { sentenceLink } from "./links.js";
import { capitalize, formatNumber } from "../shared/format.js";
import { apDate } from "../shared/dates.js";

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

export interface QueryResult {
  rows: Record<string, unknown>[];
  view: ExplorerView;
  groups: { rows: number; total?: number; [key: string]: unknown }[];
  code: string;
}

/** The range the slider offers for a source: years of its dates, or counts of mentions. */
export function rangeOf(tables: Extract["tables"], source: Source): [number, number] {
  const values =
    source === "entities"
      ? tables.entities.map((e) => e.mentions)
      : (tables[source] as { date: string | null }[]).filter((d) => d.date).map((d) => Number(d.date!.slice(0, 4)));
  return values.length ? [Math.min(...values), Math.max(...values)] : [0, 0];
}

export interface ExplorerView {
  query: Query;
  /** The low end of the slider: a minimum there filters nothing. */
  floor: number;
  matching: number;
  total: number;
}

function filtersOf({ query, floor }: ExplorerView): string[] {
  const term = query.term.trim();
  return [term && `matching “${term}”`, query.min > floor && `${SOURCES[query.source].range.label.toLowerCase()} ${query.min}`].filter((f): f is string => Boolean(f));
}

/** What the explorer shows, as a chart's title and subtitle. */
export function explorerFurniture(view: ExplorerView) {
  const filters = filtersOf(view);
  return {
    title: `${SOURCES[view.query.source].label} by ${view.query.group}`,
    subtitle: `${view.matching} of ${view.total} rows${filters.length ? `, ${filters.join(", ")}` : ""}`,
  };
}

/**
 * A file name that says what was filtered: quantities-matching-troops-from-year-2013 for the
 * rows, and with `grouped`, quantities-by-unit-… for the chart.
 */
export function explorerFileName(view: ExplorerView, { grouped = false } = {}): string {
  const name = [view.query.source, ...(grouped ? ["by", view.query.group] : []), ...filtersOf(view)].join(" ");
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);
}

const heading = (column: string) => capitalize(column).replace("_", " ");

/** The matching rows as a plain, accessible table; sentence numbers link to the article. */
export function resultsTable(rows: Record<string, unknown>[], columns: string[], { limit = 50, page = "./article", label = "Matching rows", caption = "Rows matching the explorer's filters" } = {}) {
  const cell = (column: string, value: unknown) => {
    if (value === null || value === undefined) return "—";
    if (column === "sentence" || column === "first_sentence") return sentenceLink(value as number, `§${value}`, page);
    if (column === "date") return apDate(String(value));
    return typeof value === "number" ? formatNumber(value) : String(value);
  };
  // A column of figures is right-aligned, its heading with it; sentence links read as text.
  const align = (column: string) => (!column.includes("sentence") && rows.some((row) => typeof row[column] === "number") ? "number" : null);
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${label}><table class="results">
    <caption class="sr-only">${caption}</caption>
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${align(c)}>${heading(c)}</th>`)}</tr></thead>
    <tbody>${rows.slice(0, limit).map(
      (row) => html`<tr>${columns.map((c) => html`<td data-label=${heading(c)} class=${align(c)}>${cell(c, row[c])}</td>`)}</tr>`,
    )}</tbody>
  </table>${rows.length > limit ? html`<p class="muted">First ${limit} of ${rows.length} rows.</p>` : ""}</div>`;
}
