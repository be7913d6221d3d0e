/**
 * Holidays news dates things by ("on Thanksgiving Day", "before Christmas"): each named with the
 * day it falls on in a given year, fixed ("Christmas Eve") or counted from a weekday of its month
 * ("Thanksgiving": the fourth Thursday of November) or from Easter.
 */
import { addDays, lastDayOfMonth, utcDate } from "../../src/shared/dates.js";

type DayOf = (year: number) => Date;

/** The n-th given weekday (0 Sunday … 6 Saturday) of a month; n = -1 is the last. */
const nthWeekday = (month: number, weekday: number, n: number): DayOf => (year) => {
  if (n < 0) {
    const last = utcDate(year, month, lastDayOfMonth(year, month));
    return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
  }
  const first = utcDate(year, month, 1);
  return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
};

/** Easter Sunday in the Gregorian calendar (the anonymous computus of 1876). */
function easter(year: number): Date {
  const [a, b, c] = [year % 19, Math.floor(year / 100), year % 100];
  const [d, e, f] = [Math.floor(b / 4), b % 4, Math.floor((b + 8) / 25)];
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const l = (32 + 2 * e + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return utcDate(year, Math.floor(n / 31), (n % 31) + 1);
}

const fixed = (month: number, day: number): DayOf => (year) => utcDate(year, month, day);

const HOLIDAYS: [name: string, dayOf: DayOf][] = [
  ["New Year's Day", fixed(1, 1)],
  ["New Year's Eve", fixed(12, 31)],
  ["Christmas Eve", fixed(12, 24)],
  ["Christmas Day", fixed(12, 25)],
  ["Christmas", fixed(12, 25)],
  ["Boxing Day", fixed(12, 26)],
  ["Valentine's Day", fixed(2, 14)],
  ["St. Patrick's Day", fixed(3, 17)],
  ["St Patrick's Day", fixed(3, 17)],
  ["Halloween", fixed(10, 31)],
  ["Bastille Day", fixed(7, 14)],
  ["Veterans Day", fixed(11, 11)],
  ["Armistice Day", fixed(11, 11)],
  ["Thanksgiving Day", nthWeekday(11, 4, 4)],
  ["Thanksgiving", nthWeekday(11, 4, 4)],
  ["Labor Day", nthWeekday(9, 1, 1)],
  ["Memorial Day", nthWeekday(5, 1, -1)],
  ["Martin Luther King Day", nthWeekday(1, 1, 3)],
  ["Presidents' Day", nthWeekday(2, 1, 3)],
  ["Mother's Day", nthWeekday(5, 0, 2)],
  ["Easter Sunday", easter],
  ["Easter Monday", (year) => addDays(easter(year), 1)],
  ["Easter", easter],
  ["Good Friday", (year) => addDays(easter(year), -2)],
];

const escape = (name: string) => name.replace(/[.']/g, (c) => (c === "'" ? "['’]" : "\\."));
/** The holidays' names as one pattern, longest first ("Christmas Eve" before "Christmas"); not "Christmas Island" or "the Easter Rising". */
export const HOLIDAY = new RegExp(`\\b(?:${HOLIDAYS.map(([name]) => escape(name)).join("|")})(?![\\w'’]|\\s+[A-Z])`, "g");

/** The day a holiday named as written falls on in `year`. */
export function holidayIn(name: string, year: number): Date | undefined {
  const plain = name.replace(/’/g, "'");
  return HOLIDAYS.find(([n]) => n === plain)?.[1](year);
}
