/**
 * What a figure counts or measures, as a short noun phrase taken from its sentence: the counted
 * noun with what follows it ("people displaced by the floods", "British troops in Basra"), what
 * a share or amount is of ("40 percent of the vote" → "vote"), the noun it sizes ("a $4.5
 * billion budget" → "budget"), or the subject whose level it gives ("Brent crude rose 4
 * percent" → "Brent crude"). A chart title, legend or key-figure label says this about the number.
 */
import type { Token } from "./nlp.js";
import type { AnalyzedSentence } from "./sentences.js";
import { clauseBounds, relativePronoun } from "./tense.js";
import { ACTING_VERB, BY_CHANGE } from "./changes.js";
import { TIME_MEASURE } from "../../src/shared/dates.js";
import { CURRENCY_SIGN } from "./money.js";

const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|some|each|every|all)$/i;
const NOUNISH = new Set(["NOUN", "PROPN", "ADJ"]);
/** Prepositions that attach a place, an origin or a cause to the noun: "troops in Basra". */
const ATTACHING = /^(?:in|at|from|of|on|across|inside|outside|near|for|with|under|aboard|along|around)$/i;
const PARTICIPLE = /^[a-z]+(?:ed|en|ing)$/;
/** Longest concept, in words: a label, not a clause. */
const MAX_WORDS = 8;

const isNoun = (t: Token | undefined) => t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN");

/** A noun phrase from token `i`: determiners skipped, adjectives and nouns to the last noun. Returns [first, last] token indexes. */
function nounPhrase(tokens: Token[], i: number, until = tokens.length): [number, number] | null {
  while (i < tokens.length && (tokens[i].pos === "DET" || DETERMINER.test(tokens[i].text) || tokens[i].text === "'s")) i++;
  const first = i;
  let last = -1;
  for (; i < until && i - first < 6; i++) {
    const t = tokens[i];
    // "Saturday's 7.8 earthquake", "Kandahar's bazaars": a possessive joins two nouns.
    if (t.text === "'s" || t.text === "’s") continue;
    if (t.pos === "PUNCT" && t.text === "-") continue;
    // "the FTSE 100", "the iPhone 15 Pro": a model's number is part of its name.
    if (t.pos === "NUM" && tokens[i - 1]?.pos === "PROPN" && /^\d+$/.test(t.text) && i > first) {
      last = i;
      continue;
    }
    if (!NOUNISH.has(t.pos) && !(t.pos === "VERB" && PARTICIPLE.test(t.text) && isNoun(tokens[i + 1]))) break;
    if (isNoun(t)) last = i;
  }
  return last >= first ? [first, last] : null;
}

/** "of the country's 12 million registered voters": past a possessive and its figure, to what that counts. */
function pastPossessive(tokens: Token[], np: [number, number]): [number, number] {
  let i = np[1] + 1;
  if (!/^['’]s$/.test(tokens[i]?.text ?? "")) return np;
  i++;
  while (i < tokens.length && (tokens[i].pos === "NUM" || /^(?:million|billion|thousand|hundred)$/i.test(tokens[i].text))) i++;
  return i > np[1] + 2 ? (nounPhrase(tokens, i) ?? np) : np;
}

/** What people are, like a participle: "60 people are still missing". */
const STATE = /^(?:missing|homeless|unaccounted|dead|alive|trapped|stranded|unemployed|hospitali[sz]ed)$/;
/** Intransitive verbs of what happens to people in a disaster: "have died", "had fled". */
const BEFELL = /^(?:died|drowned|perished|fled|vanished|disappeared)$/;

/** "were displaced by the floods" after a counted noun: the participle and its phrase, as [first, last]. */
function passiveAfter(tokens: Token[], head: number): [number, number] | null {
  let i = head + 1;
  if (!/^(?:were|was|are|is|have|has|had|will|would|could|may|might)$/i.test(tokens[i]?.text ?? "")) return null;
  // "12 piers will stay closed": staying is being.
  while (/^(?:were|was|are|is|have|has|had|will|would|could|may|might|be|been|being|stay|stayed|remain|remained|still|already|now|reportedly)$/i.test(tokens[i]?.text ?? "")) i++;
  const t = tokens[i];
  // "76 people have died": what befell them, like a passive.
  const befell = t !== undefined && BEFELL.test(t.text);
  if (!t || !(befell || /^[a-z]+(?:ed|en)$/.test(t.text) || STATE.test(t.text)) || !(befell || tokens.slice(head + 1, i).some((w) => /^(?:be|been|being|were|was|are|is|stay|stayed|remain|remained)$/i.test(w.text)))) return null;
  const next = tokens[i + 1];
  if (next && (next.text === "by" || ATTACHING.test(next.text))) {
    const np = nounPhrase(tokens, i + 2);
    if (np) return [i, np[1]];
  }
  return [i, i];
}

/** After a head noun: one attached phrase ("in Basra", "displaced by the floods", "of the vote"). Returns the last token index. */
function postModifier(tokens: Token[], head: number): number {
  let i = head + 1;
  const t = tokens[i];
  if (!t) return head;
  // "people displaced by the floods", "workers employed in the mines"
  if (t.pos === "VERB" && /(?:ed|en)$/.test(t.text)) {
    const next = tokens[i + 1];
    if (next && ATTACHING.test(next.text) || next?.text === "by") {
      const np = nounPhrase(tokens, i + 2);
      // "children published on Wednesday": the participle told when, not what is counted.
      return np ? np[1] : head;
    }
    // "the four cities banned older diesel buses": a verb with its object is what they did.
    return next && (isNoun(next) || next.pos === "ADJ" || next.pos === "DET") ? head : i;
  }
  if (ATTACHING.test(t.text)) {
    const np = nounPhrase(tokens, i + 1);
    if (np && !/^(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(tokens[np[0]].text)) return np[1];
  }
  return head;
}

function words(sentence: AnalyzedSentence, tokens: Token[], first: number, last: number): string {
  const text = sentence.text.slice(tokens[first].start - sentence.start, tokens[last].end - sentence.start);
  const trimmed = text.replace(/^(?:a|an|the|its|their|his|her|this|that|these|those)\s+/i, "").replace(/[\s,.;:]+$/, "");
  const all = trimmed.split(/\s+/);
  // Articles are not counted: "average level of nitrogen dioxide outside the roadside schools" fits.
  if (all.filter((w) => !/^(?:a|an|the)$/i.test(w)).length <= MAX_WORDS) return trimmed;
  // Too long for a label: the head noun before its first attached phrase ("death toll", not
  // "death toll from a week of flooding in"), or its "of" phrase.
  const attached = all.findIndex((w, i) => i > 0 && ATTACHING.test(w));
  // "average level of nitrogen dioxide (outside the roadside schools)": what a level is of stays.
  const next = /^of$/i.test(all[attached] ?? "") ? all.findIndex((w, i) => i > attached + 1 && ATTACHING.test(w)) : -1;
  const cut = next > 0 && next <= MAX_WORDS ? next : attached;
  return all.slice(0, cut > 0 && cut <= MAX_WORDS ? cut : MAX_WORDS).join(" ");
}

const tokenAt = (tokens: Token[], offset: number) => tokens.findIndex((t) => t.start >= offset);

export interface ConceptInput {
  /** Offsets in the article body. */
  start: number;
  /** Where the figure ends: after its unit or counted noun. */
  end: number;
  /** Where the counted noun starts and ends, when the figure has one ("9,800 American troops"). */
  nounFrom?: number;
  nounTo?: number;
  measure: string;
}

/** The concept of a figure in its sentence, or null when the sentence names none. */
export function conceptOf(figure: ConceptInput, sentence: AnalyzedSentence, isTime: (start: number, end: number) => boolean = () => false): string | null {
  // "within 500 metres of a main road": a threshold that places something, not a level of the road.
  const textBefore = sentence.text.slice(0, figure.start - sentence.start);
  if (/\bwithin\s+$/i.test(textBefore)) return null;
  // "sentenced him to 22 years in prison", "jailed for six years": a length of time served.
  if (TIME_MEASURE.test(figure.measure) && (SENTENCED_TO.test(textBefore) || IN_PRISON.test(sentence.text.slice(figure.end - sentence.start)))) return "prison sentence";
  // "with turnout at 72 percent": the noun the figure is set at.
  const setAt = WITH_AT.exec(textBefore);
  if (setAt) return setAt[1];
  // "Seoul fined the captain 30 million won".
  if (/^[A-Z]{3}$/.test(figure.measure) && FINED.test(textBefore)) return "fine";
  // "a village about 25 miles west of Miranshah": how far the place is.
  const away = LENGTH.test(figure.measure) ? DISTANCE_FROM.exec(sentence.text.slice(figure.end - sentence.start)) : null;
  if (away) return `distance ${away[1]} ${away[2]}`;
  // A time expression is when the figure holds, never part of what it counts ("handsets in the second quarter").
  const tokens = sentence.tokens.map((t) => (isTime(t.start, t.end) ? { ...t, pos: "TIME" } : t));
  if (figure.nounFrom !== undefined) {
    let i = tokenAt(tokens, figure.nounFrom);
    // "1,400 of them", "more U.S. troops": not part of what is counted.
    while (i >= 0 && i < tokens.length && (/^(?:of|more|other|fewer)$/i.test(tokens[i].text) || tokens[i].pos === "DET")) i++;
    const head = tokens.findLastIndex((t) => t.end <= (figure.nounTo ?? figure.end));
    if (i < 0 || head < i) return null;
    const last = postModifier(tokens, head);
    // "183,000 people were displaced": what happened to the counted noun says what it counts.
    const passive = last === head ? passiveAfter(tokens, head) : null;
    return `${words(sentence, tokens, i, last)}${passive ? ` ${words(sentence, tokens, passive[0], passive[1])}` : ""}`;
  }
  // "1.6 billion hryvnias (about $100 million) in emergency aid": past a conversion in parentheses.
  const next = tokenAt(tokens, figure.end);
  const after = tokens[next]?.text === "(" ? tokens.findIndex((t, k) => k > next && t.text === ")") + 1 || -1 : next;
  // "40 percent of the vote", "$2bn of aid", "$2.1 million in bribes", "spend $235 million on
  // roads", "$120 million for flood defenses", "€12.5 million for Iker Alday": what money is for.
  const money = after >= 0 && after < tokens.length && /^[A-Z]{3}$/.test(figure.measure) ? MONEY_FOR.exec(tokens[after].text) : null;
  if (after >= 0 && after < tokens.length && (/^of$/i.test(tokens[after].text) || money)) {
    const np = nounPhrase(tokens, after + 1);
    // A place or a name is what money is for only after "for": "$5m in New York" is where.
    if (np && (!money || tokens[np[1]].pos === "NOUN" || /^for$/i.test(money[0]))) {
      const [first, last] = pastPossessive(tokens, np);
      return words(sentence, tokens, first, postModifier(tokens, last));
    }
  }
  // "a $4.5 billion budget", "a 5.8-inch screen"
  if (after >= 0 && (isNoun(tokens[after]) || tokens[after]?.pos === "ADJ")) {
    const np = nounPhrase(tokens, after);
    if (np) return words(sentence, tokens, np[0], np[1]);
  }
  // "a budget of $2.5bn", "a death toll of 312"
  const before = tokenAt(tokens, figure.start) - 1;
  if (before > 0 && /^of$/i.test(tokens[before].text) && isNoun(tokens[before - 1]) && !/^(?:increase|rise|fall|drop|decline|decrease|gain|loss|cut|jump|total|maximum|minimum|average|estimate|high|low)$/i.test(tokens[before - 1].text)) {
    let first = before - 1;
    while (first > 0 && NOUNISH.has(tokens[first - 1].pos)) first--;
    return words(sentence, tokens, first, before - 1);
  }
  const object = OBJECT_BY.exec(sentence.text.slice(0, figure.start - sentence.start));
  if (object) {
    const from = tokenAt(tokens, sentence.start + object.index! + object[0].indexOf(object[1]));
    const np = from >= 0 ? nounPhrase(tokens, from) : null;
    // "raises spending on schools by 6 percent": the object with its attached phrase.
    if (np) return words(sentence, tokens, np[0], postModifier(tokens, np[1]));
  }
  return subjectOf(figure, sentence, tokens);
}

const MONEY_FOR = /^(?:in|for|on|towards?)$/i;
const WITH_AT = /\bwith\s+(?:the\s+|its\s+|their\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:at|of)\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under)\s+)?$/i;
const FINED = /\bfined\s+(?:\S+\s+){0,6}$/i;
const LENGTH = /^(?:kilometre|metre|mile|nautical mile|foot|yard)$/;
const DISTANCE_FROM = /^(?:\s+\([^()]*\))?\s+((?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of)|from|away\s+from|outside)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+island)?)/u;
const SENTENCED_TO = /\b(?:sentenced|jailed|imprisoned)\b(?:\s+\S+){0,4}\s+(?:to|for)\s+(?:(?:up\s+to|at\s+least|nearly|almost|more\s+than)\s+)?$/i;
const IN_PRISON = /^\s+(?:in\s+(?:prison|jail)|behind\s+bars)\b/i;

/** Verbs whose subject is what the figure after them measures: "rose 4 percent", "was 61 percent", "closed at 348p". */
const LEVEL_VERB = /^[\s\S]*\b((?:is|are|was|were|be|been|cost|costs|priced|valued|worth|fetched|numbered|number|numbers|stood|stands|rose|risen|rises|rise|fell|fallen|falls|fall|climbed|climb|jumped|jump|dropped|drop|declined|decline|increased|increase|decreased|decrease|grew|grow|shrank|shrink|reached|hit|totall?ed|totals|topped|top|passed|exceeded|surpassed|closed|opened|ended|finished|gained|lost|slid|slipped|sank|surged|soared|tumbled|plunged|slumped|slumps|rallied|rallies|advanced|eased|eases|edged|dipped|dips|plummeted|rebounded|recovered|narrowed|narrows|widened|widens|expanded|contracted|averaged|average|peaked|remained|up|down))\s+(?:\S+\s+){0,3}?(?:(?:by|to|at|from)\s+)?$/di;
/** "cut Norvalian output by 1.5 million barrels": the object the change acts on. */
const OBJECT_BY = new RegExp(String.raw`\b(?:${ACTING_VERB})\s+((?:\S+\s+){1,4}?)${BY_CHANGE}(?:\S+\s+)?$`, "i");

/** The subject of the figure's clause: the noun phrase before its verb ("Brent crude rose 4 percent"). */
function subjectOf(figure: ConceptInput, sentence: AnalyzedSentence, tokens: Token[]): string | null {
  // The verb nearest the figure ("The average league gate was 28,900", not "average"), within
  // the few words before it that the pattern allows.
  const from = Math.max(0, figure.start - sentence.start - 120);
  const level = LEVEL_VERB.exec(sentence.text.slice(from, figure.start - sentence.start));
  if (!level) return null;
  const verbAt = sentence.start + from + level.indices![1][0];
  // "fell as Pakistan paid Rs 2.3 billion": another verb between means another subject.
  const between = tokens.filter((t) => t.start >= verbAt + level[1].length && t.end <= figure.start);
  if (between.some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  const span = subjectSpan(figure.start, sentence, tokens, verbAt);
  return span ? words(sentence, tokens, span[0], span[1]) : null;
}

/** Verbs whose named subject holds what the figure after them counts: "the Green Left won 38 seats". */
const HOLD_VERB = /\b(?:won|wins|took|takes|secured|secures|gained|gains|holds|held|kept|keeps|captured|finished\s+with|ended\s+with)\s+(?:(?:just|about|around|nearly|almost|only|some|more\s+than|at\s+least)\s+)?$/i;

/**
 * Who holds a figure, where its sentence names them as the subject of a verb of winning or
 * holding: "the centre-left Civic Alliance won 143 of 350 seats" → "Civic Alliance". Figures of
 * different holders are then different things ("Civic Alliance seats", "Green Left seats").
 */
export function holderOf(start: number, end: number, sentence: AnalyzedSentence): string | null {
  const before = sentence.text.slice(0, start - sentence.start);
  const verb = HOLD_VERB.exec(before);
  const after = HOLDER_AFTER.exec(sentence.text.slice(end - sentence.start));
  if (!verb && !after) return null;
  if (after) return after[1];
  const tokens = sentence.tokens;
  let at = tokenAt(tokens, sentence.start + verb!.index!);
  // "The Union lost 41 seats and finished with 102": the subject of the first verb.
  if (/^and$/i.test(tokens[at - 1]?.text ?? "")) at = tokens.findIndex((t, k) => k < at - 1 && t.pos === "VERB" && /^[a-z]/.test(t.text));
  return at > 0 ? nameBefore(tokens, at, sentence) : null;
}

/** "1.87 million for the National Union": a holder named after an elliptic figure. */
// Not a currency's code before an amount: "rose 5% to GBP 40m".
const HOLDER_AFTER = new RegExp(String.raw`^\s+(?:for|to)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?=[\s,.;]|$)(?!\s*(?:\d|${CURRENCY_SIGN}))`);
/** Nouns that end an organisation's name without a capital: "the Farmers' Voice party". */
const NAME_END = /^(?:party|bloc|coalition|alliance|group|club|team|side|company|firm|union|front|movement)$/i;

/** The capitalised name that ends right before `offset` in the sentence ("Harwell Rovers, who …"), or null. */
export function nameEndingAt(sentence: AnalyzedSentence, offset: number): string | null {
  const at = tokenAt(sentence.tokens, offset);
  return nameBefore(sentence.tokens, at < 0 ? sentence.tokens.length : at, sentence);
}

/** The capitalised name right before token `at`, as written ("Civic Alliance", "Farmers' Voice party"), or null. */
function nameBefore(tokens: Token[], at: number, sentence: AnalyzedSentence): string | null {
  let first = at;
  if (NAME_END.test(tokens[first - 1]?.text ?? "") && /^[A-Z]/.test(tokens[first - 2]?.text ?? "")) first--;
  while (first > 0 && (/^[A-Z]/.test(tokens[first - 1].text) || /^['’]s?$/.test(tokens[first - 1].text)) && !DETERMINER.test(tokens[first - 1].text)) first--;
  while (first < at && !/^[A-Z]/.test(tokens[first].text)) first++;
  // "It takes …", "They won …": a pronoun or a capitalised first word is no name.
  if (first >= at || at - first > 5 || !tokens.slice(first, at).some((t) => t.pos === "PROPN") || tokens.slice(first, at).some((t) => t.pos === "PRON")) return null;
  return sentence.text.slice(tokens[first].start - sentence.start, tokens[at - 1].end - sentence.start);
}

/** The subject noun of a bare figure's clause, for "British troops in Basra numbered 4,000". */
export function subjectNoun(sentence: AnalyzedSentence, offset: number, verbAt?: number): { head: string } | null {
  const span = subjectSpan(offset, sentence, sentence.tokens, verbAt);
  if (!span) return null;
  // The head is the last noun before the phrases attached to it ("troops" in "troops in Basra").
  let head = span[0];
  while (head < span[1] && !ATTACHING.test(sentence.tokens[head + 1].text)) head++;
  return { head: sentence.tokens[head].text };
}

/** The noun phrase right before ", which" or ", who" that opens a relative clause at `from`. */
function antecedentSpan(sentence: AnalyzedSentence, tokens: Token[], from: number): [number, number] | null {
  const comma = sentence.text.lastIndexOf(",", from);
  const last = tokens.findLastIndex((t) => t.end <= sentence.start + comma);
  if (last < 0 || !isNoun(tokens[last])) return null;
  let first = last;
  while (first > 0 && (NOUNISH.has(tokens[first - 1].pos) || tokens[first - 1].text === "'s" || tokens[first - 1].text === "’s")) first--;
  // "Its shares": a possessive determiner is not part of what is counted.
  return tokens[first].pos === "PRON" ? null : [first, last];
}

/** Token range of the noun phrase that is the subject of the clause around `offset`. */
function subjectSpan(offset: number, sentence: AnalyzedSentence, tokens: Token[], verbAt?: number): [number, number] | null {
  const { from } = clauseBounds(sentence.text, offset - sentence.start, offset - sentence.start);
  // "Its shares, which have gained 18% this year, closed 2.4% higher": inside the relative clause
  // and in the main clause after it, the subject is what the clause is about.
  if (relativePronoun(sentence.text, from) !== null) return antecedentSpan(sentence, tokens, from);
  const clauseStart = tokenAt(tokens, sentence.start + from);
  const figureToken = tokenAt(tokens, offset);
  if (clauseStart < 0 || figureToken <= clauseStart) return null;
  // The verb the caller found ("costs" is often tagged a noun), else the last one before the figure.
  const verb = verbAt !== undefined ? tokenAt(tokens, verbAt) : tokens.findLastIndex((t, k) => k >= clauseStart && k < figureToken && (t.pos === "VERB" || t.pos === "AUX"));
  if (verb <= clauseStart) return null;
  // The noun phrase right before the verb, with its attached phrases: "Norhaven said revenue rose"
  // → "revenue"; "Rents for shop fronts in central Kandahar have fallen" → all of it.
  let last = verb - 1;
  while (last > clauseStart && (tokens[last].pos === "AUX" || tokens[last].pos === "ADV" || tokens[last].pos === "PART")) last--;
  // "Net profit for 2012 fell": the time the subject is of is not the subject.
  while (last > clauseStart && tokens[last].pos === "TIME") last--;
  if (last < verb - 1 && tokens[last + 1].pos === "TIME" && ATTACHING.test(tokens[last].text) && last > clauseStart) last--;
  if (!isNoun(tokens[last]) && tokens[last].pos !== "NUM") return null;
  let first = last;
  while (first > clauseStart) {
    const t = tokens[first - 1];
    // "the death toll from a week of flooding in the valley": a gerund after "of" is a noun.
    const joins = NOUNISH.has(t.pos) || isGerundAfterOf(tokens, first - 1) || t.pos === "DET" || t.text === "'s" || t.text === "’s" || (t.pos === "NUM" && tokens[first - 2]?.pos === "PROPN") || (ATTACHING.test(t.text) && (isNoun(tokens[first - 2]) || isGerundAfterOf(tokens, first - 2)));
    if (!joins || /^(?:said|says|that)$/i.test(t.text)) break;
    first--;
  }
  while (first < last && (tokens[first].pos === "DET" || ATTACHING.test(tokens[first].text))) first++;
  if (tokens[first].pos === "PRON") return null;
  return [first, last];
}

const isGerundAfterOf = (tokens: Token[], k: number) => tokens[k]?.pos === "VERB" && /ing$/i.test(tokens[k].text) && /^(?:of|from)$/i.test(tokens[k - 1]?.text ?? "");
