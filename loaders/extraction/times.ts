/**
 * Time expressions → calendar dates, resolved against the publication date.
 *
 * chrono-node recognises the calendar phrases (weekdays, month-days, "two years ago",
 * "end of this month"); our own patterns add what it misses (bare years, decades, ranges,
 * "end of 2014", "the first six months of the year", "currently"). Resolution follows
 * DESIGN.md rather than chrono's defaults: news prefers the past for bare weekdays and
 * month-days unless the clause speaks of the future.
 */
import * as chrono from "chrono-node";
import type { Precision, Relation, Time } from "../schemas.js";
import type { AnalyzedSentence } from "./sentences.js";
import { DAY_MS, MONTH_NAMES, addDays, formatDate, lastDayOfMonth, parseDay, utcDate } from "../../src/shared/dates.js";
import { tenseAround } from "./tense.js";
import { numberWordValue } from "./numbers.js";

/** A date whose year, or week, still has to be chosen. */
type Parsed =
  | { kind: "fixed"; date: Date; precision: Precision; relation?: Relation; note?: string }
  | { kind: "monthDay"; month: number; day: number; endOfMonth?: boolean }
  | { kind: "month"; month: number }
  | { kind: "weekday"; weekday: number }
  | { kind: "year"; year: number; relation?: Relation; note?: string }
  /** "the following year": a year counted from the last one the article named. */
  | { kind: "anchoredYear"; shift: number }
  /** "that July": a month of the last year the article named. */
  | { kind: "anchoredMonth"; month: number }
  /** "the day before", "that day": a day counted from the last date the article named. */
  | { kind: "anchoredDay"; shift: number }
  /** "at the time": the last date the article named, as closely as it named it. */
  | { kind: "anchored" }
  /** "the third quarter": the year of the nearest such quarter, as a month is resolved. */
  | { kind: "quarter"; month: number };

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
}

interface Resolved {
  date: string;
  precision: Precision;
}

const YEAR = "(?:1[89]|20)\\d{2}";
const UNIT_WORD = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)";

/** Phrases chrono reads as dates that news uses as durations or vague references. */
function isDurationLike(text: string): boolean {
  const t = text.toLowerCase();
  if (/\b(ago|earlier)\b/.test(t)) return false;
  if (/^(last|next|this|past)\s+(week|month|year)$/.test(t)) return t.startsWith("past");
  return new RegExp(`\\b${UNIT_WORD}\\b`).test(t);
}

function fromChrono(result: chrono.ParsedResult, published: Date): Parsed | null {
  const text = result.text.toLowerCase();
  const tags = result.tags();
  const s = result.start;
  const known = (c: chrono.Component) => s.isCertain(c);
  const componentDate = () => utcDate(s.get("year")!, s.get("month")!, s.get("day")!);

  const week = /^(this|last|next|past)\s+week(end)?$/.exec(text);
  if (week) {
    const offset = week[1] === "next" ? 7 : week[1] === "this" ? 0 : -7;
    return { kind: "fixed", date: addDays(published, offset), precision: "day", relation: "around" };
  }
  if (tags.has("result/relativeDate")) {
    if (isDurationLike(result.text)) return null;
    const ago = /\b(ago|earlier)\b/.test(text);
    const precision: Precision = /\b(years?|decades?)\b/.test(text)
      ? ago ? "month" : "year"
      : /\bmonths?\b/.test(text) ? "month" : "day";
    return { kind: "fixed", date: componentDate(), precision };
  }
  if ([...tags].some((t) => t.startsWith("casualReference/"))) {
    return { kind: "fixed", date: componentDate(), precision: "day" };
  }
  if (known("year") && known("month")) return { kind: "fixed", date: componentDate(), precision: known("day") ? "day" : "month" };
  if (known("year")) return { kind: "fixed", date: componentDate(), precision: "year" };
  if (known("month") && known("day")) {
    return { kind: "monthDay", month: s.get("month")!, day: s.get("day")!, endOfMonth: /\bend of\b/.test(text) };
  }
  if (known("month")) return { kind: "month", month: s.get("month")! };
  if (known("weekday")) {
    if (/\b(last|next|this|past|coming)\b/.test(text)) return { kind: "fixed", date: componentDate(), precision: "day" };
    return { kind: "weekday", weekday: s.get("weekday")! };
  }
  return null;
}

const MONTH_OR_DAY_NAME =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?)$/i;

function chronoCandidates(text: string, published: Date): Candidate[] {
  const reference = { instant: new Date(published.getTime() + 12 * 3_600_000), timezone: 0 };
  const candidates: Candidate[] = [];
  for (const found of chrono.casual.parse(text, reference)) {
    // Relation words are ours to read ("after this year"); parse what follows them.
    const lead = /^(?:after|before|since|until|by|from|in|on|at|during)\s+/i.exec(found.text);
    const result = lead ? chrono.casual.parse(found.text.slice(lead[0].length), reference)[0] : found;
    if (!result || (lead && result.index !== 0)) continue;
    const index = found.index + (lead?.[0].length ?? 0);
    // "may", "march", "sat" in lower case are verbs, not dates.
    if (MONTH_OR_DAY_NAME.test(result.text) && result.text[0] === result.text[0].toLowerCase()) continue;
    // "every night", "a midnight deadline", "£123m after": a part of some day, or not a time.
    if (/^(?:night|midnight|noon|morning|evening|afternoon|dawn|dusk)$|^\d+m\b/i.test(result.text)) continue;
    const parsed = fromChrono(result, published);
    if (!parsed) continue;
    const note = result.end ? `range ${result.text}; date is its start` : undefined;
    const matched = result.text.replace(/[\s,.;:]+$/, "");
    candidates.push({ start: index, end: index + matched.length, parsed, note });
  }
  return candidates;
}

interface Pattern {
  regex: RegExp;
  parse(match: RegExpExecArray, context: { published: Date }): Parsed | null;
}

const ORDINAL_PART = "(?:first|second|third|fourth|last|final)\\s+(?:half|quarter|(?:\\w+\\s+)?months|(?:\\w+\\s+)?weeks)";
const OFFSETS: Record<string, number> = { the: 0, this: 0, last: -1, next: 1 };

/** Patterns chrono does not know. Each match is a candidate; overlaps go to the longer. */
const PATTERNS: Pattern[] = [
  {
    // 2011, the 1990s, 2006-2007, 2006-07
    regex: new RegExp(`(?<![$\\d,.:/])\\b(${YEAR})(s)?(?:\\s?[-–]\\s?(${YEAR}|\\d{2})\\b)?(?![\\d%]|,\\d|\\s?percent)`, "g"),
    parse(m) {
      const year = Number(m[1]);
      if (m[2]) return { kind: "year", year, relation: "around", note: `decade: the ${m[1]}s` };
      if (m[3]) {
        const endYear = m[3].length === 2 ? Math.floor(year / 100) * 100 + Number(m[3]) : Number(m[3]);
        if (endYear <= year) return null;
        return { kind: "year", year, note: `range ${year}–${endYear}; date is its start` };
      }
      return { kind: "year", year };
    },
  },
  {
    regex: new RegExp(`\\b(?:the\\s+)?(end|close|beginning|start)\\s+of\\s+(?:(the|this|next|last)\\s+year|(${YEAR}))\\b`, "gi"),
    parse(m, { published }) {
      const year = m[3] ? Number(m[3]) : published.getUTCFullYear() + OFFSETS[m[2].toLowerCase()];
      const end = /end|close/i.test(m[1]);
      return { kind: "fixed", date: end ? utcDate(year, 12, 31) : utcDate(year, 1, 1), precision: "day" };
    },
  },
  {
    regex: new RegExp(`\\b(?:the\\s+)?${ORDINAL_PART}\\s+of\\s+(?:(the|this|next|last)\\s+year|(${YEAR}))\\b`, "gi"),
    parse(m, { published }) {
      const year = m[2] ? Number(m[2]) : published.getUTCFullYear() + OFFSETS[m[1].toLowerCase()];
      return { kind: "year", year };
    },
  },
  {
    regex: /\b(?:currently|presently|at present)\b/gi,
    parse: (_, { published }) => ({ kind: "fixed", date: published, precision: "day" }),
  },
  {
    regex: /\bthis time (next|last) year\b/gi,
    parse(m, { published }) {
      const shift = m[1].toLowerCase() === "next" ? 1 : -1;
      return { kind: "fixed", date: utcDate(published.getUTCFullYear() + shift, published.getUTCMonth() + 1, 1), precision: "month" };
    },
  },
  {
    regex: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(decades?|years?)\s+ago\b/gi,
    parse(m, { published }) {
      const n = numberWordValue(m[1].toLowerCase()) ?? Number(m[1]);
      const years = /decade/i.test(m[2]) ? n * 10 : n;
      return { kind: "fixed", date: utcDate(published.getUTCFullYear() - years, published.getUTCMonth() + 1, 1), precision: "month" };
    },
  },
  {
    regex: /\b(?:the\s+)?(following|previous|same)\s+year\b|\bthat\s+year\b/gi,
    parse(m) {
      const word = (m[1] ?? "same").toLowerCase();
      return { kind: "anchoredYear", shift: word === "following" ? 1 : word === "previous" ? -1 : 0 };
    },
  },
  {
    regex: /\b(?:the\s+year\s+before|(?:a|one)\s+year\s+(?:earlier|before))\b/gi,
    parse: () => ({ kind: "anchoredYear", shift: -1 }),
  },
  {
    // "the second quarter" with no year of its own
    regex: /\bthe\s+(first|second|third|fourth)\s+quarter\b(?!\s+of\b)/gi,
    parse: (m) => ({ kind: "quarter", month: ["first", "second", "third", "fourth"].indexOf(m[1].toLowerCase()) * 3 + 1 }),
  },
  {
    regex: /\bthe\s+(?:day|night)\s+before\b|\bthe\s+previous\s+day\b|\bthe\s+(?:next|following)\s+day\b|\b(?:that|the\s+same)\s+day\b/gi,
    parse: (m) => ({ kind: "anchoredDay", shift: /before|previous/i.test(m[0]) ? -1 : /next|following/i.test(m[0]) ? 1 : 0 }),
  },
  {
    // "At the time, commanders said…"; not "at the time of the attack", which names its own event.
    regex: /\bat\s+the\s+time\b(?!\s+(?:of|when|that)\b)/gi,
    parse: () => ({ kind: "anchored" }),
  },
  {
    regex: new RegExp(`\\bthat\\s+(${MONTH_NAMES.join("|")})\\b`, "g"),
    parse: (m) => ({ kind: "anchoredMonth", month: MONTH_NAMES.indexOf(m[1]) + 1 }),
  },
];

function patternCandidates(text: string, context: { published: Date }): Candidate[] {
  const candidates: Candidate[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const parsed = pattern.parse(match as RegExpExecArray, context);
      if (parsed) candidates.push({ start: match.index!, end: match.index! + match[0].length, parsed });
    }
  }
  return candidates;
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
  [/\b(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+(?:the\s+)?$/i, (c) => (c.parsed = endOf(c.parsed, "end"))],
  [/\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?$/i, (c) => (c.parsed = endOf(c.parsed, "start"))],
  [/\b(?:the\s+)?(?:middle\s+of|mid-|early|late|(?:spring|summer|fall|autumn|winter)(?:\s+of)?)\s*$/i, (c) => (c.relation ??= "around")],
  [/\b(?:earlier|later)\s+$/i, () => undefined],
  [/\bnext\s+$/i, (c) => (c.lean = "future")],
  [/\blast\s+$/i, (c) => (c.lean = "past")],
];

/** "end of" a month or year is its last day; "beginning of" its first. */
function endOf(parsed: Parsed, which: "end" | "start"): Parsed {
  if (parsed.kind === "month") return which === "end" ? { kind: "monthDay", month: parsed.month, day: 31, endOfMonth: true } : { kind: "monthDay", month: parsed.month, day: 1 };
  if (parsed.kind === "year") return { kind: "fixed", date: utcDate(parsed.year, which === "end" ? 12 : 1, which === "end" ? 31 : 1), precision: "day" };
  if (parsed.kind === "fixed" && parsed.precision === "month") {
    const y = parsed.date.getUTCFullYear();
    const m = parsed.date.getUTCMonth() + 1;
    return { kind: "fixed", date: utcDate(y, m, which === "end" ? lastDayOfMonth(y, m) : 1), precision: "day" };
  }
  return parsed;
}

/** Grows a candidate leftwards over its modifiers and relation word. */
function extendLeft(c: Candidate, text: string, previous: Candidate | undefined): void {
  if (/^(?:end|close|beginning|start|middle|first|second|last|final)\b/i.test(text.slice(c.start, c.end))) {
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

function resolve(c: Candidate, published: Date, tense: Lean, anchor: Resolved): Resolved {
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
    case "anchoredDay":
      // Counted from a day only; from a month or a year, the day is not known.
      return anchor.precision === "day" ? { date: formatDate(addDays(parseDay(anchor.date), p.shift), "day"), precision: "day" } : anchor;
    case "anchoredYear":
      return { date: formatDate(utcDate(anchorYear + p.shift, 1, 1), "year"), precision: "year" };
    case "month":
      return { date: formatDate(utcDate(yearOfMonth(p.month, published, lean, strict), p.month, 1), "month"), precision: "month" };
    case "quarter":
      return { date: formatDate(utcDate(yearOfMonth(p.month, published, lean, strict), 1, 1), "year"), precision: "year" };
    case "monthDay": {
      const dayIn = (year: number) => utcDate(year, p.month, p.endOfMonth ? lastDayOfMonth(year, p.month) : Math.min(p.day, lastDayOfMonth(year, p.month)));
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
  }
}

function relationOf(c: Candidate): Relation {
  if (c.relation) return c.relation;
  const p = c.parsed;
  return (p.kind === "fixed" || p.kind === "year") && p.relation ? p.relation : "on";
}

function noteOf(c: Candidate): string | null {
  const p = c.parsed;
  return c.note ?? ((p.kind === "fixed" || p.kind === "year") && p.note ? p.note : null);
}

/** Every time expression in the article, in reading order, resolved to a date. */
export function extractTimes(sentences: AnalyzedSentence[], publishedIso: string): Time[] {
  const published = parseDay(publishedIso);
  const times: Time[] = [];
  let anchor: Resolved = { date: publishedIso, precision: "day" };
  for (const sentence of sentences) {
    const text = sentence.text;
    const candidates = mergeCandidates([...chronoCandidates(text, published), ...patternCandidates(text, { published })], text, published)
      .filter((c) => !isNameNumber(c, sentence));
    candidates.forEach((c, i) => extendLeft(c, text, candidates[i - 1]));
    for (const c of candidates) {
      const relation = relationOf(c);
      // "since June" has begun; "by June" is a deadline, still to come unless told otherwise.
      const tense = relation === "since" ? "past" : (tenseAround(text, c.start, c.end) ?? (["by", "until", "before"].includes(relation) ? "future" : undefined));
      const { date, precision } = resolve(c, published, tense, anchor);
      // "that day" after "the day before" is still the day the article last named.
      if (!c.parsed.kind.startsWith("anchored")) anchor = { date, precision };
      times.push({
        id: times.length + 1,
        text: text.slice(c.start, c.end),
        date,
        precision,
        relation,
        sentence: sentence.id,
        start: sentence.start + c.start,
        end: sentence.start + c.end,
        note: noteOf(c),
      });
    }
  }
  return times;
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
