/**
 * Which way does a sentence look from a span: back (past) or ahead (future)?
 * Used to resolve bare weekdays and months, and to pick a forecast's target date.
 */
import { NUMBER_WORD } from "./numbers.js";
import { matchesOf } from "./matches.js";

// "… were damaged and 12 piers will stay closed", "… and the road will remain closed": "and"
// before a new subject and its verb starts a clause. A dash between numbers ("aged 40–75") is a range.
const CLAUSE_BREAK = /[;:—]|(?<!\d\s?)–(?!\s?\d)|,\s(?:(?:in|of|for|to|from|with|by|under|at|on|during)\s+)?(?:which|whom)\b|,\s(?:and|but|while|although|though|whereas|who|whose|where)\b|\b(?:but|while|whereas)\s|,?\s(?=and\s+(?:said|says|added|he|she|they|it|we|has|have|will)\b)|\s(?=and\s+(?:the|a|an|its|their|\d[\d,.]*)\s+\w+(?:\s\w+)?\s(?:will|would|could|may|might|must|are|were|is|was|have|has|had)\b)/g;
/** Past verbs of deciding what is still to come: "agreed to convene", "voted to extend". */
const DECIDED = "agreed|decided|voted|pledged|promised|vowed|committed|threatened|offered|aimed|hoped|intended";
const DECIDED_WORD = new RegExp(`^(?:${DECIDED})$`, "i");
const FUTURE = new RegExp(
  String.raw`\b(?:will|won't|shall|'ll|is to|are to|was to|were to|would|may|might|is due|are due|scheduled|slated|set to|(?<!than\s)expected to|expects?|forecasts?|predicts?|plans? to|planned|planning|intends? to|aims? to|hopes? to|going to|upcoming|coming|next(?!\s+to\b)|targets? (?:of|for)|deadline (?:of|for)|eyeing|can wait|wants? to|(?:${DECIDED})\s+to)\b`,
  "i",
);

const FUTURE_WORD = /^(?:will|won't|shall|'ll|would|may|might|due|scheduled|slated|expected|plans?|planned|next|coming|upcoming)$/i;
const PAST_WORD = new RegExp(
  "^(?:" +
    "was|were|had|did|said|told|ago|arose|awoke|became|began|bent|bit|blew|broke|brought|built|bought|caught|chose|came|crept|dealt|dug|drew|drank|drove|ate|" +
    "fell|fed|felt|fought|found|fled|flew|forbade|forgot|forgave|froze|got|gave|went|grew|hung|heard|hid|held|kept|knew|laid|led|left|lent|lay|lit|" +
    "lost|made|meant|met|paid|ran|rang|rose|saw|sought|sold|sent|shook|shot|sang|sank|sat|slept|slid|spoke|spent|spun|sprang|stood|stole|stuck|struck|" +
    "swore|swept|swung|took|taught|tore|thought|threw|understood|woke|wore|won|wept|withdrew|wrote|overthrew|overtook|undertook|underwent|upheld|withheld|retook" +
    ")$",
  "i",
);
const NOT_PAST = /^(?:need|indeed|proceed|succeed|exceed|speed|hundred|embed|shred|seed|feed|bleed|breed|creed|deed|greed|red|bed|wed|shed|aged|alleged|un(?:specified|disclosed|identified|named|confirmed|expected|precedented|explained|announced|scheduled|resolved))$/;
/** Past forms that are never participles. */
const FINITE_PAST = /^(?:was|were|had|did|ago|began|came|went|withdrew|ate|drank|drove|fell|flew|grew|knew|rang|rose|ran|sang|sank|saw|shook|spoke|stole|swore|took|threw|wore|woke|wrote)$/i;
/** Words after which an -ed form is a participle, not the simple past: "have died", "will be released". */
const AUXILIARY = /^(?:has|have|having|is|are|am|be|been|being|will|would|to|may|might|must|should|could|can)$/i;

/** Words after which an -ed form names people or things: "the displaced", "its wounded". */
const DETERMINER = /^(?:the|a|an|these|those|its|their|his|her|our|your|my)$/i;

/** Is `word` a past verb, given the word before it (if known)? */
function isPastWord(word: string, previous?: string): boolean {
  if (previous !== undefined && DETERMINER.test(previous) && !PAST_WORD.test(word)) return false;
  return PAST_WORD.test(word) || (/^[a-z]{2,}ed$/.test(word) && !NOT_PAST.test(word));
}

/** "past" if the clause has a verb in the simple past ("killed", "were", "withdrew"), else "present". */
export function clauseTense(clause: string): "past" | "present" {
  const words = clause.split(/[^\w']+/).filter(Boolean);
  return words.some((w, i) => isPastWord(w, words[i - 1]) && (FINITE_PAST.test(w) || !AUXILIARY.test(words[i - 1] ?? "") && !AUXILIARY.test(words[i - 2] ?? "") || /^(?:was|were|had)$/i.test(words[i - 1] ?? "")))
    ? "past"
    : "present";
}

/** The clause of `sentence` that contains the span [start, end). */
export function clauseAround(sentence: string, start: number, end: number): string {
  const { from, to } = clauseBounds(sentence, start, end);
  return sentence.slice(from, to);
}

const PARENTHETICAL = /\([^()]*\)/g;
/** The last sentence's parentheses and its text with them blanked: clauseBounds is asked about one sentence many times in a row. */
let parenthesesCache = { sentence: "", groups: [] as [number, number][], outside: "" };
function parenthesesOf(sentence: string): { groups: [number, number][]; outside: string } {
  if (parenthesesCache.sentence !== sentence) {
    const groups = matchesOf(PARENTHETICAL, sentence).map((m): [number, number] => [m.index!, m.index! + m[0].length]);
    parenthesesCache = { sentence, groups, outside: groups.length ? sentence.replace(PARENTHETICAL, (group) => " ".repeat(group.length)) : sentence };
  }
  return parenthesesCache;
}

/** A parenthesis is a clause of its own, and the words around it one clause: "plans to spend 115 billion yen ($1.3 billion) … in April". */
export function clauseBounds(sentence: string, start: number, end: number): { from: number; to: number } {
  const { groups, outside } = parenthesesOf(sentence);
  for (const [open, close] of groups) if (open < start && end <= close) return { from: open + 1, to: close - 1 };
  let from = 0;
  let to = sentence.length;
  for (const match of matchesOf(CLAUSE_BREAK, outside)) {
    const at = match.index!;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/**
 * The parenthetical between commas that holds [start, end) and opens with a participle ("The
 * festival, first held in 1979, receives…", "The Tigers, owned by a consortium that paid … in
 * 2013, have won…"): its bounds in the sentence, or null. What it dates is not the main clause's.
 */
export function asideAround(sentence: string, start: number, end: number): { from: number; to: number } | null {
  const open = previousComma(sentence, start);
  const close = nextComma(sentence, end);
  if (open < 0 || close < 0) return null;
  const words = sentence.slice(open + 1, close).trim().split(/\s+/);
  const lead = words.findIndex((w) => !/^(?:first|once|originally|later|since|then|still|now|newly|recently|jointly|partly|wholly|largely)$/i.test(w));
  const participle = words[lead] ?? "";
  return (/^[a-z]{3,}(?:ed|en)$/.test(participle) && !NOT_PAST.test(participle)) || /^(?:built|held|founded|owned|run|set|born|made|known|led|sold|bought|hit|won|begun|shot|struck|taken|given)$/.test(participle)
    ? { from: open, to: close }
    : null;
}

/** The next comma from `from` that separates words, not the one grouping "102,000"'s digits; -1 if none. */
export function nextComma(sentence: string, from: number): number {
  const m = /,(?!\d)/g;
  m.lastIndex = from;
  return m.exec(sentence)?.index ?? -1;
}

/** The last comma before `before` that separates words; -1 if none. */
export function previousComma(sentence: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (sentence[i] === "," && !/\d/.test(sentence[i + 1] ?? "")) return i;
  return -1;
}

/** The pronoun opening the relative clause that starts at `from`, if it is one: "…Harwell Rovers, who drew on Friday". */
export function relativePronoun(sentence: string, from: number): "who" | "which" | "whose" | null {
  const word = /\b(who|which|whose)\s*$/i.exec(sentence.slice(0, from))?.[1] ?? /^\s*(who|which|whose)\b/i.exec(sentence.slice(from))?.[1];
  return (word?.toLowerCase() as "who" | "which" | "whose" | undefined) ?? null;
}

/** Words of expecting rather than deciding: "could fall 15 percent", "would be roughly 52 percent". */
const FORECAST = /\b(?:could|would|may|might|expects?|expected|forecasts?|predicts?|projected|projects?|likely)\b/i;

/** Whether a clause gives what someone expects; "will rise 2.5 percent on July 1" is decided, not forecast. */
export function isForecastClause(clause: string): boolean {
  return FORECAST.test(clause);
}

export function isFutureClause(clause: string): boolean {
  return FUTURE.test(clause);
}

/** A text's words, apostrophes kept ("didn't", "Thursday's"). */
const words = (text: string) => text.split(/[^\w']+/).filter(Boolean);

/**
 * The tense of the words just before a span ("said on Wednesday" → past, "will meet again
 * Saturday" → future), or of its clause when those words say nothing.
 */
export function tenseAround(sentence: string, start: number, end: number): "past" | "future" | undefined {
  const before = words(sentence.slice(0, start).split(PHRASE_BREAK).pop()!).slice(-6).reverse();
  // "By the end of March, Congress had…": an opening time reads the clause after its comma.
  const rest = sentence.slice(end).split(/[;:—)]|,(?!\d)/);
  // Opening its sentence or its clause: "…behind Harwell; by the end of February the gap had narrowed".
  const opening = !/\w/.test(sentence.slice(0, start).split(/[;:—(]/).pop()!.replace(/\b(?:by|in|on|at|since|until|before|after)\b/gi, ""));
  let following = rest[0].trim() || !opening ? rest[0] : (rest[1] ?? "");
  // "On May 6, Varro, 44, was arrested": an appositive of a few words is not yet the clause.
  for (let k = 2; following !== rest[0] && rest[k] !== undefined && words(following).length <= 3 && clauseTense(following) === "present" && !FUTURE.test(following); k++) following += `,${rest[k]}`;
  const after = words(following).slice(0, 2);
  // Back to the start of the clause ("said on Thursday that the runoff will..."), then two words ahead.
  // "up from 49.5 percent in the third quarter": the figure compared with is behind us.
  if (comparisonStart(sentence, start) >= 0) return "past";
  let again = false;
  for (const list of [before, after]) {
    for (const [i, word] of list.entries()) {
      // "on Saturday and were planning…": after a conjunction the words are another verb's.
      if (CLAUSE_WORD.test(word) || (list === after && /^(?:and|but|or)$/i.test(word))) break;
      // "Talks with the Green Left begin": a capital inside the sentence starts a name.
      if (/^[A-Z]/.test(word) && !sentence.trimStart().startsWith(word)) continue;
      again ||= /^again$/i.test(word);
      // "The permit had been due to lapse Friday": a plan told in the past was for a day now past.
      // "announced the plan Aug. 21": after a determiner, "plan" is a noun.
      if (FUTURE_WORD.test(word) && !(list === before && /^plans?$/i.test(word) && DETERMINER.test(list[i + 1] ?? ""))) return list === before && /^been$/i.test(list[i + 1] ?? "") && /^had$/i.test(list[i + 2] ?? "") ? "past" : "future";
      // "will be released on Tuesday", "will stay closed until April": a participle after an
      // auxiliary, or after a linking verb after one, says nothing yet.
      const participle = list === before && !FINITE_PAST.test(word) && (AUXILIARY.test(list[i + 1] ?? "") || (LINKING.test(list[i + 1] ?? "") && AUXILIARY.test(list[i + 2] ?? "")));
      // "agreed to convene again in October": a past decision about what is still to come.
      if (list === before && DECIDED_WORD.test(word) && /^to$/i.test(list[i - 1] ?? "")) return "future";
      if (isPastWord(word, list === before ? list[i + 1] : list[i - 1]) && !participle) return "past";
    }
  }
  // "plays again on Sunday": with no past verb, "again" is the next time; so is "as early as Tuesday".
  if (again || /\bas\s+(?:early|soon)\s+as\s+$/i.test(sentence.slice(0, start))) return "future";
  // "By Thursday the militants had reached Tikrit": an opening time takes its clause's tense, that
  // of its first verb ("On Tuesday, the league plans to show an advertisement made last week").
  // A plan told in the past ("planned to pay", "was to") leaves the tense to the verbs.
  const plan = opening ? FUTURE.exec(following) : null;
  if (plan && !/^\w+ed\b|^(?:was|were|would|might|may)\b/i.test(plan[0]) && clauseTense(following.slice(0, plan.index)) !== "past") return "future";
  if (opening && clauseTense(following) === "past") return "past";
  // "whose fourth season begins on Friday": a timetable in the present is still to come.
  // Not a noun after a number: "beat the Strikers by 46 runs on Sunday".
  const verb = before.findIndex((word) => !/^(?:on|at|in)$/i.test(word) && !/^[a-z]{3,}ly$/.test(word));
  if (SCHEDULE_VERB.test(before[verb] ?? "") && !/^\d[\d,.]*$/.test(before[verb + 1] ?? "")) return "future";
  // "Thursday's election": the clause's verbs belong to another subject.
  if (/^'s\b/.test(sentence.slice(end))) return undefined;
  // "switched the reporting of its results onto the calendar in December": the phrase's verb further back.
  // Not past a verb of its own nearer ("has promised 10 drones by March"), a new subject ("said
  // they expect"), a conjunction or an infinitive ("to open the market's first session of November").
  const further = before.some((word) => word.toLowerCase() !== "to" && (AUXILIARY.test(word) || PRESENT_WORD.test(word))) ? [] : words(sentence.slice(0, start).split(PHRASE_BREAK).pop()!).slice(-14, -6).reverse();
  for (const [i, word] of further.entries()) {
    if (FUTURE_WORD.test(word)) return "future";
    if (CLAUSE_WORD.test(word) || AUXILIARY.test(further[i + 1] ?? "") || NEW_CLAUSE_WORD.test(word)) break;
    if (isPastWord(word, further[i + 1])) return "past";
  }
  // "The mill's statement Friday of a record loss for the season surprised…": the clause's verb
  // after the time's noun phrase.
  const ahead = words(following).slice(2, 12);
  for (const [i, word] of ahead.entries()) {
    if (CLAUSE_WORD.test(word) || FUTURE_WORD.test(word) || /^(?:and|but|or|to)$/i.test(word)) break;
    // "new markets untouched by the crisis": a participle before "by" describes a noun.
    if (FINITE_PAST.test(word) || (isPastWord(word, ahead[i - 1]) && !AUXILIARY.test(ahead[i - 1] ?? "") && !/^by$/i.test(ahead[i + 1] ?? ""))) return "past";
  }
  return isFutureClause(clauseAround(sentence, start, end)) ? "future" : undefined;
}


const PRESENT_WORD = /^(?:is|are|am|has|have|remains?|stands?|says|numbers|includes|involves|employs?|accounts?|currently|now|holds|lies|sits|lives|covers|spans|stretches|extends|contains|houses|hosts|owns|controls|needs|totals|averages)$/i;

/** The tense of the verb nearest a figure in its clause: "France has about 3,600 troops" → present. */
export function figureTense(clause: string, start: number, end: number): "past" | "present" {
  const before = words(clause.slice(0, start)).reverse();
  // "…travel more than 1,800 miles, a spokeswoman said": what is reported keeps its own tense.
  const reported = clause.slice(end).replace(TRAILING_ATTRIBUTION, "");
  const after = words(reported);
  for (const list of [before, after]) {
    for (const [i, word] of list.entries()) {
      if (PRESENT_WORD.test(word)) return "present";
      // "is killed or maimed": the auxiliary before the first of two participles.
      const auxiliaryBefore = list === before ? (/^(?:or|and)$/i.test(list[i + 1] ?? "") ? list[i + 3] : list[i + 1]) : list[i - 1];
      if (FINITE_PAST.test(word) || (isPastWord(word, auxiliaryBefore) && !AUXILIARY.test(auxiliaryBefore ?? ""))) return "past";
    }
  }
  return clauseTense(clause.slice(0, end) + reported);
}
const TRAILING_ATTRIBUTION = /,\s[^,]{0,60}\b(?:said|says|told\s+\w+|added)\b[^,]{0,40}$/;

/** Punctuation between phrases; not the comma inside "23,000". */
const PHRASE_BREAK = /[;:—(]|,(?!\d)/;
const SCHEDULE_VERB = /^(?:begins?|starts?|opens?|reopens?|resumes?|ends?|closes?|expires?|convenes?|arrives?|departs?|kicks?|runs?|meets?|visits?|faces?|hosts?|travels?|effect)$/i;

/**
 * Where the comparison starts when the time at `start` is the point a figure is compared with,
 * not when something happened ("up 5.2 points from the last election in 2017", "the highest since
 * 2001", "more than in 2019"); -1 otherwise. A figure after that point ("lower than the 70 percent
 * recorded in 2004") is the one the time dates.
 */
const COMPARISON = new RegExp(
  String.raw`\b(?:up|down|higher|lower|rose|fell|increased|decreased|gained|lost)\b.*?\b(from)\s(?:\S+\s){0,6}$|` +
    String.raw`\b(compared\s(?:with|to)|than(?!\s+(?:[$£€]?\d|(?:a|an|${NUMBER_WORD}|half|dozens|hundreds|thousands|millions)\b)))\s(?:\S+\s){0,6}$|` +
    String.raw`(?<!\bat\s)\b(?:highest|lowest|most|least|first|best|worst|biggest|largest|smallest|wettest|driest|hottest|coldest|warmest|deadliest|busiest|strongest|weakest|fastest|slowest|longest|shortest|heaviest|fewest|greatest|cheapest|steepest|sharpest)\b(?:\s+\S+){0,4}\s+(since)(?:\s+records\s+began(?:\s+in)?)?\s$`,
  "di",
);

export function comparisonStart(sentence: string, start: number): number {
  const before = sentence.slice(0, start);
  const phrase = before.split(PHRASE_BREAK).pop()!;
  const offset = before.length - phrase.length;
  // The "d" flag gives where each group matched: the comparison's own word. "More than 2,200",
  // "more than a third" and "at least 223 people" are bounds, not comparisons.
  const match = COMPARISON.exec(phrase);
  if (!match) return -1;
  const word = match.indices!.slice(1).find((range) => range !== undefined)!;
  return offset + word[0];
}
const CLAUSE_WORD = /^(?:that|which|who|when|where|if|because|while|whether)$/i;
const NEW_CLAUSE_WORD = /^(?:and|but|or|to|he|she|it|they|we|i|you|expects?|plans?|intends?|aims?|hopes?|wants?|seeks?|says)$/i;
const LINKING = /^(?:stay|remain|be|get|become|keep|seem|appear)$/i;
