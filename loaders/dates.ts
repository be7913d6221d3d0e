/** Calendar arithmetic on UTC dates; ISO 8601 partial dates as strings. */
import type { Precision } from "./schemas.js";

export const DAY_MS = 86_400_000;

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function parseDay(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Formats a date at the given precision: "2013", "2013-10" or "2013-10-11". */
export function formatDate(date: Date, precision: Precision): string {
  const y = pad(date.getUTCFullYear(), 4);
  if (precision === "year") return y;
  const m = `${y}-${pad(date.getUTCMonth() + 1)}`;
  return precision === "month" ? m : `${m}-${pad(date.getUTCDate())}`;
}

/**
 * Orders ISO partial dates, and sort keys built from them, by code point: chronological, and
 * the same on every machine, where localeCompare would follow the machine's locale.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
