/**
 * Dates, written once for the extraction library and the pages: calendar arithmetic on UTC
 * dates, ISO 8601 partial dates as strings ("2013", "2013-10", "2013-10-11"), and AP style.
 */

export type Precision = "year" | "month" | "day";

export const DAY_MS = 86_400_000;

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Measures of time a figure can be in: durations and ages, how long, not how many. */
export const TIME_MEASURE = /^(?:second|minute|hour|day|week|month|year|decade|century)$/;
/** In the order of Date.getUTCDay(): Sunday is 0. */
export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

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

/** The ISO 8601 week of a day, "2013-W41": weeks start on Monday, and belong to the year of their Thursday. */
export function isoWeek(date: Date): string {
  const thursday = addDays(date, 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${pad(year, 4)}-W${pad(week)}`;
}

/**
 * Orders ISO partial dates, and sort keys built from them, by code point: chronological, and
 * the same on every machine, where localeCompare would follow the machine's locale.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** "2013-08-01" → "Aug. 1, 2013"; "2014-04" → "April 2014"; "2001" → "2001". */
export function apDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!m) return String(y);
  return d ? `${AP_MONTHS[m - 1]} ${d}, ${y}` : `${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * Tick labels for a time axis over `domain`, in AP style: "Aug. 11" over weeks or months,
 * "Oct." (and the year at January) over a few years, the year beyond.
 */
const ORDINALS = ["first", "second", "third", "fourth"];
const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "fall", WI: "winter" };

/**
 * A TimeML period as a reader says it: "2022-Q3" → "the third quarter of 2022", "2016-H1" →
 * "the first half of 2016", "2017-SU" → "summer 2017", "FY2015" → "fiscal 2015"; null for a plain date.
 */
export function periodOf(timex: string): string | null {
  const part = /^(\d{4})-(Q|H)([1-4])$/.exec(timex);
  if (part) return `the ${ORDINALS[Number(part[3]) - 1]} ${part[2] === "Q" ? "quarter" : "half"} of ${part[1]}`;
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex);
  if (season) return `${SEASONS[season[2]]} ${season[1]}`;
  const fiscal = /^FY(\d{4})$/.exec(timex);
  return fiscal ? `fiscal ${fiscal[1]}` : null;
}

/** "2022-Q3" → "Q3 2022", "2014-SU" → "Summer 2014", "FY2014" → "Fiscal 2014": an axis's or a label's name for a period. */
export function periodLabel(period: string): string {
  const part = /^(\d{4})-([QH][1-4])$/.exec(period);
  if (part) return `${part[2]} ${part[1]}`;
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(period);
  if (season) return `${SEASONS[season[2]][0].toUpperCase()}${SEASONS[season[2]].slice(1)} ${season[1]}`;
  return period.replace(/^FY(\d{4})$/, "Fiscal $1");
}

const SEASON_START: Record<string, number> = { SP: 2, SU: 5, FA: 8, WI: 11 };

/** The first and last instants of a period, in UTC: a quarter, a half, a season (northern), a fiscal year (as its calendar year). */
export function periodBounds(period: string): [Date, Date] {
  const y = Number(/\d{4}/.exec(period)?.[0]);
  const part = /-([QH])([1-4])$/.exec(period);
  const season = /-(SP|SU|FA|WI)$/.exec(period);
  const [first, months] = part ? [(Number(part[2]) - 1) * (part[1] === "Q" ? 3 : 6), part[1] === "Q" ? 3 : 6] : season ? [SEASON_START[season[1]], 3] : [0, 12];
  return [new Date(Date.UTC(y, first, 1)), new Date(Date.UTC(y, first + months, 1) - 1)];
}

/**
 * Where a figure sits in time: the middle of its period, or of the year or month its date names,
 * so that "71.3% on Sept. 26, 2021" and "68.9% in 2017" are as far apart as they were.
 */
export function figureTime(q: { date: string; period?: string | null }): Date {
  if (!q.period && q.date.length === 10) return startOf(q.date);
  const [from, to] = q.period ? periodBounds(q.period) : [startOf(q.date), endOf(q.date)];
  return new Date(Math.floor((from.getTime() + to.getTime()) / 2));
}

/** When a figure holds, as a reader says it: "Q3 2022", else the AP date. */
export const figureWhen = (q: { date: string; period?: string | null }) => (q.period ? periodLabel(q.period) : apDate(q.date));

export function apTickFormat([from, to]: [Date, Date]): (date: Date) => string {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days <= 200) return (d) => `${AP_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  if (days <= 3 * 366) return (d) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : AP_MONTHS[d.getUTCMonth()]);
  return (d) => String(d.getUTCFullYear());
}

/** The first instant of a partial ISO date, in UTC: "2011-10" → 2011-10-01. */
export function startOf(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The last instant of a partial ISO date: "2014" → the end of 2014-12-31. */
export function endOf(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  if (d) return new Date(Date.UTC(y, m - 1, d + 1) - 1);
  if (m) return new Date(Date.UTC(y, m, 1) - 1);
  return new Date(Date.UTC(y + 1, 0, 1) - 1);
}

/** Whole days between two ISO days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((startOf(to).getTime() - startOf(from).getTime()) / DAY_MS);
}
