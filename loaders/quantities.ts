/**
 * Quantities: every figure with its value, counted noun, qualifier and the date it holds for.
 * Figures are found with patterns; the counted noun comes from wink-nlp's parts of speech.
 */
import type { Qualifier, Quantity, Time } from "./schemas.js";
import type { AnalyzedSentence } from "./sentences.js";
import type { Token } from "./nlp.js";
import { NUMBER_WORD, amountValue, fractionValue } from "./numbers.js";
import { clauseAround } from "./tense.js";

const QUALIFIERS: [string, Qualifier][] = [
  ["just over|just more than|more than|upwards of|in excess of|greater than|over|above", "more than"],
  ["at least|no fewer than|no less than|a minimum of", "at least"],
  ["just under|fewer than|less than|under|below", "less than"],
  ["up to|as many as|as much as|no more than|a maximum of|at most", "up to"],
  ["about|around|some|nearly|almost|roughly|approximately|an estimated|estimated|close to|an approximate|more or less|circa|just about|almost exactly", "approx"],
];
const QUALIFIER_PATTERN = QUALIFIERS.map(([words]) => words).join("|");

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion|trillion)\b|\s?(?:bn|mn)\b)`;
const FIGURE = new RegExp(
  String.raw`(?<qualifier>\b(?:${QUALIFIER_PATTERN})\s+)?` +
    String.raw`(?:(?<money>(?:US)?\$|£|€)\s?)?` +
    String.raw`(?:(?<digits>${DIGITS})|\b(?<word>${NUMBER_WORD})\b)` +
    String.raw`(?<scale>${SCALE})?` +
    String.raw`(?<percent>\s?%|\s+percent\b|\s+per cent\b)?` +
    String.raw`(?<hyphenUnit>-(?:minute|hour|day|week|month|year|mile|kilometer|kilometre|meter|metre|foot|member|nation|point|man|seat)\b(?!-old))?`,
  "gi",
);
const FRACTION = new RegExp(
  String.raw`(?<qualifier>\b(?:${QUALIFIER_PATTERN})\s+)?\b(?<fraction>(?:a|one|two|three|four)[\s-](?:half|thirds?|quarters?|fifths?)|half)\b(?=\s+(?:of|the|a|an|its|their|his|her|our|all)\b)`,
  "gi",
);

const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/;
const SKIPPED_MODIFIERS = /^(more|additional|extra|further|other|fewer|new)$/i;
const COLLECTIVE = /^(people|police|personnel|staff|children|men|women|civilians|troops|militia|youth|clergy|cattle|aircraft)$/i;
const CALENDAR_WORD =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)$/i;

interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  qualifier: Qualifier;
  /** Ends with a bare number followed by "to"/"and" another figure: it takes that figure's unit. */
  openRange: boolean;
}

const PREPOSITION_QUALIFIER = /^(?:over|under|above|below|some)\s+$/i;
const DISPUTE_VERB = /\b(?:stumbl|argu|fought|fight|disagree|split|clash|dispute|negotiat|talk|concern|worr|row|wrangl|deadlock|differ|stall|divid)\w*\s+$/i;

/** "stumbled over two issues": "over" is a preposition there, not "more than". */
function qualifies(words: string, numberWord: string | undefined, before: string): boolean {
  if (!PREPOSITION_QUALIFIER.test(words)) return true;
  const small = numberWord !== undefined && !/^(?:a )?dozen$|ty\b|ty-/i.test(numberWord) && !/^(ten|eleven|twelve|\w+teen)$/i.test(numberWord);
  return !small && !DISPUTE_VERB.test(before);
}

function qualifierOf(words: string | undefined): Qualifier {
  if (!words) return "exact";
  const w = words.trim().toLowerCase();
  return QUALIFIERS.find(([alternatives]) => new RegExp(`^(?:${alternatives})$`).test(w))?.[1] ?? "exact";
}

/** The counted noun after a figure: adjectives and nouns up to the head, lowercased. */
function unitAfter(tokens: Token[], from: number): { unit: string; end: number } | null {
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return null;
  if (tokens[i].text.toLowerCase() === "of" && /^(the|its|their|his|her|them|whom|which|those|these)$/i.test(tokens[i + 1]?.text ?? "")) {
    i += 2;
  }
  while (i < tokens.length && SKIPPED_MODIFIERS.test(tokens[i].text)) i++;
  const words: Token[] = [];
  for (; i < tokens.length && words.length < 4; i++) {
    const t = tokens[i];
    if (!["NOUN", "PROPN", "ADJ"].includes(t.pos) || CALENDAR_WORD.test(t.text) || /^\W+$/.test(t.text)) break;
    if (t.pos === "PROPN" && words.length && words[words.length - 1].pos === "NOUN") break;
    words.push(t);
  }
  while (words.length && words[words.length - 1].pos === "ADJ") words.pop();
  if (!words.length) return null;
  const head = words[words.length - 1];
  // Nationality and other proper-noun modifiers describe the force, not what is counted.
  const kept = words.filter((w, k) => w === head || /^[a-z]/.test(w.text));
  return { unit: kept.map((w) => w.text.toLowerCase()).join(" "), end: head.end };
}

function pluralUnit(word: string): string {
  return word.endsWith("s") ? word : `${word}s`;
}

function findFigures(sentence: AnalyzedSentence, blocked: (start: number, end: number) => boolean): Figure[] {
  const text = sentence.text;
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const g: Record<string, string | undefined> = { ...m.groups! };
    const numberAt = m.index! + (g.qualifier?.length ?? 0);
    if (g.qualifier && !qualifies(g.qualifier, g.word, text.slice(0, m.index!))) g.qualifier = undefined;
    const start = sentence.start + (g.qualifier ? m.index! : numberAt);
    let end = sentence.start + m.index! + m[0].length;
    if (blocked(sentence.start + numberAt, end) || isNotAFigure(text.slice(0, numberAt), text.slice(m.index! + m[0].length), g)) continue;
    let unit: string | null = null;
    if (g.percent) unit = "percent";
    else if (g.hyphenUnit) unit = pluralUnit(g.hyphenUnit.slice(1).toLowerCase());
    else if (g.money) unit = g.money === "£" ? "pounds" : g.money === "€" ? "euros" : "dollars";
    else {
      const after = unitAfter(sentence.tokens, end);
      if (after) ({ unit, end } = after);
    }
    const openRange = !unit && RANGE_CONTINUES.test(text.slice(end - sentence.start));
    if (!unit && !openRange) continue;
    if (g.word && !isPlausibleWordFigure(g.word, unit, text.slice(0, numberAt))) continue;
    const value = amountValue(g.digits ?? g.word!, g.scale);
    figures.push({ start, end, value, unit, qualifier: qualifierOf(g.qualifier), openRange });
  }
  for (const m of text.matchAll(FRACTION)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    if (blocked(start, end)) continue;
    const g = m.groups!;
    figures.push({ start, end, value: fractionValue(g.fraction)!, unit: "fraction", qualifier: qualifierOf(g.qualifier), openRange: false });
  }
  figures.sort((a, b) => a.start - b.start);
  // "5,000 to 10,000 troops": the first number counts what the second does.
  figures.forEach((f, i) => {
    if (f.openRange) f.unit = figures[i + 1]?.unit ?? null;
  });
  return figures.filter((f) => f.unit !== null);
}

const RANGE_CONTINUES = new RegExp(String.raw`^\s*(?:to|and|or|-|–)\s*(?:[$£€]?\d|(?:${NUMBER_WORD})\b)`, "i");

/** Years, clock times, ordinals, model numbers and numbers that name things ("Resolution 2096"). */
function isNotAFigure(before: string, after: string, g: Record<string, string | undefined>): boolean {
  if (!g.digits) return false;
  if (/^(?:st|nd|rd|th)\b/i.test(after) || /^:\d/.test(after) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(after)) return true;
  if (/[A-Za-z\d][-/]$/.test(before)) return true;
  const year = Number(g.digits);
  if (/^\d{4}$/.test(g.digits) && year >= 1900 && year <= 2100 && !g.qualifier && !g.money) return true;
  const namingWord = /(?:\bNo\.|\b[A-Z][a-z]+)\s$/.exec(before);
  return Boolean(namingWord && !g.qualifier && !g.money && !/(?:^|[.!?"“]\s*)\S+\s$/.test(before) && !/\b(?:In|About|Some|Of|And|But|Only|All|The|By)\s$/.test(before));
}

/** "One is a request", "the zero option", "no one": words that only look like figures. */
function isPlausibleWordFigure(word: string, unit: string | null, before: string): boolean {
  const w = word.toLowerCase();
  if (/\b(?:no|any|every|each|this|that|which)\s+$/i.test(before) && w === "one") return false;
  if (unit && w === "one" && TIME_UNITS.test(unit)) return false;
  if (w === "zero") return unit !== null && (unit.endsWith("s") || COLLECTIVE.test(unit));
  return true;
}

export interface QuantityContext {
  published: string;
  times: Time[];
  sentences: AnalyzedSentence[];
}

/** Every quantity in the article with the date it holds for. */
export function extractQuantities(sentences: AnalyzedSentence[], times: Time[], published: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const sentence of sentences) {
    const ownTimes = times.filter((t) => t.sentence === sentence.id);
    const blocked = (start: number, end: number) => ownTimes.some((t) => start < t.end && end > t.start);
    const figures = findFigures(sentence, blocked);
    figures.forEach((figure, i) => {
      quantities.push({
        id: quantities.length + 1,
        value: figure.value,
        unit: figure.unit!,
        qualifier: figure.qualifier,
        date: dateOf(figure, i, figures, sentence, ownTimes, { published, times, sentences }),
        sentence: sentence.id,
        start: figure.start,
        end: figure.end,
        quote: sentence.text.slice(figure.start - sentence.start, figure.end - sentence.start),
      });
    });
  }
  return quantities;
}

const ADJACENT_TIME = /^[\s,]*(?:(?:on|in|at|as of|during|for|of)\s+)?$/i;
const PART_OF = /\b(?:including|among them|of whom|of which|of them|with)\s+$/i;
const PRESENT = /\b(?:is|are|has|have|remains?|stands?|currently|now|there are|there is)\b/i;

function dateOf(
  figure: Figure,
  index: number,
  figures: Figure[],
  sentence: AnalyzedSentence,
  times: Time[],
  context: QuantityContext,
): string | null {
  const body = (start: number, end: number) => sentence.text.slice(start - sentence.start, end - sentence.start);
  if (figure.unit && TIME_UNITS.test(figure.unit)) return null;
  const adjacentAfter = (f: Figure) => times.find((t) => t.start >= f.end && ADJACENT_TIME.test(body(f.end, t.start)));
  const own = adjacentAfter(figure);
  if (own) return own.date;
  const previous = figures[index - 1];
  const textBefore = body(sentence.start, figure.start);
  if (previous && PART_OF.test(textBefore)) {
    const parent = adjacentAfter(previous) ?? null;
    if (parent) return parent.date;
  }
  // A time in the same clause that no other figure has claimed.
  const claimed = new Set(figures.filter((f) => f !== figure).map(adjacentAfter).filter(Boolean));
  const clauseStart = sentence.start + sentence.text.indexOf(clauseAround(sentence.text, figure.start - sentence.start, figure.end - sentence.start));
  const clauseEnd = clauseStart + clauseAround(sentence.text, figure.start - sentence.start, figure.end - sentence.start).length;
  const inClause = times.filter((t) => !claimed.has(t) && t.start >= clauseStart && t.end <= clauseEnd);
  const nearest = nearestTime(inClause, figure) ?? nearestTime(times.filter((t) => !claimed.has(t)), figure);
  if (nearest) return nearest.date;
  if (PRESENT.test(sentence.text)) return context.published;
  const earlier = context.sentences
    .filter((s) => s.paragraph === sentence.paragraph && s.id < sentence.id)
    .reverse()
    .map((s) => context.times.filter((t) => t.sentence === s.id))
    .find((ts) => ts.length);
  return earlier ? earlier[earlier.length - 1].date : context.published;
}

function nearestTime(times: Time[], figure: Figure): Time | undefined {
  const distance = (t: Time) => (t.start >= figure.end ? t.start - figure.end : figure.start - t.end);
  return [...times].sort((a, b) => distance(a) - distance(b))[0];
}
