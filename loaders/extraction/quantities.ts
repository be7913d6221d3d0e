/**
 * Quantities: every figure with its value, counted noun, qualifier and the date it holds for.
 * Figures are found with patterns; the counted noun comes from wink-nlp's parts of speech.
 */
import { PERIOD_TIMEX, type Change, type DatedTime, type Qualifier, type Quantity } from "../schemas.js";
import type { AnalyzedSentence } from "./sentences.js";
import type { Token } from "./nlp.js";
import { COMPOUND_NUMBER_WORD, NUMBER_WORD, SCIENTIFIC, amountValue, fractionValue, isProperFraction, numberWordValue, round, scaleFactor } from "./numbers.js";
import { asideAround, clauseAround, clauseBounds, comparisonStart, figureTense, isFutureClause, nextComma, relativePronoun } from "./tense.js";
import { CURRENCY_CODE, CURRENCY_SIGN, CURRENCY_SYMBOL, SPLIT_LABEL, countriesNamed, currencyCode, currencyOfName, currencyOfSymbol } from "./money.js";
import { NOT_UNITS, SYMBOLS, currencyAfter, currencyUnit, rateAfter, unitOfMeasureAfter } from "./measures.js";
import { unitMeasure } from "./units.js";
import { DOWN, UP, changeOf } from "./changes.js";
import { conceptOf, holderOf, nameEndingAt, subjectNoun } from "./concepts.js";
import { timexSpan } from "./times.js";
import { isAttributionIn } from "./attribution.js";
import { TIME_MEASURE } from "../../src/shared/dates.js";
import { matchesOf, wordsBefore } from "./matches.js";

const QUALIFIERS: [string, Qualifier][] = [
  ["just over|just more than|more than|upwards of|in excess of|greater than|over|above", "more than"],
  ["at least|no fewer than|no less than|a minimum of", "at least"],
  ["just under|fewer than|less than|under|below", "less than"],
  ["up to|as many as|as much as|no more than|a maximum of|at most", "up to"],
  ["about|around|some|nearly|almost|roughly|approximately|an estimated|estimated|close to|an approximate|more or less|circa|just about|almost exactly", "approx"],
];
const QUALIFIER_PATTERN = QUALIFIERS.map(([words]) => words).join("|");

// Thousands grouped by commas; in India by lakh and crore ("12,34,567"); in much of the world by
// a thin or non-breaking space, or a plain one before the money it counts ("10 000 dollars").
const DIGITS = String.raw`${SCIENTIFIC}|\d*[½¼¾⅓⅔⅛⅜⅝⅞]|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:\.\d+)?|(?<![\d.,])\d{1,3}(?: \d{3})+(?=\s?[€£$]|\s+(?:dollars|euros|pounds|yen|yuan|rupees|francs)\b)|\d+(?:\.\d+)?`;
// "3m viewers", "2.4m people": before a plural noun, "m" is millions. A length in metres names
// one thing ("a 12m yacht") or, after an article, a kind ("the 100m hurdles", "5m waves").
const MILLIONS_OF = String.raw`(?<!\b(?:the|a|an)\s+[\d.]+)(?<=\d)m(?=\s+(?:people|children|men|women|police|staff|cattle|(?!(?:was|has|its|this|thus|plus|less|across|as|is|us|hurdles|waves|swells|runners|sprinters|swimmers|drops|falls)\b)[a-z]+[^s\W]s)\b)`;
// "£123m", "€600m": a bare "m" is millions straight after a currency symbol (after a code or
// before a currency word, the code checks) or before a plural noun; "40k fans" is thousands.
const SCALE = String.raw`(?:(?:\s+|-)(?:hundred|thousand|million|billion|trillion|crore|lakh\s+crore|lakh)\b|\s?(?:bn|mn|tn)\b|(?<=\d)k\b|(?<=(?:${CURRENCY_SYMBOL})\s?[\d,.]+)[mbt]\b|${MILLIONS_OF})`;
/** "half a million", "a quarter million", "three-quarters of a billion": a part of a scale word. */
const PART_OF_SCALE = String.raw`(?:half(?:\s+a)?|(?:a\s+)?quarter(?:\s+of\s+a)?|three[\s-]quarters(?:\s+of\s+a)?)(?=\s+(?:thousand|million|billion|trillion)\b)`;
/** The figure pattern, with or without numbers written in several words, which only a sentence with a scale word can hold. */
const figurePattern = (compound: boolean) => new RegExp(
  String.raw`(?<qualifier>\b(?:${QUALIFIER_PATTERN})\s+)?` +
    // "plus or minus 2.8 points" is a margin, not a negative.
    String.raw`(?<sign>(?<![\w.,\-–−])(?<!plus\s+or\s+)(?:minus[\s-]|[-−](?=[\d$£€]))\s?)?` +
    String.raw`(?:(?<![A-Za-z])(?<money>${CURRENCY_SYMBOL})\s?(?<signAfter>[-−](?=\d))?)?` +
    String.raw`(?:(?<mixed>\d{1,3}\s+\d{1,2}\/\d{1,2})(?![\d/])|(?<![\d/])(?<slash>\d{1,2}\/\d{1,2})(?![\d/])|(?<digits>${DIGITS})|\b(?<part>${PART_OF_SCALE})|\b(?<word>${compound ? `${COMPOUND_NUMBER_WORD}|` : ""}${NUMBER_WORD})\b)(?<half>\s+and\s+a\s+half\b)?` +
    String.raw`(?<scale>${SCALE})?` +
    // "15€", "10 €": the symbol after the amount, as much of Europe writes it.
    String.raw`(?<moneyAfter>\s?(?:${CURRENCY_SIGN})(?!\s?\d))?` +
    String.raw`(?<percent>\s?%|\s+percent\b|\s+per\s?cent\b)?` +
    // "348p" is pence; "5p.m." is a clock time.
    String.raw`(?<pence>(?<=\d)p\b(?!\.m\.))?` +
    // "a 5.8-inch screen", "a 10-member council", "a 46-year-old": a unit joined by a hyphen.
    String.raw`(?<hyphen>-(?<hyphenWord>[a-zµ]+)(?<old>-old\b)?)?`,
  "gi",
);
const FIGURE = figurePattern(false);
const FIGURE_IN_WORDS = figurePattern(true);
const SCALE_WORD = /\b(?:hundred|thousand|million|billion|trillion)\b/i;
const FRACTION = new RegExp(
  String.raw`(?<qualifier>\b(?:${QUALIFIER_PATTERN})\s+)?\b(?<fraction>(?:a|one|two|three|four|five|seven|nine)[\s-](?:half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|(?<!\b(?:the|first|second|other|each|this|that|latter|former|upper|lower|top|bottom|back|front|northern|southern|eastern|western)\s)half)\b(?!\s+(?:a\s+|of\s+a\s+)?(?:thousand|million|billion|trillion)\b)(?=\s+(?:of|the|a|an|its|their|his|her|our|all|that|this|those|these|more|less|fewer|higher|lower|since|now|majority|stake|share)\b|\s*[,.;:]|$|(?<=\bby\s+(?:\S+\s+)?\S+)\s|(?<unitNext>[\s-])[a-z])`,
  "gi",
);
// Found by its article, then its bound read back: a pattern opening on the bounds' alternation
// would try it at every character of every sentence.
const ONE_UNIT = /\ban?(?=\s)/gi;
const QUALIFIER_BEFORE = new RegExp(String.raw`\b(${QUALIFIER_PATTERN})\s+$`, "i");
/** "nearly a year ago", "about a mile and a half": a date, or a figure the durations read. */
const NOT_A_FIGURE_AFTER_ONE = /^\s+\S+\s+(?:ago|earlier|later|before|after|and\s+a\s+half)\b/i;
/** "tens of millions of dollars", "hundreds of thousands": an order of magnitude, as a range. */
const MAGNITUDE_WORDS = /\b(tens|hundreds)\s+of\s+(thousands|millions|billions)\b(?:\s+of)?/gi;

const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/;
const SKIPPED_MODIFIERS = /^(more|other|fewer)$/i;
/** Nouns that end a counted phrase rather than extend it: "bring 1,000 soldiers home", "39,800 last season". */
const ADVERBIAL_NOUNS = /^(home|abroad|overseas|ahead|back|there|here|apiece|each|a|per|last|next|this|every)$/i;
const COLLECTIVE = /^(people|police|personnel|staff|children|men|women|civilians|troops|militia|youth|clergy|cattle|aircraft)$/i;
const CALENDAR_WORD =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow)$/i;

interface Figure {
  start: number;
  end: number;
  value: number;
  /** The high end of a range ("8,000 to 12,000"), once merged. */
  valueHigh: number | null;
  unit: string | null;
  measure: string | null;
  qualifier: Qualifier;
  change: Change | null;
  /** Where the counted noun starts and its phrase ends, for the concept. */
  noun?: { from: number; to: number };
  /** What the figure counts where its words say it without a noun ("killing 11" → people killed). */
  concept?: string;
  /** The figure whose unit a bare number took: it counts the same thing. */
  source?: Figure;
  /** A bare number followed by "to"/"and"/"of" another figure: it takes that figure's unit. */
  openRange: boolean;
  /** A bare number with no noun after it: it counts what the figure before it counted. */
  elliptic: boolean;
  /** The scale its words gave ("10 million"), which a bare low end of a range shares ("5-10 million"). */
  scale: number;
}

const PREPOSITION_QUALIFIER = /^(?:over|under|above|below|some)\s+$/i;
const DISPUTE_VERB = /\b(?:stumbl|argu|fought|fight|disagree|split|clash|dispute|negotiat|talk|concern|worr|row|wrangl|deadlock|differ|stall|divid)\w*\s+$/i;

/** "stumbled over two issues": "over" is a preposition there, not "more than". */
function qualifies(words: string, numberWord: string | undefined, before: string): boolean {
  if (!PREPOSITION_QUALIFIER.test(words)) return true;
  const small = numberWord !== undefined && !/^(?:a )?dozen$|ty\b|ty-|hundred|thousand|^a$/i.test(numberWord) && !/^(ten|eleven|twelve|\w+teen)$/i.test(numberWord);
  return !small && !DISPUTE_VERB.test(before);
}

/** "revenue passed $150 million", "a fee that could rise to £62m": a bound the verb sets. */
function boundByVerb(before: string): Qualifier {
  if (/\b(?:passed|topped|exceeded|surpassed|(?:could|may|might|will|would|to)\s+(?:top|exceed|pass|surpass))\s+$/i.test(before)) return "more than";
  if (/\b(?:could|may|might)\s+(?:rise|climb|grow|increase|reach)\s+(?:to\s+)?$/i.test(before)) return "up to";
  return "exact";
}

function qualifierOf(words: string | undefined): Qualifier {
  if (!words) return "exact";
  const w = words.trim().toLowerCase();
  return QUALIFIERS.find(([alternatives]) => new RegExp(`^(?:${alternatives})$`).test(w))?.[1] ?? "exact";
}

/** The counted noun after a figure: adjectives and nouns up to the head, lowercased. */
function unitAfter(tokens: Token[], from: number, blocked: (start: number, end: number) => boolean): { unit: string; end: number; head: string } | null {
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
    // "medium-lift helicopters", "NATO-led troops": words joined by a hyphen are one modifier.
    if (words.length && t.text === "-" && t.start === words[words.length - 1].end && next && next.start === t.end && /^[a-z]/i.test(next.text)) {
      const last = words[words.length - 1];
      words[words.length - 1] = { ...last, text: `${last.text}-${next.text}`, end: next.end, pos: "ADJ" };
      i++;
      continue;
    }
    // "14 Boeing 737 jets": a model's number is part of its name, not another figure.
    if (words.length && t.pos === "NUM" && words[words.length - 1].pos === "PROPN" && next?.pos === "NOUN") continue;
    // "61 army recruits outside…": a plural noun tagged as a verb after a noun.
    // "served 14 aces": so is one right after the number.
    // "2,000 Ukrainian recruits a month": after a nationality too, and before a rate.
    const pluralNoun = t.pos === "VERB" && /[^s]s$/.test(t.text) && (words.length > 0 ? /^(?:NOUN|PROPN)$/.test(words[words.length - 1].pos) : tokens[i - 1]?.pos === "NUM" && tokens[i - 2]?.pos === "VERB") && (!next || /^(ADP|AUX|PUNCT|VERB|CCONJ|SCONJ|ADV)$/.test(next.pos) || /^(?:a|an|per)$/i.test(next.text));
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
  // "41 of the state's 1,802 polling units": the whole's figure, after the possessive, says what is counted.
  if (!words.length || (/^['’]s$/.test(tokens[i]?.text ?? "") && tokens[i + 1]?.pos === "NUM")) return null;
  const head = words[words.length - 1];
  // Nationality and other proper-noun modifiers describe the force, not what is counted.
  const kept = words.filter((w, k) => w === head || /^[a-z]/.test(w.text));
  return { unit: kept.map((w) => w.text.toLowerCase()).join(" "), end: head.end, head: head.text };
}

/** Units news joins to a number with a hyphen that count things rather than measure them. */
const COUNTED_COMPOUND = /^(?:member|nation|point|man|seat|storey|story|bed|page|game|vote|lane|room|car|run|goal|stroke|shot|hole|mile|kilometer|kilometre)$/i;

function plural(word: string): string {
  if (/^(?:inch|foot)$/i.test(word)) return word.toLowerCase() === "inch" ? "inches" : "feet";
  // "a 50-kg sack": a symbol has no plural.
  if (SYMBOLS.has(word)) return word;
  return word.endsWith("s") ? word : `${word}s`;
}

/** Coins: "50 cents", "348p", "one penny" are counted in the coin, not the currency. */
const COIN = /^(?:cents?|pence|penny|pennies)$/i;
const coinMeasure = (word: string) => (/^cents?$/i.test(word) ? "cent" : "penny");

/** The measure of a counted noun: a time or a unit of measure by its name ("years", "passing yards"), else a count. */
function countedMeasure(head: string): string {
  if (COIN.test(head)) return coinMeasure(head);
  const word = /^[A-Za-z]{3,}$/.test(head) || SYMBOLS.has(head);
  return (word && !NOT_UNITS.test(head) && unitMeasure(head)) || "count";
}

/** A figure's reading before its counted noun: the number, its scale, money, percent, unit joined by a hyphen. */
interface Reading {
  value: number;
  scale: number;
  end: number;
  unit: string | null;
  measure: string | null;
}

function readNumber(m: RegExpMatchArray, sentence: AnalyzedSentence, money: string | undefined): Reading | null {
  const g = m.groups!;
  const text = sentence.text;
  let end = m.index! + m[0].length;
  let value: number;
  if (g.mixed || g.slash) {
    const [, whole = "0", numerator, denominator] = /^(?:(\d+)\s+)?(\d+)\/(\d+)$/.exec(g.mixed ?? g.slash!)!;
    if (!isProperFraction(Number(numerator), Number(denominator))) return null;
    value = round(Number(whole) + Number(numerator) / Number(denominator));
  } else if (g.part) value = round(fractionValue(g.part.replace(/\s+(?:of\s+)?a$/i, ""))! * scaleFactor(g.scale));
  else value = amountValue(g.digits ?? g.word!, g.scale) + (g.half ? 0.5 : 0);
  let scale = scaleFactor(g.scale);
  // "GBP 40m", "40m euros": millions where money is named.
  if (!g.scale && g.digits && /^m\b/.test(text.slice(end)) && (money || currencyAfter(text.slice(end + 1), new Set()))) {
    value = round(value * 1e6);
    scale = 1e6;
    end += 1;
  }
  if (g.sign || g.signAfter) value = -value;
  let unit: string | null = null;
  let measure: string | null = null;
  if (g.percent) [unit, measure] = ["percent", "percent"];
  else if (g.pence) [unit, measure] = ["pence", "penny"];
  else if (g.hyphenWord) {
    const word = g.hyphenWord;
    const money = currencyOfName(word);
    const named = money ?? (COIN.test(word) ? coinMeasure(word) : unitMeasure(word) ?? (COUNTED_COMPOUND.test(word) ? "count" : null));
    if (named) [unit, measure] = [money ? currencyUnit(money) : plural(word.toLowerCase()), NOT_UNITS.test(word) ? "count" : named];
    // A hyphen before any other word ("a 40-something") is not a unit: the figure ends before it.
    else end -= g.hyphen!.length;
  }
  if (money && !unit) [unit, measure] = [currencyUnit(money), money];
  // "1/2 cup olive oil", "⅓ cup": after a fraction, cups are a measure, not things counted.
  const cups = (g.slash || g.mixed || /[½¼¾⅓⅔⅛⅜⅝⅞]/.test(g.digits ?? "")) && !unit ? /^\s?cups?\b/i.exec(text.slice(end)) : null;
  if (cups) [unit, measure, end] = [cups[0].trim().toLowerCase(), unitMeasure("cup")!, end + cups[0].length];
  // "3/4 of the frame": a share, unless a unit of measure follows ("1/4 mile").
  if (g.slash && !unit && !unitOfMeasureAfter(text.slice(end))) [unit, measure] = ["fraction", "fraction"];
  return { value, scale, end, unit, measure };
}

/** "30 MUSD": a reading in thousands or millions of the unit its code names. */
function scaleReading(reading: Reading, factor: number): void {
  if (factor === 1) return;
  reading.value = round(reading.value * factor);
  reading.scale *= factor;
}

const SUB_BOUND = /\bsub-$/i;
/** "GBP 40m", "usd 20": a currency code just before the amount. */
const CODE_BEFORE = new RegExp(String.raw`\b(${CURRENCY_CODE})\s?$`);

function findFigures(sentence: AnalyzedSentence, blocked: (start: number, end: number) => boolean, context: () => ReadonlySet<string>): Figure[] {
  const text = sentence.text;
  const figures: Figure[] = [];
  // "one in five children": a share, whose numbers are no counts of their own.
  const shares = matchesOf(ONE_IN, text).filter((m) => shareOf(m) !== undefined && !blocked(sentence.start + m.index!, sentence.start + m.index! + m[0].length));
  for (const m of matchesOf(SCALE_WORD.test(text) ? FIGURE_IN_WORDS : FIGURE, text)) {
    if (shares.some((share) => m.index! < share.index! + share[0].length && share.index! < m.index! + m[0].length)) continue;
    const g: Record<string, string | undefined> = { ...m.groups! };
    const label = g.money && SPLIT_LABEL.test(g.money) ? g.money.length - 1 : 0;
    if (label) g.money = "$";
    const numberAt = m.index! + (g.qualifier?.length ?? 0) + label;
    // The words before the number, as far back as any test of them reads: patterns anchored at
    // their end would otherwise scan the whole sentence for every figure.
    const before = wordsBefore(text, numberAt);
    const beforeAt = numberAt - before.length;
    if (g.qualifier && !qualifies(g.qualifier, g.word, wordsBefore(text, m.index!))) g.qualifier = undefined;
    // "GBP 40m", "USD 3bn", "MAUD 60": an ISO code before the amount.
    const codeBefore = g.money ? null : CODE_BEFORE.exec(before);
    // "17 USD 25": a code that ends the figure before is that figure's.
    const code = codeBefore && (figures.at(-1)?.end ?? 0) <= sentence.start + beforeAt + codeBefore.index! ? codeBefore : undefined;
    const coded = code ? currencyCode(code[1]) : undefined;
    const symbol = g.money ?? g.moneyAfter?.trim();
    const money = symbol ? currencyOfSymbol(symbol, context()) : coded?.code;
    // "a magnitude 7.8 earthquake": the scale is named before the figure.
    const magnitude = g.qualifier || money ? null : MAGNITUDE_BEFORE.exec(before);
    // "sub-10 nanometre chips": under ten.
    const sub = !g.qualifier && !money && SUB_BOUND.test(before);
    const start = sentence.start + (magnitude ? beforeAt + magnitude.index : g.qualifier ? m.index! : code && money ? numberAt - code[0].length : sub ? numberAt - 4 : numberAt);
    if (blocked(sentence.start + numberAt, sentence.start + m.index! + m[0].length) || isNotAFigure(before, text.slice(m.index! + m[0].length), g, Boolean(money), beforeAt === 0)) continue;
    const reading = readNumber(m, sentence, money);
    // Hundreds of digits in a row are not a figure a story prints, and would overflow to Infinity.
    if (!reading || !Number.isFinite(reading.value)) continue;
    if (!symbol && coded) scaleReading(reading, coded.factor);
    let { unit, measure } = reading;
    let end = sentence.start + reading.end;
    let noun: Figure["noun"];
    let conceptHint: string | undefined;
    if (magnitude) [unit, measure] = ["magnitude", "magnitude"];
    // "adults aged 40-75", "a man of age 87": an age in years.
    else if (!unit && AGE_BEFORE.test(before)) [unit, measure] = ["years", "year"];
    // "Chief executive Roland Pryce, 58, said": a person's age, set off by commas after the name.
    else if (!unit && g.digits && /^\d{1,3}$/.test(g.digits) && Number(g.digits) <= 120 && AGE_AFTER_NAME.test(before) && /^,/.test(text.slice(reading.end))) [unit, measure] = ["years", "year"];
    // "6 ft 2 in": after feet, "in" is inches.
    else if (!unit && figures.at(-1)?.measure === "foot" && /^\s+$/.test(text.slice(figures.at(-1)!.end - sentence.start, numberAt)) && /^\s?in\b/.test(text.slice(reading.end))) {
      [unit, measure] = ["in", "inch"];
      end += /^\s?in/.exec(text.slice(reading.end))![0].length;
    }
    // "10-15 cm", "5 to 10 people": the low end takes the high end's unit.
    if (!unit && !RANGE_CONTINUES.test(text.slice(reading.end))) {
      const rest = text.slice(reading.end);
      // "three pounds of gold", "weighs 7 pounds", "to drop 25 pounds" are weights; "3 million pounds of aid" is money.
      // So are pounds in a sentence about weight with no money in it ("a metric ton is 2,204.62 pounds").
      const weighed = !g.scale && (WEIGHT_OF.test(rest) || (/^\s+pounds?\b/.test(rest) && (WEIGHED_BEFORE.test(before) || (WEIGHT_TALK.test(text) && !MONEY_TALK.test(text)))));
      const named = (weighed ? null : currencyAfter(rest, context())) ?? (/^\s+percentage\s+points?\b/i.exec(rest) ? null : unitOfMeasureAfter(rest, before));
      const points = /^\s+percentage\s+points?\b/i.exec(rest);
      if (named) {
        [unit, measure, end] = [named.unit, named.measure, end + named.end];
        scaleReading(reading, named.factor ?? 1);
      }
      else if (points) [unit, measure, end] = ["percentage points", "percentage point", end + points[0].length];
      else {
        const after = unitAfter(sentence.tokens, end, blocked);
        if (after) {
          noun = { from: end, to: after.end };
          [unit, measure, end] = [after.unit, countedMeasure(after.head), after.end];
        }
      }
    }
    const rest = text.slice(end - sentence.start);
    // "beating Hruska 7-6, 6-3", "drew 0-0": a score, its first number not the lower, is no figure.
    const score = /^[-–\u2011]\s?(\d[\d,]*)\b/.exec(rest);
    if (!unit && score && Number(score[1].replace(/,/g, "")) <= reading.value) continue;
    const openRange = !unit && (RANGE_CONTINUES.test(rest) || (Boolean(g.digits || (g.word && !/^(?:one|a|an)$/i.test(g.word))) && SHARE_OF_NEXT.test(rest)));
    // "the number of American troops will fall from about 24,000": the noun named before it.
    if (!unit && !openRange) {
      // "the number of people killed by Saturday's 7.8 earthquake rose to 4,300": the subject's
      // noun reaches past other figures to the one its verb gives.
      const from = PREDICATE_BEFORE.test(before) ? sentence.start : (figures.findLast((f) => f.unit)?.end ?? sentence.start);
      const named = numberOfUnit(sentence, from, start, blocked);
      if (named) [unit, measure, noun] = [named.unit, countedMeasure(named.head), { from: named.from, to: named.end }];
      // "British troops in Basra numbered 4,000": what the subject names is what is counted.
      const verb = named ? null : COUNT_VERB.exec(before);
      const subject = verb ? subjectNoun(sentence, start, sentence.start + beforeAt + verb.index!) : null;
      if (subject && (/s$/i.test(subject.head) || COLLECTIVE.test(subject.head) || TALLY.test(subject.head))) [unit, measure] = [subject.head.toLowerCase(), "count"];
      // "a record crowd of 41,250", "a death toll of 312": a tally named just before "of";
      // "police put the crowd at 18,000": a tally someone estimates.
      const tallyAt = !unit && g.digits ? TALLY_AT.exec(wordsBefore(text, m.index!)) : null;
      const tally = !unit && g.digits ? (TALLY_OF.exec(before) ?? tallyAt) : null;
      if (tally) [unit, measure, conceptHint] = [tally[1].toLowerCase(), "count", tallyAt?.[1].toLowerCase()];
      // "killing 11", "wounding at least five", "five were wounded": a toll its verb tells counts people.
      const rest = text.slice(m.index! + m[0].length);
      const tollBefore = TOLL_BEFORE.exec(wordsBefore(text, m.index!));
      const told = tollBefore && CLAUSE_ENDS.test(rest) ? `${tollBefore[1]}ed` : (TOLL_AFTER.exec(rest)?.[1] ?? PEOPLE_AFTER.exec(rest)?.[1]);
      if (!unit && told) [unit, measure, conceptHint] = ["people", "count", `people ${told.toLowerCase()}`];
      // "a march in Glasgow drew about 35,000": a crowd drawn.
      else if (!unit && CROWD_BEFORE.test(wordsBefore(text, m.index!)) && CLAUSE_ENDS.test(rest)) [unit, measure] = ["people", "count"];
      // "housing for officers, some 40,000 of whom have waited": the noun the relative pronoun stands for.
      const antecedent = !unit && /^\s+of\s+(?:whom|which)\b/.test(rest) ? /\b([a-z]+s)\s*,\s*$/.exec(wordsBefore(text, m.index!)) : null;
      if (antecedent) [unit, measure] = [antecedent[1], "count"];
      // "The Union holds 59 seats, the Social Democrats 54 and minority deputies eight": the verb
      // and the counted noun are left out after the first.
      const holderBefore = sentence.tokens.findLast((t) => t.end <= sentence.start + m.index!);
      const beforeFigure = wordsBefore(text, m.index!);
      const gapped = unit || !(holderBefore?.pos === "NOUN" || holderBefore?.pos === "PROPN") ? null : GAPPED.exec(beforeFigure);
      const gapAt = gapped ? sentence.start + m.index! - beforeFigure.length + gapped.index! : 0;
      const counted = figures.findLast((f) => f.measure === "count" && f.unit);
      if (gapped && counted && /^(?:\s*[,.;]|\s*$|\s+(?:and|so|while)\b)/.test(rest) && !sentence.tokens.some((t) => t.start >= gapAt && t.end <= start && (t.pos === "VERB" || t.pos === "AUX"))) {
        [unit, measure] = [counted.unit!, "count"];
        conceptHint = `${gapped[0].replace(/^(?:,|and)\s+(?:the\s+)?/i, "").trim()} ${counted.unit}`;
      }
    }
    // A bare number in digits, or in words long enough to be one ("two hundred"), not "one" or "two".
    const elliptic = !unit && !openRange && Boolean(g.digits || g.part || /hundred|thousand/i.test(g.word ?? ""));
    if (!unit && !openRange && !elliptic) continue;
    if (g.word && !isPlausibleWordFigure(g.word, unit, before, text.slice(m.index! + m[0].length))) continue;
    // "$71.10 a barrel", "1.5 million barrels a day": a rate.
    const rate = measure ? rateAfter(text.slice(end - sentence.start), measure) : null;
    const change = measure ? changeOf(text.slice(0, start - sentence.start), text.slice(end - sentence.start), measure) : null;
    figures.push({ start, end, value: reading.value, valueHigh: null, unit, measure: rate ?? measure, qualifier: g.qualifier ? qualifierOf(g.qualifier) : sub ? "less than" : boundByVerb(text.slice(0, start - sentence.start)), change, noun, concept: conceptHint, openRange, elliptic, scale: reading.scale });
  }
  // "about a month", "less than a mile": one unit, bounded.
  for (const article of matchesOf(ONE_UNIT, text)) {
    // The longest bound ("no more than", "approximately") is under 30 characters.
    const bound = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, article.index! - 30), article.index!));
    if (!bound) continue;
    const start = sentence.start + article.index! - bound[0].length;
    const after = article.index! + article[0].length;
    const rest = text.slice(after);
    const measured = NOT_A_FIGURE_AFTER_ONE.test(rest) ? null : unitOfMeasureAfter(rest);
    const end = sentence.start + after + (measured?.end ?? 0);
    if (!measured || measured.measure === "count" || blocked(start, end)) continue;
    figures.push({ start, end, value: 1, valueHigh: null, unit: measured.unit, measure: measured.measure, qualifier: qualifierOf(bound[1]), change: null, openRange: false, elliptic: false, scale: 1 });
  }
  for (const m of matchesOf(FRACTION, text)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    if (blocked(start, end)) continue;
    const g = m.groups!;
    // "seven and a half years" is one figure, read with its number.
    if (/\band\s+$/i.test(text.slice(0, m.index!)) && /^a\s+half$/i.test(g.fraction)) continue;
    // "half a mile", "three-quarters of a mile", "one-half miles": a part of a unit is a measure.
    const rest = text.slice(m.index! + m[0].length);
    const joined = /^\s+(?:of\s+)?an?(?=\s)|^(?=[\s-])/.exec(rest)?.[0];
    const measured = joined === undefined ? null : unitOfMeasureAfter(rest.slice(joined.length));
    if (g.unitNext && !measured) continue;
    const [unit, measure, to] = measured ? [measured.unit, measured.measure, end + joined!.length + measured.end] : ["fraction", "fraction", end];
    figures.push({ start, end: to, value: fractionValue(g.fraction)!, valueHigh: null, unit, measure, qualifier: qualifierOf(g.qualifier), change: null, openRange: false, elliptic: false, scale: 1 });
  }
  for (const m of shares) {
    const bound = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, m.index! - 30), m.index!));
    const start = sentence.start + m.index! - (bound?.[0].length ?? 0);
    const end = sentence.start + m.index! + m[0].length;
    const counted = unitAfter(sentence.tokens, end, blocked);
    figures.push({ start, end, value: shareOf(m)!, valueHigh: null, unit: "fraction", measure: "fraction", qualifier: bound ? qualifierOf(bound[1]) : "exact", change: null, noun: counted ? { from: end, to: counted.end } : undefined, openRange: false, elliptic: false, scale: 1 });
  }
  for (const m of matchesOf(MULTIPLIED, text)) {
    const start = sentence.start + m.index!;
    const [value, change] = MULTIPLES[(m[1] ?? m[2]).toLowerCase().replace(/d$/, "")];
    figures.push({ start, end: start + m[0].length, value, valueHigh: null, unit: "percent", measure: "percent", qualifier: "exact", change, openRange: false, elliptic: false, scale: 1 });
  }
  for (const m of matchesOf(MAGNITUDE_WORDS, text)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    if (blocked(start, end)) continue;
    const scale = { thousands: 1e3, millions: 1e6, billions: 1e9 }[m[2].toLowerCase() as "thousands"];
    const low = (m[1].toLowerCase() === "tens" ? 10 : 100) * scale;
    const rest = text.slice(end - sentence.start);
    const money = currencyAfter(rest, context());
    const counted = money ? null : unitAfter(sentence.tokens, end, blocked);
    if (!money && !counted) continue;
    figures.push({
      start, end: money ? end + money.end : counted!.end, value: low, valueHigh: low * 10, unit: money?.unit ?? counted!.unit, measure: money?.measure ?? "count",
      qualifier: "approx", change: null, noun: counted ? { from: end, to: counted.end } : undefined, openRange: false, elliptic: false, scale,
    });
  }
  // "two thirds" is a fraction, not two of something called thirds.
  const fractions = figures.filter((f) => f.measure === "fraction" && f.unit === "fraction");
  const kept = figures.filter((f) => fractions.includes(f) || !fractions.some((x) => f.start < x.end && x.start < f.end));
  figures.length = 0;
  figures.push(...kept);
  figures.sort((a, b) => a.start - b.start);
  figures.forEach((f, i) => {
    // "5,000 to 10,000 troops": the first number counts what the second does.
    // "four of the 12-tonne trucks": a part counts the whole's things, not its measure.
    if (f.openRange && /^\s+of\b/i.test(text.slice(f.end - sentence.start)) && figures[i + 1]?.measure !== "count") f.openRange = false;
    else if (f.openRange) inherit(f, figures[i + 1]);
    // "94,000 troops in Afghanistan and 92,000 in Iraq": a bare number counts what the last figure did.
    else if (continues(f, figures[i - 1], sentence)) {
      // "fell from 44 micrograms per cubic metre in 2009 to 36 (micrograms) in 2012 and 31 in
      // 2015": the figures after "to" and "and" measure what the one before them did.
      const previous = figures[i - 1];
      [f.unit, f.measure, f.source] = [previous.unit, previous.measure, previous.source ?? previous];
    } else if (f.elliptic && figures[i - 1]?.unit && /^\s?[-–]\s?$/.test(text.slice(figures[i - 1].end - sentence.start, f.start - sentence.start))) {
      // "adults aged 40–75": the high end of a dashed range measures what its low end does.
      inherit(f, figures[i - 1]);
    } else if (f.elliptic) inherit(f, figures.slice(0, i).reverse().find((g) => g.unit && g.measure === "count"));
  });
  return mergeRanges(mergeCompoundAmounts(figures, sentence), sentence);
}

/**
 * How many of a smaller unit make the one before it: "5 ft 2 in", "3 dollars 50 cents", and
 * "15 dollars and 50", "17 USD 25", whose cents are left unnamed where the amount ends.
 */
function partsPerWhole(whole: Figure, part: Figure, sentence: AnalyzedSentence): number | undefined {
  if (whole.measure === "foot" && part.measure === "inch") return 12;
  const money = /^[A-Z]{3}$/.test(whole.measure ?? "");
  const pennies = part.measure === "penny" ? whole.measure === "GBP" : part.measure === "cent" && money && whole.measure !== "GBP";
  const unnamed = money && part.unit === null && whole.scale === 1 && /[a-z]$/i.test(sentence.text.slice(0, whole.end - sentence.start)) && /^\s*(?:[.,;!?]|more\b|$)/.test(sentence.text.slice(part.end - sentence.start));
  return (pennies || unnamed) && Number.isInteger(whole.value) && Number.isInteger(part.value) && part.value < 100 ? 100 : undefined;
}

/** "5 ft 2 in", "6 feet and 2 inches", "seventeen dollars and thirty-five cents": one amount, in the larger unit. */
function mergeCompoundAmounts(figures: Figure[], sentence: AnalyzedSentence): Figure[] {
  return figures.filter((f, i) => {
    const whole = figures[i - 1];
    const parts = whole && whole.valueHigh === null ? partsPerWhole(whole, f, sentence) : undefined;
    if (!parts || !/^\s*(?:and\s+)?$/.test(sentence.text.slice(whole.end - sentence.start, f.start - sentence.start))) return true;
    whole.value = round(whole.value + f.value / parts);
    whole.end = f.end;
    return false;
  });
}

/**
 * Does `figure` continue the list `previous` heads ("from 44 micrograms per cubic metre in 2009 to
 * 36 in 2012", "to 36 micrograms in 2012")? Levels of one measure, joined by "to" or "and" and at
 * most a time; not a change ("climbed 22 percent to 1,340").
 */
function continues(figure: Figure, previous: Figure | undefined, sentence: AnalyzedSentence): previous is Figure {
  // Money repeats its sign ("$44 to $36"); "$4.25 and 32" is a price and another number.
  if (!previous?.unit || !previous.measure || previous.measure === "count" || previous.change || /^[A-Z]{3}\b/.test(previous.measure)) return false;
  const gap = sentence.text.slice(previous.end - sentence.start, figure.start - sentence.start);
  if (!/^(?:\s+(?:in|on|at|by)\s+[^,;\d]{1,30}|\s+in\s+\d{4})?,?\s+(?:to|and)\s+$/.test(gap)) return false;
  return figure.elliptic || (figure.measure !== null && figure.measure !== previous.measure && previous.measure.startsWith(`${figure.measure} per `));
}

const ONE_IN = new RegExp(String.raw`(?<![\d.,])\b(?<part>one|two|three|four|\d{1,2})\s+(?:in|out\s+of)\s+(?<whole>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?!\s*(?:%|percent|[,.]\d)|\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|attacks?|raids?|matches|games|races)\b)`, "gi");
/** "one in five" → 0.2, where the part is smaller than the whole ("killed five in two attacks" is no share). */
function shareOf(m: RegExpMatchArray): number | undefined {
  const [part, whole] = [m.groups!.part, m.groups!.whole].map((n) => (/^\d/.test(n) ? Number(n) : numberWordValue(n)!));
  return part < whole ? round(part / whole) : undefined;
}

/** "halved", "doubled": a change given as a word. */
// "plans to double its staff": the infinitive too.
const MULTIPLIED = /\b(halved|doubled|tripled|trebled|quadrupled)\b|\b(halve|double|triple|treble|quadruple)\b(?<=\bto\s\2)/gi;
const MULTIPLES: Record<string, [number, Change]> = { halve: [50, "down"], double: [100, "up"], triple: [200, "up"], treble: [200, "up"], quadruple: [300, "up"] };

function inherit(figure: Figure, from: Figure | undefined): void {
  if (!from) return;
  figure.unit = from.unit;
  figure.measure ??= from.measure;
  figure.source = from.source ?? from;
}

const RANGE_JOIN = /^(?:-\s+(?=to\b))?\s*(?:to|-|–|—)\s*$|^\s+and\s+$/i;
const CHANGE_FROM = /\b(?:rose|risen|rise|rising|climbed|jumped|grew|grown|increased|fell|fallen|fall|falling|dropped|declined|decreased|slid|sank|shrank|cut|reduced|raised|lifted|up|down|from)\s+(?:\w+\s+){0,2}?from\s+(?:\S+\s+)?$|\b(?:up|down)\s+from\s+$/i;

/**
 * "8,000 to 12,000 troops", "between 3,000 and 6,000", "10-15 cm", "$65 to $75": one figure
 * with a low and a high end. "fell from 130,000 to 87,200" stays two: a change between levels.
 */
function mergeRanges(figures: Figure[], sentence: AnalyzedSentence): Figure[] {
  const text = (a: number, b: number) => sentence.text.slice(a - sentence.start, b - sentence.start);
  const merged: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const [low, high] = [figures[i], figures[i + 1]];
    const join = high ? text(low.end, high.start) : "";
    const before = text(sentence.start, low.start);
    const between = /\bbetween\s+$/i.exec(before);
    const ok =
      high &&
      RANGE_JOIN.test(join) &&
      (!/and/i.test(join) || between) &&
      !CHANGE_FROM.test(before) &&
      low.qualifier !== "more than" &&
      (low.openRange || low.measure === high.measure || (high.measure ?? "").startsWith(`${low.measure} per `)) &&
      low.change === null &&
      high.change === null &&
      // "fell by 2,300 to 12,500 employees" is a change and the level it reached; "by 10 to 15 percent" a range.
      !(/\bby\s+$/i.test(before) && high.value > 3 * low.value);
    // "5-10 million": the low end shares the high end's scale.
    let lowValue = ok && low.scale === 1 && high.scale > 1 && low.value * high.scale <= high.value ? round(low.value * high.scale) : low.value;
    let highValue = high?.value ?? 0;
    // "lows ranged from -9 °C to -21 °C": a range may be written from its top.
    if (ok && lowValue > highValue && /\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+(?:from\s+)?$/i.test(before)) [lowValue, highValue] = [highValue, lowValue];
    if (!ok || !(lowValue < highValue)) {
      merged.push(low);
      continue;
    }
    merged.push({
      ...high,
      start: between ? sentence.start + between.index : low.start,
      value: lowValue,
      valueHigh: highValue,
      qualifier: low.qualifier !== "exact" ? low.qualifier : high.qualifier,
      // "raised prices by 10 to 15 percent": the words before the low end say it is a change.
      change: changeOf(before, "", high.measure ?? "count"),
      openRange: false,
      elliptic: false,
    });
    i++;
  }
  return merged;
}

const WEIGHED_BEFORE = /\b(?:weigh\w*|los(?:e|es|ing|t)|drop(?:s|ped|ping)?|shed(?:s|ding)?|gain(?:s|ed|ing)?|put\s+on)\s+(?:\S+\s+){0,2}$/i;
const WEIGHT_TALK = /\b(?:weigh\w*|heav(?:y|ier|iest)|(?:metric\s+)?tons?|tonnes?|kilo(?:gram)?s?|kg|ounces?|lbs?|grams?|bab(?:y|ies)|newborns?)\b/i;
const MONEY_TALK = new RegExp(String.raw`${CURRENCY_SIGN}|\b(?:cost\w*|pric\w*|paid|pay\w*|spen[dt]\w*|worth|sterling|budget|fund\w*|salar\w*|fees?|fin(?:e|es|ed)|penalt\w*|tax\w*|wages?|rent|bills?|loans?|bail|earn\w*|sold|bought|sales?|profits?|revenue|debts?|million|billion|bn|m)\b`, "i");
const WEIGHT_OF = /^\s+pounds?\s+of\s+(?!the\b|its\b|their\b|his\b|her\b|taxpayers)[a-z]/;
/** "won 1,310 of 2,448 council seats": a share of the next figure counts what it counts. */
/** "450 of the 3,200 jobs", "22 of its 310 stores", "four of their five matches": a part, counted in the whole's noun. */
const SHARE_OF_NEXT = new RegExp(String.raw`^\s+of\s+(?:(?:the|its|their|his|her|our|your|my)\s+)?(?:[\w.-]+['’]s\s+)?(?:[$£€]?\d|(?:${NUMBER_WORD})\b)`, "i");
const MAGNITUDE_BEFORE = /\bmagnitude[\s-]+$/i;
// "Payrolls fell by 2,300", "troops will number perhaps 9,500": the subject is what the bare number counts.
const COUNT_VERB = /\b(?:numbered|number|totall?ed|totals|reached|reaches|stood\s+at|stands\s+at|(?:rose|fell|climbed|dropped|grew|declined|shrank|jumped)(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent))?\s+(?:to|from)|(?:rose|fell|climbed|dropped|grew|declined|shrank|jumped|increased|decreased)\s+by|hit|were|are|was|is)\s+(?:(?:perhaps|maybe|possibly)\s+)?(?:(?:just\s+)?(?:about|around|some|nearly|almost|roughly|over|more\s+than|fewer\s+than|at\s+least)\s+)?$/i;
/** Singular nouns that are counts of something: "the death toll reached 312". */
const TALLY_WORDS = "gate|toll|tally|total|count|population|workforce|staff|headcount|attendance|crowd|membership|enrollment|enrolment";
const TALLY = new RegExp(`^(?:${TALLY_WORDS})$`, "i");
const TALLY_OF = new RegExp(`\\b(${TALLY_WORDS})\\s+of\\s+$`, "i");
const TALLY_AT = new RegExp(`\\b(?:put|puts|putting|estimated|estimates?|estimating)\\s+(?:the\\s+)?(?:\\w+\\s+)?(${TALLY_WORDS})\\s+at\\s+$`, "i");
/** A name, not a place after a preposition ("in Kabul, 12,"), then a comma. */
// "Idrissa Maïga, 66,": names are written in any alphabet's letters.
const AGE_AFTER_NAME = /(?<!\b(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]f|[Tt]o|[Nn]ear|[Oo]n)\s+)(?<![\p{L}])(?!(?:In|At|From|Of|To|Near|On)\b)\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}[\p{Ll}'’]+){0,3},\s$/u;
// "aged 40-75", "as young as 11", "children under 5", "captured when he was 17".
const AGE_BEFORE = /\b(?:(?:aged|age|ages)\s+(?:between\s+)?|as\s+(?:young|old)\s+as\s+|(?:children|boys|girls|babies|people|adults|men|women|residents|those)\s+(?:under|over|below|above|aged)\s+|when\s+(?:he|she|they|I|we)\s+(?:was|were)\s+)$/i;
const PREDICATE_BEFORE = new RegExp(String.raw`\b(?:rose|risen|climbed|jumped|fell|fallen|dropped|declined|reached|hit|stood|stands|to|at|from|between)\s+(?:(?:${QUALIFIER_PATTERN})\s+)?$`, "i");
const PEOPLE_ADJECTIVE = /^(?:dead|injured|wounded|missing|displaced|homeless|unemployed|killed|evacuated|sick|infected|jobless)\b/i;
const NUMBER_OF = /\b(?:the|a)\s+(?:number|total|count)\s+of\s+/gi;

/** The noun of the last "the number of …" between the figure before and this one. */
function numberOfUnit(sentence: AnalyzedSentence, after: number, before: number, blocked: (start: number, end: number) => boolean) {
  const span = sentence.text.slice(after - sentence.start, before - sentence.start);
  const last = [...span.matchAll(NUMBER_OF)].pop();
  if (!last) return null;
  const from = after + last.index! + last[0].length;
  const noun = unitAfter(sentence.tokens, from, blocked);
  if (noun) return { ...noun, from };
  // "the number of dead", "the number of missing": an adjective that names people.
  const people = PEOPLE_ADJECTIVE.exec(sentence.text.slice(from - sentence.start));
  return people ? { unit: people[0].toLowerCase(), head: people[0], from, end: from + people[0].length } : null;
}

// "10 to 15", "10-15", and "an 8- to 16-meter telescope", where the low end's unit is left hanging.
const RANGE_CONTINUES = new RegExp(String.raw`^(?:-\s+(?=to\b))?\s*(?:to|and|or|-|–)\s*(?:[$£€]?\d|(?:${NUMBER_WORD})\b)`, "i");

/** Years, clock times, ordinals, model numbers and numbers that name things ("Resolution 2096", "iPhone 15", "A917"). */
function isNotAFigure(before: string, after: string, g: Record<string, string | undefined>, money: boolean, opensSentence: boolean): boolean {
  if (!g.digits) return false;
  if (/^(?:st|nd|rd|th)\b/i.test(after) || /^:\d/.test(after) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(after)) return true;
  // "(0230 GMT)", "at 1800 hrs": a clock time in four digits.
  if (/^\d{4}$/.test(g.digits) && /^\s?(?:GMT|UTC|Z|hrs|hours\s+(?:GMT|UTC))\b/.test(after)) return true;
  // "A917", "G7", "5G", "3D": letters and digits written as one word name a thing.
  if (/[A-Za-z]$/.test(before) && !money) return true;
  // "115USD": a currency code may be written against its amount.
  if (/^[A-Za-z]/.test(after) && !g.scale && !g.pence && !g.percent && !g.hyphen && !unitOfMeasureAfter(after) && !/^m\b/.test(after) && !currencyCode(/^[A-Za-z]+/.exec(after)![0])) return true;
  // "F-16", "fb−1" (an exponent), "km/2"; not "sub-10", a bound.
  if ((/[A-Za-z][-/−]$/.test(before) && !SUB_BOUND.test(before)) || /\d\/$/.test(before)) return true;
  // "10-15 cm" is a range, its high end a figure; "won 3-1" a score. Only the tail is read: over a
  // sentence-long run of digits the pattern would take quadratic time.
  const previous = /(\d[\d,.]*)\s?[-–]$/.exec(before.slice(-40));
  if (previous && !(Number(previous[1].replace(/,/g, "")) < Number(g.digits.replace(/,/g, "")))) return true;
  const year = Number(g.digits);
  if (/^\d{4}$/.test(g.digits) && year >= 1900 && year <= 2100 && !g.qualifier && !money) return true;
  if (g.qualifier || money || g.percent || g.scale) return false;
  if (NAMING_WORD.test(before)) return true;
  // "iPhone 15 Pro", "FTSE 100", "Boeing 737": a number right after a name, inside the sentence, is part of it.
  const name = /(?:^|[\s(])([A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)\s$/.exec(before);
  // "the Social Democrats 54 and minority deputies eight": a plural name before a figure in a list holds it.
  if (name && /[a-z]s$/.test(name[1]) && /^\s*(?:[,;]|\s+and\b)/.test(after)) return false;
  return Boolean(name && (name.index! > 0 || !opensSentence) && !/[,.]/.test(g.digits) && !currencyCode(name[1]) && !CALENDAR_WORD.test(name[1]) && !/^(?:The|A|An|In|On|At|By|Of|For|And|But|Only|About|Some|Nearly|Almost|Around|Over|Under|Up|Just|All|To|From|With|Of)$/.test(name[1]));
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
  timesIn: Map<number, DatedTime[]>;
}


/** Verbs of a toll, as stems that take "-ing" and "-ed". */
const TOLL_VERB = "kill|wound|injur|kidnapp|abduct|arrest|detain|rescu|evacuat";
const TOLL_BEFORE = new RegExp(String.raw`\b(${TOLL_VERB})(?:ing|ed)\s+$`, "i");
const TOLL_AFTER = new RegExp(String.raw`^\s+(?:people\s+)?(?:were|are|have\s+been|had\s+been|was|is)\s+(?:also\s+|still\s+)?(?:being\s+)?((?:${TOLL_VERB})ed|held)\b`, "i");
/** A subject with its verb and noun left out, before a bare figure: ", the Social Democrats 54", "and minority deputies eight". */
const GAPPED = /(?:,|\band)\s+(?:the\s+)?(?:[A-Za-z][\w'’.-]*\s+){1,3}$/;
/** "60,000-70,000 took part", "at least 40 died": what people did. */
const PEOPLE_AFTER = /^\s+(?:had\s+|have\s+)?(died|drowned|fled|took\s+part|attended|marched|turned\s+out|protested|gathered|rallied)\b/i;
const CROWD_BEFORE = /\b(?:drew|draws|drawing|attracted|attracts|attracting)\s+$/i;
/** Where a figure's clause ends after it: nothing counted follows. */
const CLAUSE_ENDS = /^(?:\s*[,.;:)—–]|\s*$|\s+(?:and|in|on|at|when|after|before|as|while|including|among|during|near|since|overnight|last|this|yesterday)\b)/i;

/** A bare number that states a level: "there were 14", "reached 312", "to 9,500". */
const PREDICATE_NUMBER = /\b(?:there\s+(?:were|are|was|is|will\s+be)(?:\s+(?:now|still|already))?|were|are|reached|totall?ed|numbered|stood\s+at|rose\s+to|fell\s+to|to|perhaps|maybe|only|just|(?:estimates?|figures?|counts?|tolls?|numbers?)\s+(?:run|ran|range[sd]?|var(?:y|ies|ied))\s+from(?:\s+(?:about|around|some|roughly|nearly))?)\s+$/i;

/** A person the article names, where: "The 23-year-old made 7 of 11" is that person's age. */
export interface PersonNamed {
  name: string;
  start: number;
  sentence: number;
}

export interface QuantityOptions {
  /** The article's text, for the countries it names. */
  body?: string;
  /** Where the entities table names people, in body order. */
  people?: PersonNamed[];
}

/** Every quantity in the article: its value, measure, what it counts, and the date it holds for. */
export function extractQuantities(sentences: AnalyzedSentence[], times: DatedTime[], published: string, { body = "", people = [] }: QuantityOptions = {}): Quantity[] {
  const quantities: Quantity[] = [];
  const timesIn = new Map<number, DatedTime[]>();
  for (const time of times) {
    const list = timesIn.get(time.sentence);
    if (list) list.push(time);
    else timesIn.set(time.sentence, [time]);
  }
  const context = { published, sentences, timesIn };
  // The countries the article names decide "$", "¥" and "rupees"; found once, when first needed.
  let countries: ReadonlySet<string> | undefined;
  const named = () => (countries ??= countriesNamed(body || sentences.map((s) => s.text).join(" ")));
  /** The last figure that counted things, for a bare number in a later sentence ("Two years later there were 14"). */
  let lastCounted: { unit: string; concept: string | null; paragraph: number } | undefined;
  for (const sentence of sentences) {
    const ownTimes = timesIn.get(sentence.id) ?? [];
    const blocked = (start: number, end: number) => ownTimes.some((t) => start < t.end && end > t.start);
    const carried = lastCounted && sentence.paragraph - lastCounted.paragraph <= 1 ? lastCounted : undefined;
    const figures = findFigures(sentence, blocked, named)
      .filter((f) => f.unit !== null || (carried && isPredicate(f, sentence)))
      .map((f) => (f.unit === null ? { ...f, unit: carried!.unit, measure: "count", carried: true } : { ...f, carried: false }));
    /** When each figure holds: the time it was dated by, or a date alone (the publication's, a whole's). */
    const whens: (DatedTime | string | null)[] = [];
    const text = (a: number, b: number) => sentence.text.slice(a - sentence.start, b - sentence.start);
    const concepts = new Map<Figure, string | null>();
    const measured = figures.filter((g) => g.measure !== "count");
    const conceptOfFigure = (f: Figure) => {
      // Times, and the number and unit of another measure ("The 6.1-inch Pixel 9 costs $799"), are no part
      // of what it counts; another count's noun may be ("one in three of its 1.1 million voters").
      const apart = (start: number, end: number) => blocked(start, end) || measured.some((g) => g !== f && start < g.end && end > g.start && !(g.start <= f.start && f.end <= g.end));
      if (!concepts.has(f)) concepts.set(f, conceptOf({ start: f.start, end: f.end, nounFrom: f.noun?.from, nounTo: f.noun?.to, measure: f.measure ?? "count" }, sentence, apart));
      return concepts.get(f)!;
    };
    figures.forEach((figure, i) => {
      const unit = figure.unit!;
      // "a dividend of 2.60 CHF per share, down from 3.10 CHF": the level compared with is of the
      // same thing, in the same measure.
      const compared = quantities.at(-1);
      const baseline = compared?.sentence === sentence.id && BASELINE_GAP.test(text(compared.end, figure.start)) && (compared.measure === figure.measure || compared.measure?.startsWith(`${figure.measure} per `)) ? compared : undefined;
      const measure = baseline?.measure ?? figure.measure ?? "count";
      const when = dateOf(figure, i, figures, whens, sentence, ownTimes, context);
      whens.push(when);
      const base = figure.carried ? carried!.concept : (figure.concept ?? conceptOfFigure(figure.source ?? figure));
      // "143 of 350 seats": the whole is no one's; the part is the holder's.
      const holder = base && !/\bof\s+$/i.test(text(sentence.start, figure.start)) ? holderOf(figure.start, figure.end, sentence) : null;
      // "85 billion naira (about $235 million)": a conversion is of what the amount is of, and so
      // is the change of a level ("a budget of 72.9 billion shekels for 2018, up 4.5 percent").
      const gap = i > 0 ? text(figures[i - 1].end, figure.start) : "";
      const converted = i > 0 && followsAs(figure, gap) ? quantities.at(-1) : undefined;
      const concept = converted ? converted.concept : ageOf(figure, measure, sentence, people) ?? nameWithMeasured(holder && !base!.includes(holder) ? `${holder} ${base}` : base, measure, sentence, quantities) ?? spokenOf(sentence, figure.start, measure, quantities, sentences[sentence.id - 2]) ?? baseline?.concept ?? null;
      quantities.push({
        id: quantities.length + 1,
        value: figure.value,
        unit,
        qualifier: figure.qualifier,
        date: typeof when === "string" || when === null ? when : when.date,
        sentence: sentence.id,
        start: figure.start,
        end: figure.end,
        quote: text(figure.start, figure.end),
        value_high: figure.valueHigh,
        measure,
        concept,
        // A bare number has its measure only now ("300,000 more than last winter").
        change: figure.change ?? changeOf(text(sentence.start, figure.start), text(figure.end, sentence.end), measure),
        period: typeof when === "string" || when === null ? null : periodTimex(when),
      });
      if (measure === "count") lastCounted = { unit, concept, paragraph: sentence.paragraph };
    });
  }
  return quantities;
}

/** A name of up to three capitalised words. */
const NAME = String.raw`((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)`;
const NAME_AFTER_AGE = new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,2}${NAME}`);
const NAME_BEFORE_AGE = new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+$`);

/**
 * "Roland Pryce, 58,", "the 21-year-old winger Tiago Varela", "Dorren, a 27-year-old who…": an
 * age is of the person the sentence names beside it.
 */
function ageOf(figure: Figure, measure: string, sentence: AnalyzedSentence, people: PersonNamed[]): string | null {
  if (!TIME_MEASURE.test(measure)) return null;
  const before = sentence.text.slice(0, figure.start - sentence.start);
  const after = sentence.text.slice(figure.end - sentence.start);
  const quote = sentence.text.slice(figure.start - sentence.start, figure.end - sentence.start);
  if (AGE_AFTER_NAME.test(before) && /^,/.test(after)) {
    const name = nameEndingAt(sentence, figure.start - 2);
    return name ? `age of ${name}` : null;
  }
  if (!/\bold$/.test(quote)) return null;
  const name = [NAME_AFTER_AGE.exec(after)?.[1], NAME_BEFORE_AGE.exec(before)?.[1]].find((n) => n && !CALENDAR_WORD.test(n));
  if (name) return `age of ${name}`;
  // "The 23-year-old made 7 of 11": the person last named, in this sentence or the two before.
  const named = /\b(?:the|a)\s+$/i.test(before) ? people.findLast((p) => p.start < figure.start && p.sentence >= sentence.id - 2) : undefined;
  return named ? `age of ${named.name}` : null;
}

/**
 * "took 34.6 percent of the vote, while the governing National Union fell to 27.1 percent":
 * a share whose concept is only a name is of what the sentence's earlier share measured.
 */
function nameWithMeasured(concept: string | null, measure: string, sentence: AnalyzedSentence, before: Quantity[]): string | null {
  if (!concept || measure !== "percent" || !/[A-Z]\S*$/.test(concept)) return concept;
  const earlier = before.findLast((q) => q.sentence === sentence.id && q.measure === "percent" && q.concept !== null && /(?:^|\s)[a-z]+$/.test(q.concept));
  return earlier ? `${concept} ${earlier.concept!.split(" ").pop()}` : concept;
}

/**
 * "Turnout was 71.3 percent. It had fallen … from 68.9 percent in 2009": a sentence that opens
 * on "it" goes on about the last thing the one before measured in the same way.
 */
function spokenOf(sentence: AnalyzedSentence, figureStart: number, measure: string, before: Quantity[], previous: AnalyzedSentence | undefined): string | null {
  if (measure === "count" || !/^(?:It|This|That)\b/.test(sentence.text)) return null;
  // Only in the clause "it" opens: "…, and the company said orders were worth $900m" is another subject's.
  if (sentence.tokens.filter((t) => t.start < figureStart && (t.pos === "VERB" || t.pos === "AUX")).length > 2) return null;
  const last = before.findLast((q) => q.sentence < sentence.id);
  if (last && last.sentence === sentence.id - 1 && last.measure === measure) return last.concept;
  // "Revenue has now risen for six straight quarters. It was $1.6bn…": what the sentence before was about.
  if (!previous || previous.paragraph !== sentence.paragraph || before.some((q) => q.sentence === previous.id && q.measure === measure)) return null;
  const verb = previous.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const subject = verb > 0 && previous.tokens[verb + 1] ? subjectNoun(previous, previous.tokens[verb + 1].start) : null;
  return subject && /^[A-Za-z][a-z]+$/.test(subject.head) && !/^(?:it|they|he|she|this|that|there)$/i.test(subject.head) ? subject.head.toLowerCase() : null;
}

/** Whether a bare number with nothing to count in its sentence states a level of what came before. */
function isPredicate(figure: Figure, sentence: AnalyzedSentence): boolean {
  return PREDICATE_NUMBER.test(sentence.text.slice(0, figure.start - sentence.start)) && /^\s*(?:[.,;:]|$|\s+(?:after|before|in|by|on|at|when|as|last|this|that|the\s+following)\b)/i.test(sentence.text.slice(figure.end - sentence.start));
}

/** Between a level and the one it is compared with: "2.60 CHF per share for 2012, down from 3.10 CHF". */
const BASELINE_GAP = /^(?:\s+(?:a|an|per)\s+[a-z]+)?(?:\s+(?:for|in)\s+[^,;]{1,25})?,?\s+(?:(?:up|down)\s+)?from\s+$/i;
const MARKET_MOVE = new RegExp(String.raw`\b(?:shares|stocks?|index|Dow|Nasdaq|FTSE|Nikkei|Sensex)\b(?:[^,;]*?,[^,;]*?,)?[^,;]*?\b(?:closed|ended|finished|traded|opened|${UP}|${DOWN})\b[^,;]*$`);
const BASELINE = /\b(?:up|down|rising|falling|increased|decreased|compared)\s+(?:from|with)\s+(?:\w+\s+){0,2}$/i;
const REPORTED_STATE = new RegExp(String.raw`\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:(?!was\b|were\b)[\w'’]+\s+){1,4}(?:was|were)\s+(?:(?:${QUALIFIER_PATTERN})\s+)?$`, "i");
const SINCE_CLAUSE = /\bsince\b[^,;]{0,60}$/i;
const SO_FAR = /\b(?:so\s+far|to\s+date|thus\s+far|until\s+now)\b/i;
const TRAILING_CLAUSE = /,\s(?:(?:bringing|taking|raising|pushing|lifting)\s|(?:some|most|many|several|all|one|two|three|a\s+few|half)\s+of\s+(?:them|whom|which)\b)/i;
/** Between an amount and its conversion: "85 billion naira (about $235 million)". */
const CONVERSION = new RegExp(String.raw`^\s*\(\s*(?:(?:${QUALIFIER_PATTERN})\s+)?$`, "i");
/** Between a level and its change: "72.9 billion shekels for 2018 on Tuesday night, up 4.5 percent". */
export const CHANGE_OF_LEVEL = /^[^,;]{0,40},\s+(?:up|down)\s+(?:by\s+)?(?:\w+\s+){0,2}$/i;
/** Whether a figure restates the one before it, in another currency or as its change: see CONVERSION and CHANGE_OF_LEVEL. */
function followsAs(figure: Figure, gap: string): boolean {
  return CONVERSION.test(gap) || (figure.change !== null && CHANGE_OF_LEVEL.test(gap.replace(PARENTHESIS, "")));
}
/** From a time to the figure of the noun it qualifies: "2010 budget of", "'s toll of". */
const NOUN_OF = new RegExp(String.raw`^(?:['’]s)?\s+(?:[a-z-]+\s+){1,2}of\s+(?:(?:${QUALIFIER_PATTERN})\s+)?$`, "i");
const ADJACENT_TIME = /^[\s,]*(?:(?:on|in|at|as of|during|for|of)\s+)?(?:fiscal\s+)?$/i;
const PARENTHESIS = /\([^()]*\)|^[^()]*\)/g;
/** "including 60,000 Americans": a figure that is part of the one before it. */
export const PART_OF_BEFORE = /\b(?:including|among them|of whom|of which|of them)\s+$/i;
const PART_OF_WITHIN = /\bof (?:it|them|those|these|whom|which)\b/i;

/** "…, two intelligence officials said Wednesday": the figure is who told it ("said to be", "reported by" are participles). */
const SPEAKERS_AFTER = /^\s+(?:said|say|says|told)\b(?!\s+(?:to|by|as)\b)/i;

/** The words of a sentence between two offsets in the body. */
function span(sentence: AnalyzedSentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

// dateOf's tests of a time, at module level: a closure named inside it would be made again for every figure.

/** "up 5.2 points from the last election in 2017": the time of what is compared with dates only figures after the comparison's word. */
function isCompared(sentence: AnalyzedSentence, figure: Figure, t: DatedTime): boolean {
  // From the expression itself: "the highest since 2001" compares, whatever word opens its span.
  const at = comparisonStart(sentence.text, timexSpan(t).start - sentence.start);
  return at >= 0 && !(figure.start - sentence.start >= at && figure.end <= t.start);
}

/** Two figures that go together ("8,000 to 12,000", "4,000 Marines and 650 Afghan troops", "including 60,000"). */
function goTogether(sentence: AnalyzedSentence, a: Figure, b: Figure): boolean {
  const gap = span(sentence, a.end, b.start);
  // "killed at least three people and wounded 27 on Tuesday night": two verbs of one event.
  return /^[\s,]*(?:and|or|to|-|–|as well as)?\s*$|^\s+of\s+[^,;]{0,20}$|^\s+and\s+[a-z]+(?:ed|ing)\s+$/i.test(gap) || CONVERSION.test(gap) || PART_OF_BEFORE.test(span(sentence, sentence.start, b.start));
}

/** Another figure stands between the figure and the time: the time is that figure's, unless the two go together. */
function isSeparated(sentence: AnalyzedSentence, figure: Figure, figures: Figure[], t: DatedTime): boolean {
  return figures.some((g) => g !== figure && !(figure.end <= g.start ? goTogether(sentence, figure, g) : goTogether(sentence, g, figure)) && ((figure.end <= g.start && g.end <= t.start) || (t.end <= g.start && g.end <= figure.start)));
}

/** "up from about 34,000 troops when Obama took office": the time after a baseline is the baseline's. */
function isBaselineTime(sentence: AnalyzedSentence, figure: Figure, figures: Figure[], t: DatedTime): boolean {
  return figures.some((g) => g !== figure && g.end <= t.start && BASELINE.test(span(sentence, sentence.start, g.start)));
}

function isAhead(t: DatedTime, published: string): boolean {
  const now = published.slice(0, t.date.length);
  return t.date > now || (t.relation === "after" && t.date >= now);
}

const distanceTo = (figure: Figure, t: DatedTime) => (t.start >= figure.end ? t.start - figure.end : figure.start - t.end);

/** Times sorted by a list of ranks, the first that differs deciding. */
function byRank(rank: (t: DatedTime) => number[]): (a: DatedTime, b: DatedTime) => number {
  return (a, b) => compareRanks(rank(a), rank(b));
}

/**
 * "The festival, first held in 1979, receives about a fifth of its budget": an aside about the
 * subject dates the aside, not what the predicate after it says ("4,812 adults, recruited in
 * 2015," is about the figure's own noun).
 */
function isAsideBefore(sentence: AnalyzedSentence, figure: Figure, t: DatedTime): boolean {
  const aside = asideAround(sentence.text, t.start - sentence.start, t.end - sentence.start);
  return aside !== null && figure.start - sentence.start > aside.to;
}

/** "have handed in their weapons at three camps since the programme began on May 6": the start of a tally after the figure. */
function isTallyStart(sentence: AnalyzedSentence, figure: Figure, t: DatedTime): boolean {
  return t.start > figure.end && SINCE_CLAUSE.test(span(sentence, figure.end, t.start));
}

/** "…two more than Harwell Rovers, who drew on Friday night": another subject's time. */
function inRelativeClause(s: AnalyzedSentence, t: DatedTime): boolean {
  return relativePronoun(s.text, clauseBounds(s.text, t.start - s.start, t.end - s.start).from) !== null;
}

/** "…brought 38 armoured vehicles, and more are due this spring": a time of a clause that looks ahead. */
function looksAhead(sentence: AnalyzedSentence, t: DatedTime): boolean {
  return isFutureClause(clauseAround(sentence.text, t.start - sentence.start, t.end - sentence.start));
}

/**
 * Whether a time of an earlier sentence dates a figure with no time of its own: not one a
 * comparison reaches back to ("up from the last election in 2017"), nor one of a relative clause
 * ("Qinmao, which listed in 2019, …"), nor, for a past figure, one still to come ("The plant, due
 * to open in 2024, …"), nor the start of a tally ("the fourth such motion since he took office late last year").
 */
function datesThis(s: AnalyzedSentence, t: DatedTime, tense: "past" | "present", published: string): boolean {
  return comparisonStart(s.text, timexSpan(t).start - s.start) < 0 && !inRelativeClause(s, t) && !(tense === "past" && (isAhead(t, published) || t.timex === "PRESENT_REF")) && t.relation !== "since" && !SINCE_CLAUSE.test(s.text.slice(0, t.start - s.start));
}

/**
 * When a figure holds, after DESIGN.md: the time attached to it; a part inherits its whole's
 * date; a forecast takes its target; the present tense takes the publication date; a past
 * figure with no time of its own takes the time of the sentence before.
 */
function dateOf(
  figure: Figure,
  index: number,
  figures: Figure[],
  whens: (DatedTime | string | null)[],
  sentence: AnalyzedSentence,
  times: DatedTime[],
  context: QuantityContext,
): DatedTime | string | null {
  // A length of time holds at no date; a frequency ("run every 20 minutes") does.
  if (figure.unit && TIME_UNITS.test(figure.unit) && !/\b(?:every|each)\s+$/i.test(span(sentence, sentence.start, figure.start))) return null;
  const previous = figures[index - 1];
  // "85 billion naira (about $235 million)": a conversion holds when the amount it converts does;
  // "a budget of 72.9 billion shekels for 2018, up 4.5 percent": so does the change of a level.
  if (previous && followsAs(figure, span(sentence, previous.end, figure.start))) return whens[index - 1];
  // "two intelligence officials said Wednesday": those who tell the news are counted when they tell it.
  if (SPEAKERS_AFTER.test(span(sentence, figure.end, sentence.end)) && /(?:^|[,;:—(])\s*$/.test(span(sentence, sentence.start, figure.start))) return times.find((t) => t.start >= figure.end && isAttributionIn(sentence, t)) ?? context.published;
  // "a 2010 budget of 94.3 billion afghanis", "Saturday's toll of 312": the time of what the figure is of.
  const ofNoun = times.find((t) => t.end <= figure.start && (/\d{4}$/.test(span(sentence, t.start, t.end)) || /^['’]s/.test(span(sentence, t.end, figure.start))) && NOUN_OF.test(span(sentence, t.end, figure.start)));
  if (ofNoun) return ofNoun;
  // "412 billion afghanis ($7.2 billion) for fiscal 2015": a parenthesis does not come between;
  // "fell 6.5 percent from a year earlier": the year compared with is not the fall's.
  const adjacent = times.find((t) => t.start >= figure.end && ADJACENT_TIME.test(span(sentence, figure.end, t.start).replace(PARENTHESIS, "")) && !isCompared(sentence, figure, t));
  if (adjacent) return adjacent;
  const isPart = PART_OF_BEFORE.test(span(sentence, sentence.start, figure.start)) || PART_OF_WITHIN.test(span(sentence, figure.start, Math.min(sentence.end, figure.end + 9)));
  // "including 60,000 Americans": the whole's date, and its period.
  if (isPart && index > 0 && whens[index - 1] !== null) return whens[index - 1];

  // "376 militants and 19 soldiers have been killed": two figures joined by "and" share a clause.
  const partner = figures[index + 1];
  const spanEnd = partner && /^\s+(?:and|or)\s+$/.test(span(sentence, figure.end, partner.start)) ? partner.end : figure.end;
  const bounds = clauseBounds(sentence.text, figure.start - sentence.start, spanEnd - sentence.start);
  // "Varela, who has scored 14 goals in 58 games for Alvor, signed a contract until June 2029":
  // a relative clause ends at its closing comma, and the main clause goes on after it ("Its
  // shares, which have gained 18% this year, closed 2.4% higher").
  const relativeClause = relativePronoun(sentence.text, bounds.from) !== null;
  const closing = relativeClause ? nextComma(sentence.text, bounds.from) : -1;
  const after = closing >= 0 && closing < figure.start - sentence.start;
  const from = after ? closing + 1 : bounds.from;
  const end = relativeClause && !after ? nextComma(sentence.text, spanEnd - sentence.start) : -1;
  const to = end >= 0 ? Math.min(bounds.to, end) : bounds.to;
  const clause = sentence.text.slice(from, to);
  // "from 130,000 ... to 87,200 on Aug. 1": the time after the second figure is not the first's.
  const rangeEnd = /\bfrom\s+$/i.test(span(sentence, sentence.start, figure.start))
    ? figures.slice(index + 1).find((f) => /\bto\s+$/i.test(span(sentence, sentence.start, f.start)))
    : undefined;
  // "up from about 34,000 troops when Obama took office": a baseline takes the time after it.
  const baseline = BASELINE.test(span(sentence, sentence.start, figure.start));
  const forecast = isFutureClause(clause) && !baseline;
  // "will send another $610 million, an official said on Thursday, bringing aid since Feb. 24 to
  // $14.6bn", "still hold at least 40 people, some of them since 1998": what a participle brings
  // about, or a part of the figure, has its own time, which dates nothing before it.
  const trailing = TRAILING_CLAUSE.exec(span(sentence, figure.end, sentence.end));
  const inClause = times.filter((t) => t.start - sentence.start >= from && t.end - sentence.start <= to && !(rangeEnd && t.start >= rangeEnd.end) && !isCompared(sentence, figure, t) && !isAsideBefore(sentence, figure, t) && !(trailing !== null && t.start >= figure.end + trailing.index));

  // The start of a tally after the figure is its own, whatever figure comes between.
  const own = inClause
    .filter((t) => !isAttributionIn(sentence, t) && (!isSeparated(sentence, figure, figures, t) || isTallyStart(sentence, figure, t)))
    .sort(byRank((t) => [baseline && t.start < figure.start ? 1 : 0, forecast && !isAhead(t, context.published) ? 1 : 0, distanceTo(figure, t)]))[0];
  const start = own && !forecast ? rangeStart(own, times, sentence) : undefined;
  if (start) return start;
  if (own) return own;
  // "the rifles collected so far": up to now.
  if (SO_FAR.test(clause)) return context.published;
  // "said his forces were 40-50 km from the town": reported speech puts a state back a tense.
  const backshifted = REPORTED_STATE.test(wordsBefore(sentence.text, figure.start - sentence.start));
  const tense = backshifted ? "present" : figureTense(clause, figure.start - sentence.start - from, figure.end - sentence.start - from);
  // "killed 14 people and forced 30,000 from their homes on Saturday": an event's time beyond a
  // figure of the same event dates it better than when the event was reported.
  const event = tense === "past" && inClause.filter((t) => !isAttributionIn(sentence, t) && !isBaselineTime(sentence, figure, figures, t)).sort(byRank((t) => [distanceTo(figure, t)]))[0];
  if (event) return event;
  const said = inClause.find((t) => isAttributionIn(sentence, t));
  if (said) return said;
  // "would come from pensions" with no time of its own: the sentence's forecast target.
  // Not past another figure's own verb: "raises spending by about 6 percent and sets aside $120
  // million … by the end of next year" gives the deadline to the $120 million alone.
  const target = forecast && times.filter((t) => !isAttributionIn(sentence, t) && isAhead(t, context.published) && !isSeparated(sentence, figure, figures, t) && !(rangeEnd && t.start >= rangeEnd.end)).sort(byRank((t) => [distanceTo(figure, t)]))[0];
  if (target) return target;
  if (tense === "present") return context.published;
  // A past event whose time is given elsewhere in the sentence or just before it; not a time
  // still to come ("were damaged and 12 piers will stay closed until the end of April"), of a
  // relative clause, or of a clause that looks ahead.
  const elsewhere = times.filter((t) => !isAttributionIn(sentence, t) && !isCompared(sentence, figure, t) && !inRelativeClause(sentence, t) && !isAsideBefore(sentence, figure, t) && !(tense === "past" && (isAhead(t, context.published) || (!forecast && looksAhead(sentence, t))))).sort(byRank((t) => [distanceTo(figure, t)]))[0];
  if (elsewhere) return elsewhere;
  // "Its shares closed 2.4% higher": a market move told with no day is the trading day reported on.
  if (tense === "past" && MARKET_MOVE.test(span(sentence, sentence.start, figure.start))) return context.published;
  // Sentence ids count from 1 in body order: walk back through this paragraph, to the time of
  // an event rather than of a report ("In a report released on Wednesday, … in fiscal 2014").
  for (let i = sentence.id - 2; i >= 0 && context.sentences[i].paragraph === sentence.paragraph; i--) {
    const s = context.sentences[i];
    const earlier = context.timesIn.get(s.id)?.filter((t) => datesThis(s, t, tense, context.published));
    if (earlier?.length) return earlier.find((t) => !isAttributionIn(s, t)) ?? earlier[0];
  }
  // Past figures with no time of their own are of the event the story leads with ("won 143 of
  // 350 seats in Sunday's election" … "The Union lost 41 seats").
  const lead = context.sentences[0];
  // Not inside a quotation, which speaks at the time it was said.
  const quoted = /["“][^"”]*$/.test(span(sentence, sentence.start, figure.start));
  const leadEvent = tense === "past" && !quoted && sentence !== lead ? context.timesIn.get(lead.id)?.find((t) => !isAttributionIn(lead, t) && datesThis(lead, t, tense, context.published) && !isAhead(t, context.published)) : undefined;
  return leadEvent ?? context.published;
}


/** The quarter, half, season or fiscal year a time names ("the third quarter" → 2022-Q3), else null. */
function periodTimex(time: DatedTime): string | null {
  return time.timex && PERIOD_TIMEX.test(time.timex) ? time.timex : null;
}

/** "From 2001 to 2014, Congress appropriated $104 billion": a tally over a period takes its start. */
function rangeStart(t: DatedTime, times: DatedTime[], sentence: AnalyzedSentence): string | undefined {
  const previous = times[times.indexOf(t) - 1];
  return t.relation === "until" && previous?.relation === "since" && /^\s*(?:to|and|[-–])\s*$/.test(span(sentence, previous.end, t.start)) ? previous.date : undefined;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
