/**
 * Time expressions → calendar dates and TimeML values, resolved against the publication date.
 *
 * chrono-node recognises the calendar phrases (weekdays, month-days, clock times, "two years
 * ago", "end of this month"); our own patterns add what it misses (bare years, decades,
 * quarters, seasons, fiscal years, "end of 2014", "the first six months of the year",
 * "currently"), and durations, sets and vague references come from durations.ts. Resolution
 * follows DESIGN.md rather than chrono's defaults: news prefers the past for bare weekdays and
 * month-days unless the clause speaks of the future.
 */
import * as chrono from "chrono-node";
import type { DatedTime, Precision, Relation, Time, TimeType } from "../schemas.js";
import type { AnalyzedSentence } from "./sentences.js";
import { DAY_MS, DAY_NAMES, MONTH_NAMES, addDays, formatDate, isoWeek, lastDayOfMonth, parseDay, utcDate } from "../../src/shared/dates.js";
import { tenseAround } from "./tense.js";
import { isAttributionIn } from "./attribution.js";
import { NUMBER_WORD, isProperFraction, numberWordValue } from "./numbers.js";
import { durationCandidates, type Span, type Unit } from "./durations.js";
import { HOLIDAY, holidayIn } from "./holidays.js";
import { matchesOf } from "./matches.js";

/** A date whose year, or week, still has to be chosen. */
type Parsed =
  | { kind: "fixed"; date: Date; precision: Precision; relation?: Relation; note?: string }
  /** A day of a month: written ("Oct. 23"), the month's end, or a holiday's day in the year chosen. */
  | { kind: "monthDay"; month: number; day: number; endOfMonth?: boolean; dayIn?: (year: number) => Date }
  | { kind: "month"; month: number }
  | { kind: "weekday"; weekday: number }
  | { kind: "year"; year: number; relation?: Relation; note?: string }
  /** "the following year": a year counted from the last one the article named. */
  | { kind: "anchoredYear"; shift: number }
  /** "that July": a month of the last year the article named. */
  | { kind: "anchoredMonth"; month: number }
  /**
   * "the day before", "that day": a day counted from the last date the article named; with a
   * weekday ("the previous Friday"), the nearest such day in the shift's direction.
   */
  | { kind: "anchoredDay"; shift: number; weekday?: number }
  /** "at the time": the last date the article named, as closely as it named it. */
  | { kind: "anchored" }
  /** "the third quarter", "last summer": the year of the nearest such month, as a month is resolved. */
  | { kind: "quarter"; month: number }
  /**
   * "the quarter", "the latest quarter", "the year-ago quarter", "the 1988 second quarter": the
   * quarter the article last named, or its latest whose results are out, or the current one;
   * moved by `shift` quarters, in `year` where written.
   */
  | { kind: "anchoredQuarter"; shift: number; part?: number; current?: boolean; year?: number }
  /**
   * "a year earlier", "a year ago", "year-ago": a year before the period the article speaks of,
   * the same quarter or half where it named one, else the year.
   */
  | { kind: "anchoredYearBack"; fromAnchor: boolean }
  /** A duration, a set or a vague reference: its TimeML value is known, its date only if anchored. */
  | { kind: "span"; span: Span };

/**
 * How a resolved date reads as a TimeML value, where that is not the date itself: a week, a
 * quarter, a season, a decade, a fiscal year, a time of day, or a year known no closer.
 */
type Granularity =
  | { unit: "week" | "weekend" | "decade" | "fiscal" | "year" | "month" }
  | { unit: "quarter" | "half"; part: number }
  | { unit: "season"; season: "SP" | "SU" | "FA" | "WI" }
  | { unit: "clock"; clock: string };

interface Candidate {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  parsed: Parsed;
  /** "next April" / "last December": which way to look for the year. */
  lean?: "past" | "future";
  relation?: Relation;
  note?: string;
  /** Whether a preceding "from" opened a range this candidate may close with "to". */
  opensRange?: boolean;
  granularity?: Granularity;
  type?: TimeType;
  /** A clock time with no day of its own ("at about 3 p.m."): on the publication day, or in a past narrative the day it last named. */
  dayless?: boolean;
}

interface Resolved {
  date: string;
  precision: Precision;
}

/** A duration, a set or a vague reference that the text does not tie to a date. */
interface Undated {
  date: null;
  precision: null;
}

const YEAR = "(?:1[89]|20)\\d{2}";
const UNIT_WORD = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)";

/** Phrases chrono reads as dates that news uses as durations or vague references. */
function isDurationLike(text: string): boolean {
  const t = text.toLowerCase();
  if (/\b(ago|earlier)\b/.test(t)) return false;
  // "the day before last Tuesday": a day counted from a day.
  if (/^the\s+(?:day|night)\s+(?:before|after)\s+\S/.test(t)) return false;
  if (/^(last|next|this|past)\s+(week|month|year)$/.test(t)) return t.startsWith("past");
  return new RegExp(`\\b${UNIT_WORD}\\b`).test(t);
}

type Reading = Pick<Candidate, "parsed" | "granularity" | "type" | "dayless">;

/** A clock time as news writes one: "10 p.m.", "6am", "18:00 GMT", "noon". */
const CLOCK = /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight)\b/i;

const DAY_WORD_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };
const PART_OF_DAY: [RegExp, string][] = [[/morning/, "MO"], [/afternoon/, "AF"], [/evening/, "EV"], [/night|tonight|overnight/, "NI"]];

/** chrono's reference: noon on the publication day, in UTC. */
const referenceOf = (published: Date) => ({ instant: new Date(published.getTime() + 12 * 3_600_000), timezone: 0 });

function fromChrono(result: chrono.ParsedResult, published: Date): Reading | null {
  // "the night of Friday, Oct. 4": chrono reads tonight; the day is the one written after "of".
  const partOf = /^(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+(.+)$/i.exec(result.text);
  const written = partOf ? chrono.casual.parse(partOf[2], referenceOf(published))[0] : undefined;
  if (partOf && written?.index === 0) {
    const reading = chronoReading(written, published);
    const part = PART_OF_DAY.find(([pattern]) => pattern.test(partOf[1].toLowerCase()))![1];
    return reading && !reading.granularity ? { ...reading, granularity: { unit: "clock", clock: part }, type: "time" } : reading;
  }
  const reading = chronoReading(result, published);
  // "the weekend" is a day to the table and the weekend of its week to TimeML.
  const day = reading?.parsed.kind === "weekday" || (reading?.parsed.kind === "fixed" && reading.parsed.precision === "day");
  if (reading && day && /\bweekend\b/i.test(result.text)) reading.granularity ??= { unit: "weekend" };
  return reading;
}

function chronoReading(result: chrono.ParsedResult, published: Date): Reading | null {
  const text = result.text.toLowerCase();
  const tags = result.tags();
  const s = result.start;
  const known = (c: chrono.Component) => s.isCertain(c);
  const componentDate = () => utcDate(s.get("year")!, s.get("month")!, s.get("day")!);
  const part = PART_OF_DAY.find(([pattern]) => pattern.test(text))?.[1];
  // "Friday night" is a part of that day: a time, as TimeML's guidelines type it and as "10 p.m."
  // is (TimeBank's annotators also often typed it a date).
  const timeOfDay = (reading: Reading): Reading => (part ? { ...reading, granularity: { unit: "clock", clock: part }, type: "time" } : reading);

  // "the end of this month" stays the month to TimeML, as "the end of 2015" stays the year.
  const month = /^(end|start|beginning)\s+of\s+(this|last|next)\s+month$/.exec(text);
  if (month) {
    const first = utcDate(published.getUTCFullYear(), published.getUTCMonth() + 1 + OFFSETS[month[2]], 1); // utcDate rolls months over
    const day = month[1] === "end" ? utcDate(first.getUTCFullYear(), first.getUTCMonth() + 1, lastDayOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1)) : first;
    return { parsed: { kind: "fixed", date: day, precision: "day" }, granularity: { unit: "month" } };
  }
  // "last week", and "the end of this week", which stays the week.
  const week = /^(?:(end|start|beginning)\s+of\s+)?(this|last|next|past)\s+week(end)?$/.exec(text);
  if (week) {
    const offset = week[2] === "next" ? 7 : week[2] === "this" ? 0 : -7;
    const date = addDays(published, offset);
    const monday = addDays(date, -((date.getUTCDay() + 6) % 7));
    const day = week[1] === "end" ? addDays(monday, 6) : week[1] ? monday : date;
    return { parsed: { kind: "fixed", date: day, precision: "day", relation: week[1] ? undefined : "around" }, granularity: { unit: week[3] ? "weekend" : "week" } };
  }
  if (tags.has("result/relativeDate")) {
    if (isDurationLike(result.text)) return null;
    const ago = /\b(ago|earlier)\b/.test(text);
    const years = /\b(years?|decades?)\b/.test(text);
    const precision: Precision = years ? (ago ? "month" : "year") : /\bmonths?\b/.test(text) ? "month" : "day";
    // "two years ago" is a year to TimeML, though the table keeps its month (DESIGN.md).
    return { parsed: { kind: "fixed", date: componentDate(), precision }, granularity: years ? { unit: "year" } : /\bweeks?\b/.test(text) ? { unit: "week" } : undefined };
  }
  // "10 p.m.", "at 6 a.m. Tuesday": a clock time on the day chrono reads, or the publication day.
  if (known("hour") && CLOCK.test(result.text)) {
    const clock = `${String(s.get("hour")).padStart(2, "0")}:${String(s.get("minute") ?? 0).padStart(2, "0")}`;
    return { parsed: { kind: "fixed", date: componentDate(), precision: "day" }, granularity: { unit: "clock", clock }, type: "time", dayless: !known("day") && !known("weekday") };
  }
  if (known("year") && known("month")) return timeOfDay({ parsed: { kind: "fixed", date: componentDate(), precision: known("day") ? "day" : "month" } });
  if (known("year")) return { parsed: { kind: "fixed", date: componentDate(), precision: "year" } };
  // "the night of Friday, Oct. 4": the day written, not the night chrono counts from today.
  if (known("month") && known("day")) {
    const endOfMonth = /\bend of\b/.test(text);
    const reading = timeOfDay({ parsed: { kind: "monthDay", month: s.get("month")!, day: s.get("day")!, endOfMonth } });
    // "the end of November" is its last day in the table and November to TimeML.
    return endOfMonth ? { ...reading, granularity: reading.granularity ?? { unit: "month" } } : reading;
  }
  // "Wednesday night" is a weekday with a part of the day, not chrono's next such evening.
  if ([...tags].some((t) => t.startsWith("casualReference/")) && !known("weekday")) return timeOfDay({ parsed: { kind: "fixed", date: componentDate(), precision: "day" } });
  // "from May to July 2001": the range's start takes the year written at its end, or the year
  // before if it starts later in the year ("from December to February 2001").
  if (known("month") && result.end?.isCertain("year")) {
    const endYear = result.end.get("year")!;
    const year = s.get("month")! > (result.end.get("month") ?? 12) ? endYear - 1 : endYear;
    return { parsed: { kind: "fixed", date: utcDate(year, s.get("month")!, 1), precision: "month" } };
  }
  if (known("month")) return { parsed: { kind: "month", month: s.get("month")! } };
  if (known("weekday")) {
    if (/\b(last|next|this|past|coming)\b/.test(text)) return timeOfDay({ parsed: { kind: "fixed", date: componentDate(), precision: "day" } });
    return timeOfDay({ parsed: { kind: "weekday", weekday: s.get("weekday")! } });
  }
  if (known("day")) return timeOfDay({ parsed: { kind: "fixed", date: componentDate(), precision: "day" } });
  return null;
}

const MONTH_OR_DAY_NAME =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?)$/i;

/** "3/4", "2 1/2": a fraction, not March 4 or Jan. 2. */
function isFraction(found: string, before: string): boolean {
  const m = /^(\d{1,3}\s+)?(\d{1,2})\/(\d{1,2})$/.exec(found);
  return Boolean(m && (m[1] || /\d\s+$/.test(before) || isProperFraction(Number(m[2]), Number(m[3]))));
}

/** A chrono result read from later in its words: the same reading, from `text` on. */
const withText = (found: chrono.ParsedResult, text: string): chrono.ParsedResult => Object.assign(Object.create(Object.getPrototypeOf(found)), found, { text, index: 0 });

function chronoCandidates(text: string, published: Date): Candidate[] {
  const reference = referenceOf(published);
  const candidates: Candidate[] = [];
  for (const found of chrono.casual.parse(text, reference)) {
    // Relation words are ours to read ("after this year"); parse what follows them.
    // "rose 6.43, on Friday": a number before the date is no clock time unless written as one.
    const lead = /^(?:after|before|since|until|by|from|in|on|at|during)\s+|^\d+(?:\.\d+)?(?:,\s+(?:on\s+)?|\s+on\s+)/i.exec(found.text);
    // "last week from 1,940", "on Friday, after 23 people died": chrono takes the start of a figure
    // after "from" or "after" for a range's end or an hour.
    const figureAfter = /^[,.]\d|^\s+(?!(?:a\.?m|p\.?m|o'clock|gmt|utc)\b)[a-z]/i.test(text.slice(found.index + found.text.length)) ? /,?\s+(?:from|to|after|before)\s+\d+$/.exec(found.text) : null;
    // "on" changes nothing chrono reads ("on Friday"): its reading stands, without it. Not "at", after
    // which chrono reads a bare number as an hour ("stood at 3 on Wednesday").
    const kept = lead && !figureAfter && /^on\s+$/i.test(lead[0]) ? withText(found, found.text.slice(lead[0].length)) : undefined;
    const result = kept ?? (lead || figureAfter ? chrono.casual.parse(found.text.slice(lead?.[0].length ?? 0, figureAfter?.index), reference)[0] : found);
    if (!result || (lead && result.index !== 0)) continue;
    const index = found.index + (lead?.[0].length ?? 0);
    // A trailing comma or full stop is punctuation, but for the one that closes "p.m.".
    // So is a closing parenthesis the match did not open, and an hour without a.m. or p.m. after
    // a date ("Jan. 1, 1990 at 1 of the plants").
    const matched = result.text.replace(/(?<![ap]\.m)[\s,.;:]+$/i, "").replace(/^([^(]*)\)$/, "$1").replace(/(?<=\D\d{1,4})\s+at\s+\d{1,2}$/, "");
    // "a month earlier than usual": how much earlier, a duration, not a date.
    if (/^\s+than\b/.test(text.slice(index + result.text.length)) && /\b(?:earlier|later)$/i.test(matched)) continue;
    // "The battery lasts about 20 hours": chrono's "last" inside a verb.
    if (/^last(?:s|ed|ing)$/i.test(matched)) continue;
    // "may", "march", "sat" in lower case are verbs, not dates ("You may, in a year…").
    if (MONTH_OR_DAY_NAME.test(matched) && matched[0] === matched[0].toLowerCase()) continue;
    // "every night", "a midnight deadline", "£123m after": a part of some day, or not a time.
    if (/^(?:night|midnight|noon|morning|evening|afternoon|dawn|dusk)$|^\d+m\b/i.test(matched)) continue;
    // "the Sun", "Sat scores", "Sun Microsystems": an abbreviated day alone is a name or a word.
    if (/^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(matched)) continue;
    // "jumped 3 3/8 to 47 7/8": a stock price in fractions, not May 8.
    if (isFraction(result.text, text.slice(0, index)) || /[\d,.$£€/]$/.test(text.slice(0, index))) continue;
    const reading = fromChrono(result, published);
    if (!reading) continue;
    const note = result.end ? `range ${result.text}; date is its start` : undefined;
    // "18:00 GMT on Sunday": TimeML marks the clock time and the day apart, and the clock time is
    // on that day as the day is read ("at 11:20 p.m. local time on Wednesday" too).
    const parts = reading.type === "time" ? /^(.*?\d.*?)\s+on\s+(.+)$/.exec(matched) : null;
    // "about 4:30 a.m. (0230 GMT) on Tuesday": the conversion between them changes no day.
    const zone = reading.type === "time" && !parts ? /^\s+(?:(?:local\s+time|[A-Z]{2,4}(?:\s+time)?)\s+)?(?:\(\d{4}\s+(?:GMT|UTC)\)\s+)?on\s+/.exec(text.slice(index + matched.length)) : null;
    const dayAt = parts ? index + matched.length - parts[2].length : zone ? index + matched.length + zone[0].length : -1;
    const [day] = dayAt >= 0 ? chronoCandidates(text.slice(dayAt), published) : [];
    const clock = day?.start === 0 ? { ...reading, parsed: day.parsed, dayless: false } : reading;
    candidates.push({ start: index, end: index + (parts ? parts[1].length : matched.length), ...clock, note });
    // The day itself is then the day its clock time was read on: the last date named.
    if (parts && day) candidates.push({ ...day, start: day.start + dayAt, end: day.end + dayAt, parsed: { kind: "anchored" } });
  }
  return candidates;
}

interface Pattern {
  regex: RegExp;
  parse(match: RegExpExecArray, context: { published: Date }): Reading | null;
}

const ORDINAL_PART = "(?:first|second|third|fourth|last|final)\\s+(?:half|quarter|two\\s+quarters|(?:\\w+\\s+)?months|(?:\\w+\\s+)?weeks)";
const OFFSETS: Record<string, number> = { the: 0, this: 0, last: -1, next: 1 };
const SEASON_MONTHS: Record<string, [month: number, code: "SP" | "SU" | "FA" | "WI"]> = { spring: [3, "SP"], summer: [6, "SU"], fall: [9, "FA"], autumn: [9, "FA"], winter: [12, "WI"] };
const QUARTER = "(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter";
const MONTH_PATTERN = "Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept(?:ember)?|Sep|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const monthOf = (name: string) => MONTH_NAMES.findIndex((m) => m.slice(0, 3) === name.slice(0, 3)) + 1;
const PART_NUMBERS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };
const quarterOf = (word: string) => PART_NUMBERS[word.toLowerCase()];
const yearOf = (m: RegExpExecArray, relative: string | undefined, year: string | undefined, published: Date) =>
  year ? Number(year) : published.getUTCFullYear() + (relative ? OFFSETS[relative.toLowerCase()] : 0);

/** Patterns chrono does not know. Each match is a candidate; overlaps go to the longer. */
const PATTERNS: Pattern[] = [
  {
    // "a week or so ago": chrono reads "a week ago", and the approximation is the words'.
    regex: /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+or\s+so\s+ago\b/gi,
    parse(m, { published }) {
      const found = chrono.casual.parse(m[0].replace(/\s+or\s+so\b/i, ""), referenceOf(published))[0];
      return found?.index === 0 ? fromChrono(found, published) : null;
    },
  },
  {
    // 2011, the 1990s, the '80s, 2006-2007, 2006-07
    regex: new RegExp(`(?<![$\\d,.:/])\\b(${YEAR})(s)?(?:\\s?[-–]\\s?(${YEAR}|\\d{2})\\b)?(?![\\d%]|[,.]\\d|\\s?percent)`, "g"),
    parse(m) {
      const year = Number(m[1]);
      if (m[2]) return { parsed: { kind: "year", year, relation: "around", note: `decade: the ${m[1]}s` }, granularity: { unit: "decade" } };
      if (m[3]) {
        const endYear = m[3].length === 2 ? Math.floor(year / 100) * 100 + Number(m[3]) : Number(m[3]);
        if (endYear <= year) return null;
        return { parsed: { kind: "year", year, note: `range ${year}–${endYear}; date is its start` } };
      }
      return { parsed: { kind: "year", year } };
    },
  },
  {
    // Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand".
    regex: new RegExp(`\\b(nineteen|eighteen)[\\s-](${NUMBER_WORD})\\b|\\bthe\\s+year\\s+two\\s+thousand(?:\\s+and\\s+(${NUMBER_WORD}))?\\b`, "gi"),
    parse(m) {
      const tail = numberWordValue((m[2] ?? m[3] ?? "zero").replace(/\s+/g, "-"));
      if (tail === undefined || (m[1] && tail < 10)) return null;
      return { parsed: { kind: "year", year: (m[1] ? numberWordValue(m[1])! * 100 : 2000) + tail } };
    },
  },
  {
    regex: /\bthe\s+'(\d)0s\b/g,
    parse: (m, { published }) => {
      const century = Math.floor(published.getUTCFullYear() / 100) * 100;
      const decade = century + Number(m[1]) * 10;
      const year = decade > published.getUTCFullYear() ? decade - 100 : decade;
      return { parsed: { kind: "year", year, relation: "around", note: `decade: the ${year}s` }, granularity: { unit: "decade" } };
    },
  },
  {
    // fiscal 2015, fiscal year 2015, FY2015, the 2015 fiscal year
    regex: new RegExp(`\\b(?:fiscal(?:\\s+year)?\\s+(${YEAR})|FY\\s?(${YEAR}|\\d{2})\\b|(?:the\\s+)?(${YEAR})\\s+fiscal\\s+year)`, "gi"),
    parse(m) {
      const written = m[1] ?? m[2] ?? m[3];
      const year = written.length === 2 ? 2000 + Number(written) : Number(written);
      return { parsed: { kind: "year", year }, granularity: { unit: "fiscal" } };
    },
  },
  {
    regex: new RegExp(`\\b(?:the\\s+)?(end|close|beginning|start)\\s+of\\s+(?:(the|this|next|last)\\s+year|(${YEAR}))\\b`, "gi"),
    parse(m, { published }) {
      const year = yearOf(m, m[2], m[3], published);
      const end = /end|close/i.test(m[1]);
      return { parsed: { kind: "fixed", date: end ? utcDate(year, 12, 31) : utcDate(year, 1, 1), precision: "day" }, granularity: { unit: "year" } };
    },
  },
  {
    // the first half of 2012, the third quarter of 2013, the first six months of the year
    regex: new RegExp(`\\b(?:the\\s+)?(${ORDINAL_PART})\\s+of\\s+(?:(the|this|next|last)\\s+year|(${YEAR}))\\b`, "gi"),
    parse(m, { published }) {
      const year = yearOf(m, m[2], m[3], published);
      const part = /^(\w+)\s+(half|quarter)$/i.exec(m[1]);
      // "the first two quarters of 2031" is its first half.
      const quarters = /^(\w+)\s+two\s+quarters$/i.exec(m[1]);
      if (quarters) return { parsed: { kind: "year", year }, granularity: { unit: "half", part: /^first$/i.test(quarters[1]) ? 1 : 2 } };
      const which = part ? (/^(?:last|final)$/i.test(part[1]) ? (part[2].toLowerCase() === "half" ? 2 : 4) : quarterOf(part[1])) : 0;
      const unit = part?.[2].toLowerCase() as "half" | "quarter" | undefined;
      return { parsed: { kind: "year", year }, granularity: unit ? { unit, part: which } : undefined };
    },
  },
  {
    // Q3 2013, the third quarter, third-quarter (profit), the fiscal first quarter, the 1988 second quarter, next year's first quarter
    regex: new RegExp(
      `\\bQ([1-4])(?:\\s+(${YEAR}))?\\b|\\b(?:(?:the|this|last|next)\\s+)?(?:(${YEAR})\\s+|(this|last|next)\\s+year's\\s+)?(?:(?:fiscal|calendar)\\s+)?${QUARTER}\\b(?!\\s+of\\b)`,
      "gi",
    ),
    parse(m, { published }) {
      const quarter = m[1] ? Number(m[1]) : quarterOf(m[5]);
      const month = (quarter - 1) * 3 + 1;
      const year = m[2] ?? m[3];
      if (year || m[4]) return { parsed: { kind: "year", year: year ? Number(year) : yearOf(m, m[4], undefined, published) }, granularity: { unit: "quarter", part: quarter } };
      return { parsed: { kind: "quarter", month }, granularity: { unit: "quarter", part: quarter } };
    },
  },
  {
    // A sports season: "the 2013-14 season" is named by the year it ends in, as tables of seasons
    // are read; "this season" is the one under way at publication, "last season" the one before.
    regex: new RegExp(`\\b(?:the\\s+)?(${YEAR})[-–/](\\d{2})\\s+season\\b|\\b(this|last|next)\\s+season\\b`, "gi"),
    parse(m, { published }) {
      if (m[1]) {
        const end = Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]);
        return end === Number(m[1]) + 1 ? { parsed: { kind: "year", year: end, note: `season ${m[1]}–${m[2]}; date is the year it ends` } } : null;
      }
      return { parsed: { kind: "year", year: published.getUTCFullYear() + OFFSETS[m[3].toLowerCase()] } };
    },
  },
  {
    // this summer, last fall, the spring of 2014, early winter
    regex: new RegExp(`\\b(?:(this|last|next|the|early|late|mid-?)\\s*)(spring|summer|fall|autumn|winter)(?:\\s+of\\s+(${YEAR}))?\\b|\\b(spring|summer|fall|autumn|winter)\\s+(${YEAR})\\b`, "gi"),
    parse(m, { published }) {
      const [month, season] = SEASON_MONTHS[(m[2] ?? m[4]).toLowerCase()];
      const year = m[3] ?? m[5];
      // "this summer" is the publication year's, whatever the tense; "this winter" in January began in December.
      if (!year && /^this$/i.test(m[1] ?? "")) {
        const pubYear = published.getUTCFullYear();
        return { parsed: { kind: "year", year: season === "WI" && published.getUTCMonth() < 2 ? pubYear - 1 : pubYear }, granularity: { unit: "season", season } };
      }
      // "the fall of Kabul" is not a season, nor is "to fall".
      if (!year && /^(?:the|early|late|mid-?)$/i.test(m[1] ?? "") && /fall/i.test(m[2])) return null;
      if (year) return { parsed: { kind: "year", year: Number(year) }, granularity: { unit: "season", season } };
      return { parsed: { kind: "quarter", month }, granularity: { unit: "season", season } };
    },
  },
  {
    // "the January-March quarter", "the July–September quarter, 2024": a quarter named by its months.
    regex: new RegExp(`\\b(?:the\\s+)?(${MONTH_PATTERN})\\s?[-–]\\s?(${MONTH_PATTERN})\\s+quarter\\b(?:,?\\s+(${YEAR})\\b)?`, "g"),
    parse(m) {
      const [first, last] = [monthOf(m[1]), monthOf(m[2])];
      if (first % 3 !== 1 || last !== first + 2) return null;
      const part = (first + 2) / 3;
      if (m[3]) return { parsed: { kind: "year", year: Number(m[3]) }, granularity: { unit: "quarter", part } };
      return { parsed: { kind: "quarter", month: first }, granularity: { unit: "quarter", part } };
    },
  },
  {
    // "last May": chrono reads May as a month only beside a day, a year or "in"; after these words it is one.
    // The word first, then what precedes it: a pattern opening on a lookbehind tries it at every character.
    regex: /\bMay\b(?<=\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ss]ince|[Uu]ntil|[Tt]hrough|[Bb]y|[Dd]uring|mid-)\s*May)/g,
    parse: () => ({ parsed: { kind: "month", month: 5 } }),
  },
  {
    // "Thanksgiving Day", "last Christmas", "Easter 2014": a holiday's day, in the year written or chosen as a month-day's is;
    // "Easter week" is the week that holds it.
    regex: new RegExp(`(${HOLIDAY.source})(\\s+week\\b)?(?:,?\\s+(${YEAR})\\b)?`, "g"),
    parse(m, { published }) {
      const dayIn = (year: number) => holidayIn(m[1], year)!;
      const granularity = m[2] ? { unit: "week" as const } : undefined;
      if (m[3]) return { parsed: { kind: "fixed", date: dayIn(Number(m[3])), precision: "day" }, granularity };
      const day = dayIn(published.getUTCFullYear());
      return { parsed: { kind: "monthDay", month: day.getUTCMonth() + 1, day: day.getUTCDate(), dayIn }, granularity };
    },
  },
  {
    // "fell 5.3 percent by mid-afternoon": a part of the day the story reports on, or of the day it names.
    regex: /\b(?:mid-?(morning|afternoon|day)|midday)\b(?![\s-]+(?:break|meal|sun|heat))(?:\s+(yesterday|today|tomorrow)\b)?/gi,
    parse: (m, { published }) => ({
      parsed: { kind: "fixed", date: addDays(published, m[2] ? DAY_WORD_SHIFT[m[2].toLowerCase()] : 0), precision: "day" },
      granularity: { unit: "clock", clock: PART_OF_DAY.find(([pattern]) => pattern.test((m[1] ?? "").toLowerCase()))?.[1] ?? "MI" },
      type: "time",
    }),
  },
  {
    // "at 2052 GMT on Wednesday": a clock time in four digits, on the day named after it; "(0230
    // GMT)" after a local time is that time again.
    regex: new RegExp(`(?<!\\(\\s?)\\b([01]\\d|2[0-3])([0-5]\\d)\\s?(?:GMT|UTC)\\b(?:\\s+on\\s+(${DAY_NAMES.join("|")}))?`, "g"),
    parse: (m, { published }) => ({
      parsed: m[3] ? { kind: "weekday", weekday: DAY_NAMES.indexOf(m[3]) } : { kind: "fixed", date: published, precision: "day" },
      granularity: { unit: "clock", clock: `${m[1]}:${m[2]}` },
      type: "time",
    }),
  },
  {
    // "Rebels shelled the town overnight": the night that ended on the morning of publication; not
    // "an overnight curfew", "overnight losses in New York" or "the overnight rate", which describe a noun.
    regex: /(?<!\b(?:an?|the)\s)\bovernight\b(?!\s+(?:loss(?:es)?|gains?|trading|rates?|stays?|sessions?|curfews?|flights?|shifts?|trains?|deliver(?:y|ies)|success(?:es)?|sensations?|lows?|highs?|markets?|bags?|guests?|visitors?|trips?|buses|ferr(?:y|ies)|services?|parking|camps?|vigils?)\b)/gi,
    parse: (_, { published }) => ({ parsed: { kind: "fixed", date: addDays(published, -1), precision: "day" }, granularity: { unit: "clock", clock: "NI" }, type: "time" }),
  },
  {
    // "year-end", "by year end": the end of the year the story is in, its last day in the table and the year to TimeML, as "the end of the year" is.
    regex: /\byear(?:[\s-]end|'s\s+end)\b/gi,
    parse: (_, { published }) => ({ parsed: { kind: "fixed", date: utcDate(published.getUTCFullYear(), 12, 31), precision: "day" }, granularity: { unit: "year" } }),
  },
  {
    // "Aug. 12", "March 3, 2014": read here too, since chrono can take "12 to 140,000" for a time range.
    regex: new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})\\b(?!:|\\s*(?:%|percent|[ap]\\.?m\\b))(?:,?\\s+(${YEAR})\\b)?`, "g"),
    parse(m) {
      const month = monthOf(m[1]);
      const day = Number(m[2]);
      if (!month || day < 1 || day > 31) return null;
      if (m[3]) return { parsed: { kind: "fixed", date: utcDate(Number(m[3]), month, Math.min(day, lastDayOfMonth(Number(m[3]), month))), precision: "day" } };
      return { parsed: { kind: "monthDay", month, day } };
    },
  },
  {
    regex: /\bthis time (next|last) year\b/gi,
    parse(m, { published }) {
      const shift = m[1].toLowerCase() === "next" ? 1 : -1;
      return { parsed: { kind: "fixed", date: utcDate(published.getUTCFullYear() + shift, published.getUTCMonth() + 1, 1), precision: "month" } };
    },
  },
  {
    regex: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(decades?|years?)\s+ago\b/gi,
    parse(m, { published }) {
      const n = numberWordValue(m[1].toLowerCase()) ?? Number(m[1]);
      const years = /decade/i.test(m[2]) ? n * 10 : n;
      // "2,000 years ago" is history, not a date of the story's calendar.
      if (!(years < 1000)) return null;
      return { parsed: { kind: "fixed", date: utcDate(published.getUTCFullYear() - years, published.getUTCMonth() + 1, 1), precision: "month" }, granularity: { unit: "year" } };
    },
  },
  {
    regex: /\b(?:the\s+)?(following|previous|same)\s+year\b|\bthat\s+year\b/gi,
    parse(m) {
      const word = (m[1] ?? "same").toLowerCase();
      return { parsed: { kind: "anchoredYear", shift: word === "following" ? 1 : word === "previous" ? -1 : 0 } };
    },
  },
  {
    regex: /\bthe\s+(?:current|full)\s+(?:fiscal\s+|calendar\s+)?year\b/gi,
    parse: (_, { published }) => ({ parsed: { kind: "year", year: published.getUTCFullYear() } }),
  },
  {
    // "two years later", "three days earlier": counted from the time the article last named.
    // "two years on, there are 14": later; not "two years on the run".
    regex: new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD}|a)\\s+(years?|weeks?|days?)\\s+(later|earlier|on\\b(?!\\s+[a-z]))`, "gi"),
    parse(m) {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : (numberWordValue(m[1]) ?? 0);
      const shift = /^earlier$/i.test(m[3]) ? -n : n;
      // "a year earlier" is the year-back pattern's, which knows quarters.
      if (/^year/i.test(m[2]) && shift === -1) return null;
      if (!n) return null;
      return { parsed: /^year/i.test(m[2]) ? { kind: "anchoredYear", shift } : { kind: "anchoredDay", shift: /^week/i.test(m[2]) ? shift * 7 : shift } };
    },
  },
  {
    regex: /\bthe\s+year\s+before\b/gi,
    parse: () => ({ parsed: { kind: "anchoredYear", shift: -1 } }),
  },
  {
    // "a year earlier" and the adjective "year-ago" count from the article's period; "a year ago" from publication.
    regex: /\b(?:a|one)\s+year\s+(earlier|before|ago)\b|\byear-(?:ago|earlier)\b/gi,
    parse: (m) => ({ parsed: { kind: "anchoredYearBack", fromAnchor: !/^ago$/i.test(m[1] ?? "") } }),
  },
  {
    // the quarter, the latest quarter, the current quarter, the year-ago quarter, the 1988 quarter, the year-earlier third quarter, the quarter a year ago
    regex: new RegExp(
      `\\b(?:the|that|this)\\s+(?:(latest|current|same|most\\s+recent|recent)\\s+)?(?:(comparable|corresponding|same)\\s+)?(?:(year[\\s-](?:ago|earlier)|prior[\\s-]year)\\s+)?(?:(${YEAR})\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:${QUARTER}|(quarter)|(period))\\b(?!\\s+(?:of|ended|ending)\\b|-)(?:\\s+(a\\s+year\\s+(?:ago|earlier|before)))?`,
      "gi",
    ),
    parse(m) {
      const [, latest, , yearBefore, year, ordinal, , period, yearAfter] = m;
      const yearAgo = yearBefore ?? yearAfter;
      // "the period" alone is any stretch of time; a year or a comparison makes it the quarter.
      if (period && !(yearAgo || year || /^(?:latest|most\s+recent)$/i.test(latest ?? ""))) return null;
      const part = ordinal ? quarterOf(ordinal) : undefined;
      if (part && !yearAgo) return null; // "the third quarter": the quarter pattern's
      return {
        parsed: { kind: "anchoredQuarter", shift: yearAgo ? -4 : 0, part, current: /^current$/i.test(latest ?? "") || /^this\b/i.test(m[0]), year: year ? Number(year) : undefined },
        granularity: { unit: "quarter", part: part ?? 0 },
      };
    },
  },
  {
    regex: /\bthe\s+(?:day|night)\s+before\b|\bthe\s+previous\s+day\b|\bthe\s+(?:next|following)\s+day\b|\b(?:that|the\s+same)\s+day\b/gi,
    parse: (m) => {
      // "after June 3, the day before the currency crisis": set off after a date, the day
      // before or after an event is that date again.
      const apposed = /\d,\s*$/.test(m.input!.slice(0, m.index)) && /^\s+(?:the|a|an|his|her|its|their)\s/i.test(m.input!.slice(m.index! + m[0].length));
      return { parsed: { kind: "anchoredDay", shift: apposed ? 0 : /before|previous/i.test(m[0]) ? -1 : /next|following/i.test(m[0]) ? 1 : 0 } };
    },
  },
  {
    // "the following morning", "the same evening", "that night": a part of a day counted from the last date named.
    regex: /\b(?:the\s+(following|next|previous|same)|that)\s+(morning|afternoon|evening|night)\b/gi,
    parse: (m) => ({
      parsed: { kind: "anchoredDay", shift: /^(?:following|next)$/i.test(m[1] ?? "") ? 1 : /^previous$/i.test(m[1] ?? "") ? -1 : 0 },
      granularity: { unit: "clock", clock: PART_OF_DAY.find(([pattern]) => pattern.test(m[2].toLowerCase()))![1] },
      type: "time",
    }),
  },
  {
    // "Demonstrations began on Dec. 13; the previous Friday, parliament had voted": a weekday counted from the last date named.
    regex: new RegExp(`\\b[Tt]he\\s+(previous|preceding|following|next)\\s+(${DAY_NAMES.join("|")})\\b`, "g"),
    parse: (m) => ({ parsed: { kind: "anchoredDay", shift: /^(?:previous|preceding)$/.test(m[1]) ? -1 : 1, weekday: DAY_NAMES.indexOf(m[2]) } }),
  },
  {
    // "rose to 2,870 last week from 1,940 the week before": a week counted back from the last date named.
    regex: /\bthe\s+(?:week\s+before|previous\s+week|following\s+week)\b/gi,
    parse: (m) => ({ parsed: { kind: "anchoredDay", shift: /following/i.test(m[0]) ? 7 : -7 }, granularity: { unit: "week" } }),
  },
  {
    // "At the time, commanders said…"; not "at the time of the attack", which names its own event.
    regex: /\bat\s+the\s+time\b(?!\s+(?:of|when|that)\b)/gi,
    parse: () => ({ parsed: { kind: "anchored" } }),
  },
  {
    regex: new RegExp(`\\bthat\\s+(${MONTH_NAMES.join("|")})\\b`, "g"),
    parse: (m) => ({ parsed: { kind: "anchoredMonth", month: MONTH_NAMES.indexOf(m[1]) + 1 } }),
  },
];

function patternCandidates(text: string, context: { published: Date }): Candidate[] {
  const candidates: Candidate[] = [];
  for (const pattern of PATTERNS) {
    for (const match of matchesOf(pattern.regex, text)) {
      const reading = pattern.parse(match as RegExpExecArray, context);
      if (reading) candidates.push({ start: match.index!, end: match.index! + match[0].length, ...reading });
    }
  }
  return candidates;
}

/** Durations, sets and vague references: their values are known before any date is chosen. */
function spanCandidates(text: string): Candidate[] {
  return durationCandidates(text).map(({ start, end, span }) => ({ start, end, parsed: { kind: "span", span }, type: span.type }));
}

/** Keeps the longest of overlapping candidates; joins "April" + "next year" into one. */
function mergeCandidates(candidates: Candidate[], text: string, published: Date): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      // A reference back to the article's own dates beats chrono's reading from the publication date.
      const longer = c.end - c.start > last.end - last.start;
      const tie = c.end - c.start === last.end - last.start && c.parsed.kind.startsWith("anchored");
      if (longer || tie) kept[kept.length - 1] = c;
      continue;
    }
    // "January nineteen ninety-seven": a month and the year after it are one date.
    if (last?.parsed.kind === "month" && c.parsed.kind === "year" && !c.granularity && /^,?\s+$/.test(text.slice(last.end, c.start))) {
      kept[kept.length - 1] = { ...last, end: c.end, parsed: { kind: "fixed", date: utcDate(c.parsed.year, last.parsed.month, 1), precision: "month" } };
      continue;
    }
    // "the summer of nineteen eighty-two": a season and the spoken year after it are one.
    if (last?.granularity?.unit === "season" && last.parsed.kind === "quarter" && c.parsed.kind === "year" && !c.granularity && /^\s+of\s+$/.test(text.slice(last.end, c.start))) {
      kept[kept.length - 1] = { ...last, end: c.end, parsed: c.parsed };
      continue;
    }
    // "between March and June 1993": the year written once is both months'.
    if (last?.parsed.kind === "month" && c.parsed.kind === "fixed" && c.parsed.precision === "month" && /^\s*(?:and|to|through|until|-|–)\s*$/.test(text.slice(last.end, c.start))) {
      const endYear = c.parsed.date.getUTCFullYear();
      const year = last.parsed.month > c.parsed.date.getUTCMonth() + 1 ? endYear - 1 : endYear;
      kept[kept.length - 1] = { ...last, parsed: { kind: "fixed", date: utcDate(year, last.parsed.month, 1), precision: "month" } };
    }
    const relativeYear = /^(next|last|this) year$/i.exec(text.slice(c.start, c.end));
    if (last && relativeYear && /^,?\s+$/.test(text.slice(last.end, c.start)) && (last.parsed.kind === "month" || last.parsed.kind === "monthDay")) {
      const year = published.getUTCFullYear() + OFFSETS[relativeYear[1].toLowerCase()];
      const p = last.parsed;
      const date = utcDate(year, p.month, p.kind === "monthDay" ? p.day : 1);
      kept[kept.length - 1] = { ...last, end: c.end, parsed: { kind: "fixed", date, precision: p.kind === "monthDay" ? "day" : "month" } };
      continue;
    }
    kept.push(c);
  }
  return kept;
}

const RELATION_WORDS: [RegExp, Relation][] = [
  [/\b(?:no later than|by)\s+$/i, "by"],
  [/\b(?:before|ahead of|prior to)\s+$/i, "before"],
  [/\b(?:until after|after|beyond|post-)\s*$/i, "after"],
  [/\b(?:until|till|through|up until|up to)\s+$/i, "until"],
  [/\b(?:since|from)\s+$/i, "since"],
  [/\b(?:around|about|circa|approximately)\s+$/i, "around"],
];

const PREFIXES: [RegExp, (c: Candidate) => void][] = [
  [/\b(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+(?:the\s+)?$/i, (c) => endOf(c, "end")],
  [/\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?$/i, (c) => endOf(c, "start")],
  [/\b(?:the\s+)?(?:middle\s+of|mid-|early|late|(?:spring|summer|fall|autumn|winter)(?:\s+of)?)\s*$/i, (c) => (c.relation ??= "around")],
  [/\b(?:earlier|later)\s+$/i, () => undefined],
  [/\bnext\s+$/i, (c) => (c.lean = "future")],
  [/\blast\s+$/i, (c) => (c.lean = "past")],
  // "a hearing the week of June 9": the week that holds the day.
  [/\bthe\s+week\s+of\s+$/i, (c) => (c.granularity ??= { unit: "week" })],
];

/**
 * "end of" a month or year is its last day in the table; "beginning of" its first. TimeML keeps
 * the month or year itself (with a modifier this format has no field for).
 */
function endOf(c: Candidate, which: "end" | "start"): void {
  const parsed = c.parsed;
  if (parsed.kind === "month") {
    c.granularity ??= { unit: "month" };
    c.parsed = which === "end" ? { kind: "monthDay", month: parsed.month, day: 31, endOfMonth: true } : { kind: "monthDay", month: parsed.month, day: 1 };
  } else if (parsed.kind === "year") {
    c.granularity ??= { unit: "year" };
    c.parsed = { kind: "fixed", date: utcDate(parsed.year, which === "end" ? 12 : 1, which === "end" ? 31 : 1), precision: "day" };
  } else if (parsed.kind === "fixed" && parsed.precision === "month") {
    const y = parsed.date.getUTCFullYear();
    const m = parsed.date.getUTCMonth() + 1;
    c.granularity ??= { unit: "month" };
    c.parsed = { kind: "fixed", date: utcDate(y, m, which === "end" ? lastDayOfMonth(y, m) : 1), precision: "day" };
  }
}

/** Grows a candidate leftwards over its modifiers and relation word. */
function extendLeft(c: Candidate, text: string, previous: Candidate | undefined): void {
  if (/^(?:end|close|beginning|start|middle|first|second|last|final|weekend)\b/i.test(text.slice(c.start, c.end))) {
    c.start -= /\bthe\s+$/i.exec(text.slice(0, c.start))?.[0].length ?? 0;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [regex, apply] of PREFIXES) {
      const m = regex.exec(text.slice(0, c.start));
      if (m && m[0].trim()) {
        apply(c);
        c.start -= m[0].length;
        changed = true;
        break;
      }
    }
  }
  const before = text.slice(0, c.start);
  // "the death toll from a week of flooding": a length that measures a noun starts nothing.
  if (c.type === "duration" && /^\s+of\b/.test(text.slice(c.end))) return;
  for (const [regex, relation] of RELATION_WORDS) {
    const m = regex.exec(before);
    if (!m) continue;
    c.relation = relation;
    c.start -= m[0].length;
    c.opensRange = relation === "since" && /from/i.test(m[0]);
    return;
  }
  if (previous?.opensRange && /^\s*(?:to|and|[-–])\s*$/.test(text.slice(previous.end, c.start))) c.relation = "until";
}

type Lean = "past" | "future" | undefined;

/** A verb that sets a deadline, in the words before it: "gave the bidders until", "extended the deadline to". */
const DEADLINE_GIVEN = /\b(?:gave|given|granted|set|extended|postponed|delayed|deferred|pushed\s+back|put\s+off)\b[^,;.]*$/i;

/** Of a past and a future reading, the past one unless the future one is much nearer. */
function nearer<T>(past: T, pastDistance: number, future: T, futureDistance: number): T {
  return futureDistance * 4 < pastDistance ? future : past;
}

/**
 * A month-day the clause's tense puts almost a year away, when the other reading is weeks
 * away: "agreed to meet on Jan. 18" in a Jan. 12 story. A wire story gives the year of a date
 * outside the current one, so the tense was read off the wrong verb.
 */
function isTenseMisread(leaned: Date, other: Date, published: Date): boolean {
  const days = (d: Date) => Math.abs(d.getTime() - published.getTime()) / DAY_MS;
  return days(leaned) > 300 && days(other) < 45;
}

/** The year of a bare month: the last one, or the next if the words look ahead or it is much nearer. */
function yearOfMonth(month: number, published: Date, lean: Lean, strict: boolean): number {
  const pubYear = published.getUTCFullYear();
  const pubMonth = published.getUTCMonth() + 1;
  const pastYear = month < pubMonth || (month === pubMonth && !strict) ? pubYear : pubYear - 1;
  const futureYear = month > pubMonth || (month === pubMonth && !strict) ? pubYear : pubYear + 1;
  const months = (year: number) => Math.abs((year - pubYear) * 12 + month - pubMonth);
  return lean === "past" ? pastYear : lean === "future" ? futureYear : nearer(pastYear, months(pastYear), futureYear, months(futureYear));
}

/** "the past two years": the date that long before publication, as closely as the unit says. */
function countBack(published: Date, { amount, unit }: { amount: number; unit: Unit }): Resolved {
  const y = published.getUTCFullYear();
  const m = published.getUTCMonth() + 1;
  const monthsBack = (months: number): Resolved => {
    const total = y * 12 + (m - 1) - Math.round(months);
    return { date: formatDate(utcDate(Math.floor(total / 12), (total % 12) + 1, 1), "month"), precision: "month" };
  };
  switch (unit) {
    case "year":
    case "decade":
    case "century": {
      const years = Math.round(amount * (unit === "decade" ? 10 : unit === "century" ? 100 : 1));
      return { date: formatDate(utcDate(y - years, 1, 1), "year"), precision: "year" };
    }
    case "quarter":
      return monthsBack(amount * 3);
    case "month":
      return monthsBack(amount);
    case "week":
    case "day":
      return { date: formatDate(addDays(published, -Math.round(amount * (unit === "week" ? 7 : 1))), "day"), precision: "day" };
    default:
      return { date: formatDate(published, "day"), precision: "day" };
  }
}

/** A span's date: the publication day for "now", a start for "the past two years", else none. */
function resolveSpan(span: Span, published: Date): Resolved | Undated {
  if (span.present) return { date: formatDate(published, "day"), precision: "day" };
  return span.back ? countBack(published, span.back) : { date: null, precision: null };
}

/** The TimeML value of a resolved expression, written as `words`: its date, or the week, quarter, season… it names. */
function timexOf(c: Candidate, { date, precision }: Resolved, words: string): string {
  const g = c.granularity;
  const year = date.slice(0, 4);
  switch (g?.unit) {
    case undefined:
      return date;
    case "week":
    case "weekend":
      return precision === "day" ? `${isoWeek(parseDay(date))}${g.unit === "weekend" ? "-WE" : ""}` : date;
    case "decade":
      return year.slice(0, 3);
    case "fiscal":
      return `FY${year}`;
    case "year":
      return year;
    case "month":
      return date.slice(0, 7);
    case "quarter":
      return `${year}-Q${g.part}`;
    case "half":
      return `${year}-H${g.part}`;
    case "season":
      return `${year}-${g.season}`;
    case "clock":
      // "18:00 GMT": a clock time in UTC takes ISO 8601's "Z".
      return precision === "day" ? `${date}T${g.clock}${/:/.test(g.clock) && /\b(?:GMT|UTC)\b/.test(words) ? "Z" : ""}` : date;
  }
}

/** The last date the article named, and the TimeML granularity it named it at. */
interface Period {
  resolved: Resolved;
  granularity?: Granularity;
  /** A month or day its own sentence named, which "a year earlier" keeps to the month. */
  monthly?: boolean;
  /** …and a day, which "a year earlier" keeps. */
  daily?: boolean;
}

/**
 * The year of a numbered quarter: under a forward-looking verb, the first whose results are
 * still to come (they are reported weeks after it ends); otherwise the latest that has begun.
 */
function yearOfQuarter(month: number, published: Date, lean: Lean): number {
  const years = [-1, 0, 1].map((shift) => published.getUTCFullYear() + shift);
  const reported = (year: number) => addDays(utcDate(year, month + 3, 1), 45); // utcDate rolls month 13 into January
  if (lean === "future") return years.find((year) => reported(year) > published)!;
  return [...years].reverse().find((year) => utcDate(year, month, 1) <= published)!;
}

/** The quarter an anaphoric "the quarter" means: written, current, the article's last, or the latest reported. */
function quarterMeant(p: Extract<Parsed, { kind: "anchoredQuarter" }>, published: Date, lean: Lean, period: Period): { year: number; part: number } {
  const g = period.granularity;
  const named = g?.unit === "quarter" && g.part > 0 ? { year: Number(period.resolved.date.slice(0, 4)), part: g.part } : undefined;
  const current = { year: published.getUTCFullYear(), part: Math.floor(published.getUTCMonth() / 3) + 1 };
  const base = p.part ? { year: yearOfQuarter(p.part * 3 - 2, published, lean), part: p.part } : p.current ? current : (named ?? { year: current.year, part: current.part - 1 });
  const index = (p.year ?? base.year) * 4 + base.part - 1 + p.shift;
  return { year: Math.floor(index / 4), part: (index % 4) + 1 };
}

/** The month or day named just before `c` in its sentence, as the period "a year earlier" counts from. */
function sentenceMonth(candidates: Candidate[], c: Candidate, text: string, published: Date, period: Period): Period | undefined {
  const before = candidates.filter((d) => d.end <= c.start && !d.parsed.kind.startsWith("anchored") && d.parsed.kind !== "span").pop();
  if (!before || (before.granularity && before.granularity.unit !== "month")) return undefined;
  // "said on Tuesday that sales fell from a year earlier": when it was said, not what is compared.
  if (/\b(?:said|says|announced|reported|told\s+\w+)\s+(?:on\s+)?$/i.test(text.slice(0, before.start))) return undefined;
  const resolved = resolve({ ...before }, published, undefined, period);
  // "the 24 weeks to Aug. 12 … a year earlier": a day TimeML names as a day is kept.
  const daily = resolved.precision === "day" && !before.granularity;
  return resolved.date !== null && (resolved.precision === "month" || resolved.precision === "day") ? { resolved: resolved as Resolved, monthly: true, daily } : undefined;
}

/** "a year earlier", "a year ago": see Parsed. Sets the candidate's TimeML granularity. */
function yearBack(c: Candidate, p: Extract<Parsed, { kind: "anchoredYearBack" }>, published: Date, period: Period): Resolved {
  const g = period.granularity;
  const anchorYear = Number(period.resolved.date.slice(0, 4));
  // From a month the sentence named: that month a year before.
  if (period.daily) {
    const [month, day] = period.resolved.date.slice(5).split("-").map(Number);
    return { date: formatDate(utcDate(anchorYear - 1, month, Math.min(day, lastDayOfMonth(anchorYear - 1, month))), "day"), precision: "day" };
  }
  if (period.monthly) return { date: `${anchorYear - 1}${period.resolved.date.slice(4, 7)}`, precision: "month" };
  if ((g?.unit === "quarter" || g?.unit === "half") && g.part > 0) {
    c.granularity = { unit: g.unit, part: g.part };
    return { date: formatDate(utcDate(anchorYear - 1, 1, 1), "year"), precision: "year" };
  }
  if (p.fromAnchor) return { date: formatDate(utcDate(anchorYear - 1, 1, 1), "year"), precision: "year" };
  // "a year ago" keeps its month in the table and is a year to TimeML, as "two years ago" is.
  c.granularity = { unit: "year" };
  return { date: formatDate(utcDate(published.getUTCFullYear() - 1, published.getUTCMonth() + 1, 1), "month"), precision: "month" };
}

/** Whether a quarter or half is over by publication, as the period an earnings story reports on is ("suspended through the second quarter of next year" is not). */
function hasEnded(g: Granularity | undefined, resolved: Resolved, published: Date): boolean {
  if ((g?.unit !== "quarter" && g?.unit !== "half") || g.part === 0) return false;
  const months = g.unit === "quarter" ? 3 : 6;
  return utcDate(Number(resolved.date.slice(0, 4)), g.part * months + 1, 1) <= published; // utcDate rolls month 13 into January
}

function resolve(c: Candidate, published: Date, tense: Lean, period: Period): Resolved | Undated {
  const anchor = period.resolved;
  const anchorYear = Number(anchor.date.slice(0, 4));
  const p = c.parsed;
  const pubYear = published.getUTCFullYear();
  const lean = c.lean ?? tense;
  const strict = c.lean !== undefined; // "next April" is never this April
  switch (p.kind) {
    case "fixed":
      return { date: formatDate(p.date, p.precision), precision: p.precision };
    case "year":
      return { date: formatDate(utcDate(p.year, 1, 1), "year"), precision: "year" };
    case "anchoredMonth":
      return { date: formatDate(utcDate(anchorYear, p.month, 1), "month"), precision: "month" };
    case "anchored":
      return anchor;
    case "anchoredDay": {
      // Counted from a day only; from a month or a year, the day is not known.
      if (anchor.precision !== "day") return anchor;
      const from = parseDay(anchor.date);
      const days = p.weekday === undefined ? p.shift : p.shift * (((p.shift * (p.weekday - from.getUTCDay()) + 6) % 7) + 1);
      return { date: formatDate(addDays(from, days), "day"), precision: "day" };
    }
    case "anchoredYear":
      return { date: formatDate(utcDate(anchorYear + p.shift, 1, 1), "year"), precision: "year" };
    case "month":
      return { date: formatDate(utcDate(yearOfMonth(p.month, published, lean, strict), p.month, 1), "month"), precision: "month" };
    case "quarter": {
      const numbered = c.granularity?.unit === "quarter" && !c.lean;
      return { date: formatDate(utcDate(numbered ? yearOfQuarter(p.month, published, lean) : yearOfMonth(p.month, published, lean, strict), 1, 1), "year"), precision: "year" };
    }
    case "anchoredQuarter": {
      const { year, part } = quarterMeant(p, published, lean, period);
      c.granularity = { unit: "quarter", part };
      return { date: formatDate(utcDate(year, 1, 1), "year"), precision: "year" };
    }
    case "anchoredYearBack":
      return yearBack(c, p, published, period);
    case "monthDay": {
      const dayIn = p.dayIn ?? ((year: number) => utcDate(year, p.month, p.endOfMonth ? lastDayOfMonth(year, p.month) : Math.min(p.day, lastDayOfMonth(year, p.month))));
      const candidates = [pubYear - 1, pubYear, pubYear + 1].map(dayIn);
      const past = [...candidates].reverse().find((d) => (strict ? d < published : d <= published))!;
      const future = candidates.find((d) => (strict ? d > published : d >= published))!;
      const distance = (d: Date) => Math.abs(d.getTime() - published.getTime());
      const [leaned, other] = lean === "past" ? [past, future] : [future, past];
      const date = lean === undefined ? nearer(past, distance(past), future, distance(future)) : !strict && isTenseMisread(leaned, other, published) ? other : leaned;
      return { date: formatDate(date, "day"), precision: "day" };
    }
    case "weekday": {
      const today = published.getUTCDay();
      const shift = lean === "future" ? (p.weekday - today + 7) % 7 : -((today - p.weekday + 7) % 7);
      return { date: formatDate(addDays(published, shift), "day"), precision: "day" };
    }
    case "span":
      return resolveSpan(p.span, published);
  }
}

function relationOf(c: Candidate): Relation {
  if (c.relation) return c.relation;
  const p = c.parsed;
  if (p.kind === "span" && p.span.back) return "since";
  return (p.kind === "fixed" || p.kind === "year") && p.relation ? p.relation : "on";
}

function noteOf(c: Candidate): string | null {
  const p = c.parsed;
  return c.note ?? ((p.kind === "fixed" || p.kind === "year") && p.note ? p.note : null);
}

/** The times a figure or an event can be dated by: dates and times of day, not durations, sets or vague references. */
export function datedTimes(times: Time[]): DatedTime[] {
  return times.filter((t): t is DatedTime => t.date !== null && (t.type === "date" || t.type === "time"));
}

/** Every time expression in the article, in reading order, resolved to a date and a TimeML value. */
export function extractTimes(sentences: AnalyzedSentence[], publishedIso: string): Time[] {
  const published = parseDay(publishedIso);
  const times: Time[] = [];
  let period: Period = { resolved: { date: publishedIso, precision: "day" } };
  // The quarter or half an earnings story reports on stays its period while days come and go.
  let partPeriod: Period | undefined;
  let lastDay: Period | undefined;
  for (const sentence of sentences) {
    const text = sentence.text;
    // Spans first: where one and a date reading cover the same words ("now"), the span's value holds.
    const candidates = mergeCandidates([...spanCandidates(text), ...chronoCandidates(text, published), ...patternCandidates(text, { published })], text, published)
      .filter((c) => !isNameNumber(c, sentence));
    candidates.forEach((c, i) => extendLeft(c, text, candidates[i - 1]));
    const tenseOf = (c: Candidate, relation: Relation): Lean => {
      // "since June" has begun ("would leave from March 30" need not have); "by June" is a
      // deadline, still to come unless told otherwise.
      if (relation === "since" && !/^from\b/i.test(text.slice(c.start, c.end))) return "past";
      // "a new office, effective Feb. 1": a change takes effect after it is announced.
      if (/\beffective\s+(?:on\s+|from\s+)?$/i.test(text.slice(0, c.start))) return "future";
      const deadline = ["by", "until", "before"].includes(relation);
      const tense = tenseAround(text, c.start, c.end);
      // "gave the bidders until mid-November": a deadline given in the past may still be to come; the
      // nearer reading, and for a weekday ("postponed until Tuesday morning") the next.
      if (deadline && tense === "past" && DEADLINE_GIVEN.test(text.slice(0, c.start))) return c.parsed.kind === "weekday" ? "future" : undefined;
      // "before Friday's purchases": a day named by what happened on it is no deadline.
      return tense ?? (deadline && !/^['’]s\b/.test(text.slice(c.end)) ? "future" : undefined);
    };
    // "sales fell from a year earlier to $1bn in the first half": the year back is from the sentence's quarter or half.
    const partOfYear = candidates.find((c) => (c.granularity?.unit === "quarter" || c.granularity?.unit === "half") && !c.parsed.kind.startsWith("anchored"));
    for (const c of candidates) {
      const relation = relationOf(c);
      const tense = tenseOf(c, relation);
      // "21,400 at the end of September, up from 18,900 a year earlier": a month or day the
      // sentence has just named is the one the year counts back from.
      const named = c.parsed.kind === "anchoredYearBack" && c.parsed.fromAnchor && !partOfYear ? sentenceMonth(candidates, c, text, published, period) : undefined;
      const own = named ?? (c.parsed.kind === "anchoredYearBack" && partOfYear ? { resolved: resolve({ ...partOfYear }, published, tenseOf(partOfYear, relationOf(partOfYear)), period) as Resolved, granularity: partOfYear.granularity } : undefined);
      // "the following morning" counts from the last day named, past a year named since ("…since talks collapsed in 2002").
      const dayPeriod = c.parsed.kind === "anchoredDay" && period.resolved.precision !== "day" ? lastDay : undefined;
      const resolved = c.dayless && tense === "past" && lastDay ? lastDay.resolved : resolve(c, published, tense, own ?? (c.parsed.kind === "anchoredYearBack" || c.parsed.kind === "anchoredQuarter" ? partPeriod : undefined) ?? dayPeriod ?? period);
      // "that day" after "the day before" is still the day the article last named.
      if (resolved.date !== null && !c.parsed.kind.startsWith("anchored") && c.parsed.kind !== "span") {
        period = { resolved, granularity: c.granularity };
        if (hasEnded(c.granularity, resolved, published)) partPeriod = period;
        // The day a narrative is on: not the start of a tally, a deadline or the day it was told.
        if (resolved.precision === "day" && (relation === "on" || relation === "around") && !isAttributionIn(sentence, { start: sentence.start + c.start, end: sentence.start + c.end })) lastDay = period;
      }
      times.push({
        id: times.length + 1,
        text: text.slice(c.start, c.end),
        date: resolved.date,
        precision: resolved.precision,
        relation,
        sentence: sentence.id,
        start: sentence.start + c.start,
        end: sentence.start + c.end,
        note: noteOf(c),
        type: c.type ?? "date",
        timex: c.parsed.kind === "span" ? c.parsed.span.value : timexOf(c, resolved as Resolved, text.slice(c.start, c.end)),
      });
    }
  }
  return times;
}

const LEADING_RELATION = /^(?:no later than|until after|up until|up to|ahead of|prior to|by|before|after|beyond|post-|until|till|through|since|from|around|about|circa|approximately|roughly|some)\s*/i;

/**
 * The span TimeML marks: the expression without the relation word or approximation before it
 * ("by the end of 2015" → "the end of 2015", "roughly two weeks later" → "two weeks later").
 */
export function timexSpan(time: Pick<Time, "text" | "start" | "end">): { start: number; end: number } {
  const lead = LEADING_RELATION.exec(time.text)?.[0].length ?? 0;
  return { start: time.start + (lead < time.text.length ? lead : 0), end: time.end };
}

/** "Resolution 2096", "Flight 1990": a capitalised noun right before a year-like number names a thing. */
function isNameNumber(c: Candidate, sentence: AnalyzedSentence): boolean {
  if (c.parsed.kind !== "year" || c.parsed.note) return false;
  const at = sentence.tokens.findIndex((t) => t.start - sentence.start === c.start);
  const previous = sentence.tokens[at - 1];
  if (!previous || at < 1) return false;
  const word = previous.text;
  return /^[A-Z][a-z]+$/.test(word) && (previous.pos === "PROPN" || previous.pos === "NOUN") && !MONTH_OR_DAY_NAME.test(word) && at > 1;
}
