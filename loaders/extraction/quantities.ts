/**
 * Quantities: every figure with its value, counted noun, qualifier and the date it holds for.
 * Figures are found with patterns; the counted noun comes from wink-nlp's parts of speech.
 */
import type { Qualifier, Quantity, Time } from "../schemas.js";
import type { AnalyzedSentence } from "./sentences.js";
import type { Token } from "./nlp.js";
import { NUMBER_WORD, amountValue, fractionValue } from "./numbers.js";
import { clauseBounds, figureTense, isFutureClause } from "./tense.js";

const QUALIFIERS: [string, Qualifier][] = [
  ["just over|just more than|more than|upwards of|in excess of|greater than|over|above", "more than"],
  ["at least|no fewer than|no less than|a minimum of", "at least"],
  ["just under|fewer than|less than|under|below", "less than"],
  ["up to|as many as|as much as|no more than|a maximum of|at most", "up to"],
  ["about|around|some|nearly|almost|roughly|approximately|an estimated|estimated|close to|an approximate|more or less|circa|just about|almost exactly", "approx"],
];
const QUALIFIER_PATTERN = QUALIFIERS.map(([words]) => words).join("|");

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// "£123m", "€600m": a bare "m" is millions only straight after an amount of money.
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion|trillion)\b|\s?(?:bn|mn)\b|(?<=[$£€]\s?[\d,.]+)m\b)`;
const FIGURE = new RegExp(
  String.raw`(?<qualifier>\b(?:${QUALIFIER_PATTERN})\s+)?` +
    String.raw`(?:(?<money>(?:US)?\$|£|€)\s?)?` +
    String.raw`(?:(?<digits>${DIGITS})|\b(?<word>${NUMBER_WORD})\b)(?<half>\s+and\s+a\s+half\b)?` +
    String.raw`(?<scale>${SCALE})?` +
    String.raw`(?<percent>\s?%|\s+percent\b|\s+per cent\b)?` +
    // "348p" is pence; "5p.m." is a clock time.
    String.raw`(?<pence>(?<=\d)p\b(?!\.m\.))?` +
    String.raw`(?<hyphenUnit>-(?:minute|hour|day|week|month|year|mile|kilometer|kilometre|meter|metre|foot|member|nation|point|man|seat)\b(?:-old\b)?)?`,
  "gi",
);
const FRACTION = new RegExp(
  String.raw`(?<qualifier>\b(?:${QUALIFIER_PATTERN})\s+)?\b(?<fraction>(?:a|one|two|three|four)[\s-](?:half|thirds?|quarters?|fifths?)|half)\b(?=\s+(?:of|the|a|an|its|their|his|her|our|all|that|this|those|these|more|less|fewer|higher|lower)\b|\s*[,.;:]|$)`,
  "gi",
);

const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/;
const SKIPPED_MODIFIERS = /^(more|other|fewer)$/i;
/** Nouns that end a counted phrase rather than extend it: "bring 1,000 soldiers home". */
const ADVERBIAL_NOUNS = /^(home|abroad|overseas|ahead|back|there|here|apiece|each|a|per)$/i;
const COLLECTIVE = /^(people|police|personnel|staff|children|men|women|civilians|troops|militia|youth|clergy|cattle|aircraft)$/i;
const CALENDAR_WORD =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)$/i;

interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  qualifier: Qualifier;
  /** A bare number followed by "to"/"and"/"of" another figure: it takes that figure's unit. */
  openRange: boolean;
  /** A bare number with no noun after it: it counts what the figure before it counted. */
  elliptic: boolean;
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
function unitAfter(tokens: Token[], from: number, blocked: (start: number, end: number) => boolean): { unit: string; end: number } | null {
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return null;
  // "of the soldiers" names what is counted; "of them" leaves it to the figure before.
  if (tokens[i].text.toLowerCase() === "of" && /^(the|its|their|his|her|those|these)$/i.test(tokens[i + 1]?.text ?? "")) {
    i += 2;
  }
  while (i < tokens.length && SKIPPED_MODIFIERS.test(tokens[i].text)) i++;
  const words: Token[] = [];
  for (; i < tokens.length && words.length < 5; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // "U.S., British and Afghan troops": a list of proper modifiers before the noun.
    if (words.length && /^[A-Z]/.test(words[words.length - 1].text) && /^(,|and|or)$/.test(t.text) && next && /^[A-Z]/.test(next.text)) continue;
    // "NATO-led troops": the "-led" compound is a modifier; skip its hyphen and participle.
    if (words.length && t.text === "-" && t.start === words[words.length - 1].end && next && /^(led|backed|based|run|trained)$/.test(next.text)) {
      i++;
      continue;
    }
    // "61 army recruits outside…": a plural noun tagged as a verb after a noun.
    const pluralNoun = t.pos === "VERB" && /[^s]s$/.test(t.text) && words.length > 0 && words[words.length - 1].pos === "NOUN" && (!next || /^(ADP|AUX|PUNCT|VERB|CCONJ|SCONJ|ADV)$/.test(next.pos));
    // "registered voters", "wounded soldiers": a participle before a noun describes it.
    const participle = t.pos === "VERB" && /(ed|ing)$/.test(t.text) && !words.some((w) => w.pos === "NOUN") && next && (next.pos === "NOUN" || next.pos === "ADJ");
    if ((!["NOUN", "PROPN", "ADJ"].includes(t.pos) && !participle && !pluralNoun) || CALENDAR_WORD.test(t.text) || ADVERBIAL_NOUNS.test(t.text) || /^\W+$/.test(t.text) || blocked(t.start, t.end)) break;
    if (t.pos === "PROPN" && words.length && words[words.length - 1].pos === "NOUN") break;
    // "350,000 security personnel account for": a singular word after a plural noun, before a
    // preposition, is its verb.
    const last = words[words.length - 1];
    if (last && (/s$/.test(last.text) || COLLECTIVE.test(last.text)) && !/s$/.test(t.text) && next?.pos === "ADP") break;
    words.push(pluralNoun ? { ...t, pos: "NOUN" } : t);
  }
  while (words.length && words[words.length - 1].pos !== "NOUN" && words[words.length - 1].pos !== "PROPN") words.pop();
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
    // "a magnitude 7.8 earthquake": the scale is named before the figure.
    const magnitude = g.qualifier || g.money ? null : MAGNITUDE_BEFORE.exec(text.slice(0, numberAt));
    const start = sentence.start + (magnitude ? magnitude.index : g.qualifier ? m.index! : numberAt);
    let end = sentence.start + m.index! + m[0].length;
    if (blocked(sentence.start + numberAt, end) || isNotAFigure(text.slice(0, numberAt), text.slice(m.index! + m[0].length), g)) continue;
    let unit: string | null = null;
    if (magnitude) unit = "magnitude";
    else if (g.percent) unit = "percent";
    else if (g.pence) unit = "pence";
    else if (g.hyphenUnit) unit = pluralUnit(g.hyphenUnit.slice(1).replace(/-old$/i, "").toLowerCase());
    else if (g.money) unit = g.money === "£" ? "pounds" : g.money === "€" ? "euros" : "dollars";
    else {
      const after = unitAfter(sentence.tokens, end, blocked);
      if (after) ({ unit, end } = after);
    }
    const rest = text.slice(end - sentence.start);
    const openRange = !unit && (RANGE_CONTINUES.test(rest) || (Boolean(g.digits) && SHARE_OF_NEXT.test(rest)));
    // "the number of American troops will fall from about 24,000": the noun named before it.
    if (!unit && !openRange) {
      // "the number of people killed by Saturday's 7.8 earthquake rose to 4,300": the subject's
      // noun reaches past other figures to the one its verb gives.
      const from = PREDICATE_BEFORE.test(text.slice(0, numberAt)) ? sentence.start : (figures.findLast((f) => f.unit)?.end ?? sentence.start);
      unit = numberOfUnit(sentence, from, start, blocked);
    }
    const elliptic = !unit && !openRange && Boolean(g.digits);
    if (!unit && !openRange && !elliptic) continue;
    if (g.word && !isPlausibleWordFigure(g.word, unit, text.slice(0, numberAt), text.slice(m.index! + m[0].length))) continue;
    const value = amountValue(g.digits ?? g.word!, g.scale) + (g.half ? 0.5 : 0);
    // Hundreds of digits in a row are not a figure a story prints, and would overflow to Infinity.
    if (!Number.isFinite(value)) continue;
    figures.push({ start, end, value, unit, qualifier: qualifierOf(g.qualifier), openRange, elliptic });
  }
  for (const m of text.matchAll(FRACTION)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    if (blocked(start, end)) continue;
    const g = m.groups!;
    figures.push({ start, end, value: fractionValue(g.fraction)!, unit: "fraction", qualifier: qualifierOf(g.qualifier), openRange: false, elliptic: false });
  }
  figures.sort((a, b) => a.start - b.start);
  figures.forEach((f, i) => {
    // "5,000 to 10,000 troops": the first number counts what the second does.
    if (f.openRange) f.unit = figures[i + 1]?.unit ?? null;
    // "94,000 troops in Afghanistan and 92,000 in Iraq": a bare number counts what the last figure did.
    else if (f.elliptic) f.unit = figures.slice(0, i).reverse().find((g) => g.unit && g.unit !== "percent" && g.unit !== "fraction")?.unit ?? null;
  });
  return figures.filter((f) => f.unit !== null);
}

/** "won 1,310 of 2,448 council seats": a share of the next figure counts what it counts. */
const SHARE_OF_NEXT = /^\s+of\s+[$£€]?\d/;
const MAGNITUDE_BEFORE = /\bmagnitude[\s-]+$/i;
const PREDICATE_BEFORE = new RegExp(String.raw`\b(?:rose|risen|climbed|jumped|fell|fallen|dropped|declined|reached|hit|stood|stands|to|at|from|between)\s+(?:(?:${QUALIFIER_PATTERN})\s+)?$`, "i");
const NUMBER_OF = /\b(?:the|a)\s+(?:number|total|count)\s+of\s+/gi;

/** The noun of the last "the number of …" between the figure before and this one. */
function numberOfUnit(sentence: AnalyzedSentence, after: number, before: number, blocked: (start: number, end: number) => boolean): string | null {
  const span = sentence.text.slice(after - sentence.start, before - sentence.start);
  const last = [...span.matchAll(NUMBER_OF)].pop();
  return last ? (unitAfter(sentence.tokens, after + last.index! + last[0].length, blocked)?.unit ?? null) : null;
}

const RANGE_CONTINUES = new RegExp(String.raw`^\s*(?:to|and|or|-|–)\s*(?:[$£€]?\d|(?:${NUMBER_WORD})\b)`, "i");

/** Years, clock times, ordinals, model numbers and numbers that name things ("Resolution 2096"). */
function isNotAFigure(before: string, after: string, g: Record<string, string | undefined>): boolean {
  if (!g.digits) return false;
  if (/^(?:st|nd|rd|th)\b/i.test(after) || /^:\d/.test(after) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(after)) return true;
  if (/[A-Za-z\d][-/]$/.test(before)) return true;
  const year = Number(g.digits);
  if (/^\d{4}$/.test(g.digits) && year >= 1900 && year <= 2100 && !g.qualifier && !g.money) return true;
  return NAMING_WORD.test(before) && !g.qualifier && !g.money;
}

/** Nouns that name things by number: "Resolution 2096", "Flight 17", "No. 2". */
const NAMING_WORD =
  /\b(?:No\.|Number|Resolution|Flight|Route|Highway|Article|Section|Chapter|Room|Gate|Terminal|Hill|Box|Proposition|Amendment|Title|Phase|Stage|Round|Level|Camp|Brigade|Division|Battalion|Regiment|Squadron|Company|Group|Task Force|Apollo|Boeing|Airbus|F|C|Mi|Su|UH|CH|AH|MH|Patrol|Base|District|Ward|Precinct|Grade|Class|Type|Model|Version|Channel|Radio|Resolutions)\s$/;

/** "One is a request", "the zero option", "no one": words that only look like figures. */
function isPlausibleWordFigure(word: string, unit: string | null, before: string, after: string): boolean {
  const w = word.toLowerCase();
  if (/\b(?:no|any|every|each|this|that|which)\s+$/i.test(before) && w === "one") return false;
  // "one of the country's biggest" picks one of many; it does not count them.
  if (w === "one" && /^\s+of\b/i.test(after)) return false;
  if (unit && w === "one" && TIME_UNITS.test(unit)) return false;
  if (w === "zero") return unit !== null && (unit.endsWith("s") || COLLECTIVE.test(unit));
  return true;
}

interface QuantityContext {
  published: string;
  sentences: AnalyzedSentence[];
  /** Times by sentence id, so that no step scans every time of a long article. */
  timesIn: Map<number, Time[]>;
}

/** Every quantity in the article with the date it holds for. */
export function extractQuantities(sentences: AnalyzedSentence[], times: Time[], published: string): Quantity[] {
  const quantities: Quantity[] = [];
  const timesIn = new Map<number, Time[]>();
  for (const time of times) {
    const list = timesIn.get(time.sentence);
    if (list) list.push(time);
    else timesIn.set(time.sentence, [time]);
  }
  const context = { published, sentences, timesIn };
  for (const sentence of sentences) {
    const ownTimes = timesIn.get(sentence.id) ?? [];
    const blocked = (start: number, end: number) => ownTimes.some((t) => start < t.end && end > t.start);
    const figures = findFigures(sentence, blocked);
    const dates: (string | null)[] = [];
    figures.forEach((figure, i) => {
      dates.push(dateOf(figure, i, figures, dates, sentence, ownTimes, context));
      quantities.push({
        id: quantities.length + 1,
        value: figure.value,
        unit: figure.unit!,
        qualifier: figure.qualifier,
        date: dates[i],
        sentence: sentence.id,
        start: figure.start,
        end: figure.end,
        quote: sentence.text.slice(figure.start - sentence.start, figure.end - sentence.start),
      });
    });
  }
  return quantities;
}

const BASELINE = /\b(?:up|down|rising|falling|increased|decreased|compared)\s+(?:from|with)\s+(?:\w+\s+){0,2}$/i;
const ADJACENT_TIME = /^[\s,]*(?:(?:on|in|at|as of|during|for|of)\s+)?(?:fiscal\s+)?$/i;
const PARENTHESIS = /\([^()]*\)|^[^()]*\)/g;
/** "including 60,000 Americans": a figure that is part of the one before it. */
export const PART_OF_BEFORE = /\b(?:including|among them|of whom|of which|of them)\s+$/i;
const PART_OF_WITHIN = /\bof (?:it|them|those|these|whom|which)\b/i;
// "said on Tuesday", "told the Senate on Tuesday", "said in a statement on Tuesday".
const ATTRIBUTION_BEFORE = /\b(?:said|says|told|announced|added|reported|stated|released|published|issued)\s+(?:[A-Za-z]+\s+){0,3}?(?:on\s+)?$/i;
const ATTRIBUTION_AFTER = /^\s*(?:said|says|told|announced)\b/i;

/**
 * When a figure holds, after DESIGN.md: the time attached to it; a part inherits its whole's
 * date; a forecast takes its target; the present tense takes the publication date; a past
 * figure with no time of its own takes the time of the sentence before.
 */
function dateOf(
  figure: Figure,
  index: number,
  figures: Figure[],
  dates: (string | null)[],
  sentence: AnalyzedSentence,
  times: Time[],
  context: QuantityContext,
): string | null {
  if (figure.unit && TIME_UNITS.test(figure.unit)) return null;
  const text = (start: number, end: number) => sentence.text.slice(start - sentence.start, end - sentence.start);
  // "412 billion afghanis ($7.2 billion) for fiscal 2015": a parenthesis does not come between.
  const adjacent = times.find((t) => t.start >= figure.end && ADJACENT_TIME.test(text(figure.end, t.start).replace(PARENTHESIS, "")));
  if (adjacent) return adjacent.date;
  const isPart = PART_OF_BEFORE.test(text(sentence.start, figure.start)) || PART_OF_WITHIN.test(text(figure.start, Math.min(sentence.end, figure.end + 9)));
  if (isPart && index > 0 && dates[index - 1] !== null) return dates[index - 1];

  // "376 militants and 19 soldiers have been killed": two figures joined by "and" share a clause.
  const partner = figures[index + 1];
  const spanEnd = partner && /^\s+(?:and|or)\s+$/.test(text(figure.end, partner.start)) ? partner.end : figure.end;
  const { from, to } = clauseBounds(sentence.text, figure.start - sentence.start, spanEnd - sentence.start);
  const clause = sentence.text.slice(from, to);
  // "from 130,000 ... to 87,200 on Aug. 1": the time after the second figure is not the first's.
  const rangeEnd = /\bfrom\s+$/i.test(text(sentence.start, figure.start))
    ? figures.slice(index + 1).find((f) => /\bto\s+$/i.test(text(sentence.start, f.start)))
    : undefined;
  const isAttribution = (t: Time) => isAttributionIn(sentence, t);
  // Another figure stands between this one and the time: the time is that figure's, unless the
  // two figures go together ("8,000 to 12,000", "4,000 Marines and 650 Afghan troops", "including 60,000").
  const together = (a: Figure, b: Figure) =>
    /^[\s,]*(?:and|or|to|-|–|as well as)?\s*$|^\s+of\s+[^,;]{0,20}$/i.test(text(a.end, b.start)) || PART_OF_BEFORE.test(text(sentence.start, b.start));
  const separates = (g: Figure) => g !== figure && !(figure.end <= g.start ? together(figure, g) : together(g, figure));
  const between = (t: Time) => figures.some((g) => separates(g) && ((figure.end <= g.start && g.end <= t.start) || (t.end <= g.start && g.end <= figure.start)));
  // "up from about 34,000 troops when Obama took office": a baseline takes the time after it.
  const baseline = BASELINE.test(text(sentence.start, figure.start));
  const forecast = isFutureClause(clause) && !baseline;
  const baselineTime = (t: Time) => figures.some((g) => g !== figure && g.end <= t.start && BASELINE.test(text(sentence.start, g.start)));
  const ahead = (t: Time) => {
    const now = context.published.slice(0, t.date.length);
    return t.date > now || (t.relation === "after" && t.date >= now);
  };
  const distance = (t: Time) => (t.start >= figure.end ? t.start - figure.end : figure.start - t.end);
  const byRank = (rank: (t: Time) => number[]) => (a: Time, b: Time) => compareRanks(rank(a), rank(b));
  const inClause = times.filter((t) => t.start - sentence.start >= from && t.end - sentence.start <= to && !(rangeEnd && t.start >= rangeEnd.end));

  const own = inClause
    .filter((t) => !isAttribution(t) && !between(t))
    .sort(byRank((t) => [baseline && t.start < figure.start ? 1 : 0, forecast && !ahead(t) ? 1 : 0, distance(t)]))[0];
  if (own) return (!forecast && rangeStart(own, times, text)) || own.date;
  const tense = figureTense(clause, figure.start - sentence.start - from, figure.end - sentence.start - from);
  // "killed 14 people and forced 30,000 from their homes on Saturday": an event's time beyond a
  // figure of the same event dates it better than when the event was reported.
  const event = tense === "past" && inClause.filter((t) => !isAttribution(t) && !baselineTime(t)).sort(byRank((t) => [distance(t)]))[0];
  if (event) return event.date;
  const said = inClause.find(isAttribution);
  if (said) return said.date;
  // "would come from pensions" with no time of its own: the sentence's forecast target.
  const target = forecast && times.filter((t) => !isAttribution(t) && ahead(t) && !(rangeEnd && t.start >= rangeEnd.end)).sort(byRank((t) => [distance(t)]))[0];
  if (target) return target.date;
  if (tense === "present") return context.published;
  // A past event whose time is given elsewhere in the sentence or just before it; not a time
  // still to come ("were damaged and 12 piers will stay closed until the end of April").
  const elsewhere = times.filter((t) => !isAttribution(t) && !(tense === "past" && ahead(t))).sort(byRank((t) => [distance(t)]))[0];
  if (elsewhere) return elsewhere.date;
  // Sentence ids count from 1 in body order: walk back through this paragraph, to the time of
  // an event rather than of a report ("In a report released on Wednesday, … in fiscal 2014").
  for (let i = sentence.id - 2; i >= 0 && context.sentences[i].paragraph === sentence.paragraph; i--) {
    const earlier = context.timesIn.get(context.sentences[i].id);
    if (earlier?.length) return (earlier.find((t) => !isAttributionIn(context.sentences[i], t)) ?? earlier[0]).date;
  }
  return context.published;
}

/** "said on Wednesday", "Wednesday, officials said": when the news was told, not when it happened. */
function isAttributionIn(sentence: AnalyzedSentence, t: Time): boolean {
  const at = (offset: number) => offset - sentence.start;
  return ATTRIBUTION_BEFORE.test(sentence.text.slice(0, at(t.start))) || ATTRIBUTION_AFTER.test(sentence.text.slice(at(t.end)));
}

/** "From 2001 to 2014, Congress appropriated $104 billion": a tally over a period takes its start. */
function rangeStart(t: Time, times: Time[], text: (start: number, end: number) => string): string | undefined {
  const previous = times[times.indexOf(t) - 1];
  return t.relation === "until" && previous?.relation === "since" && /^\s*(?:to|and|[-–])\s*$/.test(text(previous.end, t.start)) ? previous.date : undefined;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
