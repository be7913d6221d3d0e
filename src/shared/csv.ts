/** Tables as CSV a spreadsheet opens safely: UTF-8 with BOM, RFC 4180 (CRLF), no formula injection. Pages use it for filtered downloads, so it lives where Framework serves modules from. */
import { csvFormatRow } from "d3-dsv";

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  // A leading apostrophe stops Excel and Sheets from evaluating text as a formula.
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((c) => cell(row[c])))].map((r) => csvFormatRow(r));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
