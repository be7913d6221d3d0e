/**
 * Time expressions whose TimeML value needs no calendar: durations ("two decades", "the past
 * few weeks", "a five-hour meeting"), sets ("every weekday", "twice a week", "daily") and vague
 * references ("now", "recently", "the future"). A duration counted back from the story ("the
 * past two years") also says when it began.
 */
import { DAY_NAMES, MONTH_NAMES } from "../../src/shared/dates.js";
import { NUMBER_WORD, amountValue, numberWordValue } from "./numbers.js";
import { matchesOf } from "./matches.js";

export type Unit = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

export interface Span {
  type: "date" | "duration" | "set";
  /** The TimeML value: P2W, PXY, XXXX-WXX-5, PAST_REF. */
  value: string;
  /** "the past two years": so long before publication. */
  back?: { amount: number; unit: Unit };
  /** "now", "currently": the publication date. */
  present?: boolean;
}

export interface SpanCandidate {
  /** Offsets relative to the text searched. */
  start: number;
  end: number;
  span: Span;
}

const UNITS: Record<string, Unit> = {
  second: "second", seconds: "second", minute: "minute", minutes: "minute", hour: "hour", hours: "hour",
  day: "day", days: "day", week: "week", weeks: "week", fortnight: "week", month: "month", months: "month",
  quarter: "quarter", quarters: "quarter", year: "year", years: "year", decade: "decade", decades: "decade",
  century: "century", centuries: "century",
};
const UNIT_WORD = Object.keys(UNITS).sort((a, b) => b.length - a.length).join("|");
const VAGUE = "a\\s+few|few|several|many|some|a\\s+couple\\s+of|couple\\s+of|a\\s+number\\s+of|the\\s+next\\s+few";

/** A unit, the one below it and how many of those it holds: a fraction of a year is written in months. */
const SMALLER: Partial<Record<Unit, [smaller: Unit, count: number]>> = { year: ["month", 12], day: ["hour", 24], hour: ["minute", 60], minute: ["second", 60], week: ["day", 7] };

/** P2W, PT5H, P20Y (a decade is ten years), PXM (several months), P1Y6M (a year and a half). */
function durationValue(amount: number | "X", unit: Unit, word: string): string {
  const n = (factor: number) => (amount === "X" ? "X" : String(+(amount * factor).toFixed(4)));
  if (word.toLowerCase() === "fortnight") return `P${n(2)}W`;
  const smaller = SMALLER[unit];
  if (amount !== "X" && !Number.isInteger(amount) && smaller && Number.isInteger(+((amount % 1) * smaller[1]).toFixed(4))) {
    // ISO 8601 writes no weeks beside other units: a week and a half is days.
    if (unit === "week") return durationValue(Math.round(amount * 7), "day", "day");
    const whole = Math.floor(amount);
    const rest = durationValue(Math.round((amount % 1) * smaller[1]), smaller[0], smaller[0]);
    if (!whole) return rest;
    const head = durationValue(whole, unit, word);
    // PT1M + PT30S → PT1M30S; P1D + PT12H → P1DT12H; P1Y + P6M → P1Y6M.
    const tail = rest.slice(1);
    return head + (head.includes("T") ? tail.replace(/^T/, "") : tail);
  }
  switch (unit) {
    case "second":
      return `PT${n(1)}S`;
    case "minute":
      return `PT${n(1)}M`;
    case "hour":
      return `PT${n(1)}H`;
    case "day":
      return `P${n(1)}D`;
    case "week":
      return `P${n(1)}W`;
    case "month":
      return `P${n(1)}M`;
    case "quarter":
      return `P${n(1)}Q`;
    case "year":
      return `P${n(1)}Y`;
    case "decade":
      return `P${n(10)}Y`;
    case "century":
      return `P${n(100)}Y`;
  }
}

function amountOf(words: string | undefined): number | "X" | undefined {
  if (!words) return undefined;
  const w = words.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:a|an|one)$/.test(w)) return 1;
  if (/^(?:half an?|a half)$/.test(w)) return 0.5;
  if (/^(?:a )?couple of$/.test(w)) return 2;
  if (new RegExp(`^(?:${VAGUE})$`, "i").test(w)) return "X";
  // A count of units no story prints ("9999…9 years") is not a duration's length.
  if (/^\d[\d,]*(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, "")) < 1e6 ? Number(w.replace(/,/g, "")) : undefined;
  // "5 1/2 hours", "2½ days".
  const mixed = /^(\d+)\s+(\d)\/(\d{1,2})$/.exec(w);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  if (/^\d*[½¼¾]$/.test(w)) return amountValue(w);
  return numberWordValue(w);
}

const DURATION = new RegExp(
  String.raw`\b(?:(?<the>the)\s+)?(?:(?<lead>past|last|next|coming|previous|preceding|first|final|following|remaining)\s+)?` +
    String.raw`(?:(?<amount>\d+\s+\d\/\d{1,2}|\d*[½¼¾]|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${NUMBER_WORD}|half\s+an?|a\s+half|a|an|one|${VAGUE})(?<half>\s+and\s+a\s+half)?[\s-]+)?(?<unit>${UNIT_WORD})\b(?<long>-long)?(?<halfAfter>\s+and\s+a\s+half\b)?`,
  "gi",
);
/** Words after a unit that make it a date ("two years ago"), a rate ("a day"), an age ("-old") or a fraction ("three-quarters of"). */
// "a month earlier than usual" is how much earlier: a duration.
const NOT_A_DURATION_AFTER = /^(?:\s+(?:ago|earlier|later|before|after|from\s+now|hence)\b(?!\s+than\b)|-(?:old|ago|earlier|end)\b|\s+old\b|'s\b)/i;
const RATE_BEFORE = new RegExp(String.raw`(?:\d[\d,.]*(?:\s+\d\/\d+)?|\b(?:${NUMBER_WORD}))(?:\s*(?!(?:over|for|in|within|during|after|before|about|nearly|almost|than|by|of|and|or)\b)(?:%|percent|[a-z]+)){0,3}\s+$`, "i");
const FRACTION = /^(?:a|one|two|three|\w+)[\s-]quarters?\s+of\b/i;
const NOT_A_DURATION_BEFORE = /(?:\d[\d,.]*\s*(?:%|percent|[a-z]+)?\s+(?:a|an|per|each)\s+$|\b(?:per|every|each|once|twice|times)\s+$)/i;

const SET_UNIT = `(?:other\\s+)?(?:(?:\\d+|${NUMBER_WORD})\\s+)?(?:${UNIT_WORD}|weekdays?|weekends?|mornings?|afternoons?|evenings?|nights?|${weekdays()}|${MONTH_NAMES.join("|")}|spring|summer|autumn|fall|winter)`;
const SET = new RegExp(
  String.raw`\b(?:(?:every|each)\s+${SET_UNIT}|(?:once|twice|(?:\d+|${NUMBER_WORD})\s+times)\s+(?:a|an|per|each|every)\s+(?:${UNIT_WORD})|(?:daily|weekly|monthly|yearly|annually|hourly|nightly)|(?:on\s+)?(?:${weekdays()}|weekday|weekend)s\b(?:\s+(?:mornings?|nights?|evenings?|afternoons?))?)\b`,
  "gi",
);
const ADVERBS: Record<string, string> = { daily: "P1D", weekly: "P1W", monthly: "P1M", yearly: "P1Y", annually: "P1Y", quarterly: "P3M", hourly: "PT1H", nightly: "XXXX-XX-XXTNI" };
const PARTS_OF_DAY: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };
const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };

/** Monday first, as ISO 8601 numbers them. */
function weekdays(): string {
  return [...DAY_NAMES.slice(1), DAY_NAMES[0]].join("|");
}

/** "every Friday" → XXXX-WXX-5, "each July" → XXXX-07, "twice a week" → P1W, "every two years" → P2Y. */
function setValue(phrase: string): string | undefined {
  const p = phrase.toLowerCase().replace(/\s+/g, " ").replace(/^on /, "");
  const adverb = ADVERBS[p];
  if (adverb) return adverb;
  const rate = /^(?:once|twice|\S+ times) (?:a|an|per|each|every) (\w+)$/.exec(p);
  if (rate) return durationValue(1, UNITS[rate[1]], rate[1]);
  const plural = /^(\w+?)s(?: (\w+?)s?)?$/.exec(p);
  const weekday = (word: string) => weekdays().toLowerCase().split("|").indexOf(word) + 1;
  const day = plural && (weekday(plural[1]) > 0 ? String(weekday(plural[1])) : { weekday: "WD", weekend: "WE" }[plural[1]]);
  if (plural && day) return `XXXX-WXX-${day}${plural[2] ? `T${PARTS_OF_DAY[plural[2]]}` : ""}`;
  const every = /^(?:every|each) (other )?(?:(\S+) )?(\w+)$/.exec(p);
  if (!every) return undefined;
  const [, other, count, word] = every;
  const singular = word.replace(/s$/, "");
  if (weekday(singular) > 0) return `XXXX-WXX-${weekday(singular)}`;
  const month = MONTH_NAMES.findIndex((m) => m.toLowerCase() === word);
  if (month >= 0) return `XXXX-${String(month + 1).padStart(2, "0")}`;
  if (SEASONS[word]) return `XXXX-${SEASONS[word]}`;
  if (PARTS_OF_DAY[singular]) return `XXXX-XX-XXT${PARTS_OF_DAY[singular]}`;
  if (singular === "weekday") return "XXXX-WXX-WD";
  if (singular === "weekend") return "XXXX-WXX-WE";
  const unit = UNITS[word];
  if (!unit) return undefined;
  const amount = other ? 2 : (amountOf(count) ?? 1);
  return durationValue(amount, unit, word);
}

const REFERENCES: [RegExp, Span][] = [
  [/\b(?:right\s+now|now|currently|presently|at\s+present|at\s+the\s+moment|these\s+days|nowadays)\b/gi, { type: "date", value: "PRESENT_REF", present: true }],
  // "current" as TimeML reads it: the present, with no date of its own.
  [/(?<!\bthen\s)\bcurrent\b(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|events)\b)/g, { type: "date", value: "PRESENT_REF" }],
  [/\b(?:recently|lately|the\s+past\b(?<=\bin\s+the\s+past)(?!\s+(?:\d|few|several|many|(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur))))\b/gi, { type: "date", value: "PAST_REF" }],
  // "several years ago": some time in the past, not a year the text never gives.
  [/\b(?:a\s+few|few|several|many|some)\s+(?:decades|years|months|weeks|days)\s+(?:ago|earlier|before)\b/gi, { type: "date", value: "PAST_REF" }],
  [/\b(?:the\s+(?:near\s+|distant\s+)?future(?<=\bin\s+the\s+(?:near\s+|distant\s+)?future)|the\s+(?:near|short)\s+term)\b/gi, { type: "date", value: "FUTURE_REF" }],
  // "could one day run the company": some day to come, not a day long.
  [/\bone\s+day\b(?<=\b(?:could|might|may|will|would|can|should|hope|hopes|hoped)\s+(?:to\s+)?one\s+day)/gi, { type: "date", value: "FUTURE_REF" }],
];
/** "recent years": some years up to now, a duration of a number the text does not give. */
const RECENT = /\brecent\s+(years|months|weeks|days)\b/gi;

/** Durations, sets and vague references in `text`, longest first where they overlap. */
export function durationCandidates(text: string): SpanCandidate[] {
  const found: SpanCandidate[] = [];
  for (const m of matchesOf(SET, text)) {
    const value = setValue(m[0]);
    if (value) found.push({ start: m.index!, end: m.index! + m[0].length, span: { type: "set", value } });
  }
  for (const [regex, span] of REFERENCES) for (const m of matchesOf(regex, text)) found.push({ start: m.index!, end: m.index! + m[0].length, span });
  for (const m of matchesOf(RECENT, text)) found.push({ start: m.index!, end: m.index! + m[0].length, span: { type: "duration", value: durationValue("X", UNITS[m[1].toLowerCase()], m[1]) } });
  for (const m of matchesOf(DURATION, text)) {
    const g = m.groups!;
    const lead = g.lead?.toLowerCase();
    const whole = amountOf(g.amount);
    // "two and a half years", "a minute and a half".
    const amount = typeof whole === "number" && (g.half || g.halfAfter) ? whole + 0.5 : whole;
    // "last year", "next month": a date, not a duration; "the year": not enough to say.
    if (amount === undefined && !(lead === "past" || lead === "previous" || lead === "preceding") && !/^(?:fortnight|decades|years|months|weeks|days|hours|minutes)$/i.test(g.unit)) continue;
    if (amount === undefined && !lead && !/\b(?:for|over|within|in)\s+(?:many\s+)?$/i.test(text.slice(0, m.index!))) continue;
    const before = text.slice(0, m.index!);
    const after = text.slice(m.index! + m[0].length);
    if (NOT_A_DURATION_AFTER.test(after) || NOT_A_DURATION_BEFORE.test(before) || FRACTION.test(`${m[0]}${after}`)) continue;
    // "a second term", "a second time": the ordinal, not a duration.
    if (/^(?:a|one)$/i.test(g.amount ?? "") && /^seconds?$/i.test(g.unit) && /^\s+[a-z]/.test(after)) continue;
    // "£52 a year", "10 million barrels a day", "five days a week": a rate's denominator.
    if (/^an?$/i.test(g.amount ?? "") && !g.lead && RATE_BEFORE.test(before)) continue;
    const unit = UNITS[g.unit.toLowerCase()];
    // "years", "the past few weeks": a number of them the text does not give.
    const count = amount ?? (/s$/i.test(g.unit) ? "X" : 1);
    const back = lead && /^(?:past|last|previous|preceding)$/.test(lead) && count !== "X" ? { amount: count, unit } : undefined;
    found.push({ start: m.index!, end: m.index! + m[0].length - (g.long && !g.halfAfter ? g.long.length : 0), span: { type: "duration", value: durationValue(count, unit, g.unit), back } });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
