/** Dates and numbers the way a wire story prints them (AP style). */

// Pages may import nothing from outside src/ (Framework's rule), so loaders/dates.ts's month names are not shared.
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** "2013-08-01" → "Aug. 1, 2013"; "2014-04" → "April 2014"; "2001" → "2001". */
export function apDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!m) return String(y);
  return d ? `${AP_MONTHS[m - 1]} ${d}, ${y}` : `${MONTH_NAMES[m - 1]} ${y}`;
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

/** Rows in date order (ISO dates compare as strings), then in the order the article gives them. */
export function byDateThenPlace(a: { date: string; start: number }, b: { date: string; start: number }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start;
}

export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 4 });
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  approx: "about ",
  "at least": "at least ",
  "more than": "more than ",
  "less than": "fewer than ",
  "up to": "up to ",
};

/** 87200 with "more than" → "more than 87,200". */
export function qualified(value: number, qualifier: string): string {
  return `${QUALIFIER_WORDS[qualifier] ?? ""}${formatNumber(value)}`;
}

/** Whole days between two ISO days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((startOf(to).getTime() - startOf(from).getTime()) / 86_400_000);
}
