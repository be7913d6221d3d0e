/**
 * Milestones: dated events, one per time expression that names an event, labelled from
 * its clause. Annotations give better labels and categories, and can keep only their own rows.
 */
import type { Milestone, DatedTime } from "../schemas.js";
import type { AnalyzedSentence } from "../extraction/sentences.js";
import type { AnnotationFile } from "../input/annotations.js";
import { InputError } from "../input/errors.js";
import { listOf, sentenceAt, within } from "./anchors.js";
import { clauseAround, clauseBounds, comparisonStart, relativePronoun } from "../extraction/tense.js";
import { nameEndingAt } from "../extraction/concepts.js";
import { isAttributionIn } from "../extraction/attribution.js";
import { compareDates } from "../../src/shared/dates.js";
import { capitalize } from "../../src/shared/format.js";

type Category = Milestone["category"];

/** "now", "currently", "this week": the present, not an event. */
function isPresent(time: DatedTime, published: string): boolean {
  return time.date === published && (/^(now|right now|currently|presently|at present|today)$/i.test(time.text) || time.relation === "around");
}

/**
 * Times that date no event of their own: "the most since 1994", "none of it before 2021", "up
 * from 49.5 percent in the third quarter" are points of comparison; "this year" is the present.
 */
function datesNoEvent(time: DatedTime, sentence: AnalyzedSentence): boolean {
  return time.relation === "since" || time.relation === "before" || /^this\s+(?:year|month|week|season)$/i.test(time.text) || comparisonStart(sentence.text, time.start - sentence.start) >= 0;
}

/** Words that make a date still to come a deadline: "has until Nov. 10 to form a coalition". */
const DEADLINE = /\b(?:deadline|target|no later than|ha(?:s|ve) until|must)\b/i;

/**
 * Kinds are the editor's to give (in the annotation file): read from keywords they would be one
 * article's scheme forced on every other. Extraction marks only a deadline the clause calls one,
 * after publication; "repairs to be finished by June 15" is an expectation, not a deadline.
 */
function categoryOf(time: DatedTime, clause: string, published: string): Category {
  return compareDates(time.date, published) > 0 && DEADLINE.test(clause) ? "deadline" : "other";
}

/** A clause that opens on its verb ("was still at 7.6 metres") says nothing of who: the sentence does. */
const VERB_FIRST = /^(?:was|were|is|are|has|have|had|will|would|said|says|added|fell|rose|drew|won|lost|[a-z]+ed)\b/;

/** Quotation marks left open by cutting a sentence are closed the way they were opened. */
function balanceQuotes(label: string): string {
  const opened = (label.match(/[“]/g) ?? []).length - (label.match(/[”]/g) ?? []).length;
  const straight = (label.match(/"/g) ?? []).length % 2;
  return label.replace(/…$/, "") + (opened > 0 ? "”" : "") + (straight ? '"' : "") + (label.endsWith("…") ? "…" : "");
}

/** A label that opens on a pronoun says nothing of who ("They fell 22 percent"). */
const PRONOUN_FIRST = /^(?:they|it|he|she|we|i|you|this|these|those|that|there|most|some|many|officials said)\b/i;
/** "…Harwell Rovers, who drew 0-0 on Friday": a relative clause, and the name it is about. */
const RELATIVE = /^(?:who|which)\s+/i;
/** Characters as the schema counts them: code points, so "𐀀" is one. */
const characters = (text: string) => [...text].length;
/** Longest label, in characters: a line of a timeline, not a paragraph. */
const MAX_LABEL = 90;
const COMPARISON_TIME = /^(?:from\s+)?(?:a|one)\s+year\s+(?:earlier|ago|before)$|^year-(?:ago|earlier)$/i;

/**
 * The clause around a time expression as a timeline label of 8 to 90 characters, cut at a word;
 * null when it would not say who did what: too short, opening on a pronoun, a quotation, or a
 * clause that opens on its verb in a sentence with other dates (then it belongs to another event).
 */
function labelOf(sentence: AnalyzedSentence, time: DatedTime, otherTimes: number): string | null {
  const [from, to] = [time.start - sentence.start, time.end - sentence.start];
  const whole = clauseAround(sentence.text, from, to);
  let clause = whole.replace(/^[\s,]*(?:(?:and|but|or|so|while|though|although|meanwhile|still|indeed)\b)?[\s,]*/i, "").replace(/[\s,.;:]+$/, "");
  // "Harwell Rovers, who drew 0-0 at Stenbury on Friday" → "Harwell Rovers drew 0-0 at Stenbury".
  const { from: clauseFrom } = clauseBounds(sentence.text, from, to);
  const pronoun = relativePronoun(sentence.text, clauseFrom);
  if (pronoun) {
    const comma = sentence.text.slice(0, clauseFrom).search(/,?\s*(?:who|which)\s*$/i);
    const name = pronoun === "whose" ? null : nameEndingAt(sentence, sentence.start + (comma >= 0 ? comma : clauseFrom));
    if (!name) return null;
    clause = `${name} ${clause.replace(RELATIVE, "").split(/,\s/)[0]}`;
  }
  // "Dorren, a 27-year-old who joined from FC Zwolde" → "Dorren joined from FC Zwolde".
  clause = clause.replace(/^((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+(?:a|an|the)\s+[^,]{1,40}?\s+(?:who|which)\s+/, "$1 ");
  // "…, said Corley would go again on Tuesday": what someone said would happen, in their words.
  if (/,\s+said\b/i.test(clause)) return null;
  const verbFirst = VERB_FIRST.test(clause);
  // "46 on Tuesday, 128 on Wednesday, 241 on Friday": readings for a series, not events.
  if ((verbFirst && otherTimes > 0) || otherTimes >= 2) return null;
  // "United travel to Harwell on May 6 and finish the season at home on May 21": each its own event.
  const conjuncts = clause.split(/\s+and\s+(?=[a-z]+\s)/);
  const mine = conjuncts.findIndex((part) => part.includes(time.text));
  if (otherTimes > 0 && conjuncts.length > 1 && mine > 0) clause = `${/^(?:[A-Z][\w'’.-]*\s+)+/.exec(conjuncts[0])?.[0] ?? ""}${conjuncts[mine]}`;
  else if (otherTimes > 0 && mine === 0) clause = conjuncts[0];
  const text = asEvent(withoutOwnDate(atComma(clause.length >= 8 && !verbFirst ? clause : sentence.text.replace(/[\s.]+$/, ""), time), time));
  if (characters(text) < 8 || PRONOUN_FIRST.test(text) || /^["“‘']/.test(text)) return null;
  const atWord = text.slice(0, MAX_LABEL - 1).replace(/[\s,;:]+\S*$/, "");
  const label = characters(text) <= MAX_LABEL + 10 ? text : `${characters(atWord) >= 8 ? atWord : text.slice(0, MAX_LABEL - 1)}…`;
  return balanceQuotes(capitalize(label));
}

/**
 * A deadline or a target as a timeline says it, not as the sentence reported it:
 * "Iborra, 49, has until Nov. 10 to form a coalition" → "Deadline for Iborra to form a coalition";
 * "Chief executive Hanne Solberg said it would add about 1,500 engineers by …" → "Target: add about 1,500 engineers by …".
 */
function asEvent(label: string): string {
  const deadline = /^((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:,\s+[^,]{1,30},)?\s+(?:has|have|had)\s+until\s+.+?\s+(to\s+[a-z].*)$/.exec(label);
  if (deadline) return `Deadline for ${deadline[1]} ${deadline[2]}`;
  const target = /^(?:[\w'’.-]+\s+){0,4}?[A-Z][\w'’.-]+\s+(?:said|says)\s+(?:that\s+)?(?:it|they|we)\s+would\s+([a-z].*)$/.exec(label);
  return target ? `Target: ${target[1]}` : label;
}

/**
 * A long label ends at the first comma after its date, where news puts who said so or what
 * followed ("…rose to 312 on Sunday, officials said, and …"), rather than mid-phrase at 90 characters.
 */
function atComma(label: string, time: DatedTime): string {
  if (characters(label) <= MAX_LABEL) return label;
  const at = label.indexOf(time.text);
  const comma = at < 0 ? -1 : label.indexOf(", ", at + time.text.length);
  return comma >= 8 && comma <= MAX_LABEL + 10 ? label.slice(0, comma) : label;
}

/**
 * The label without the date the timeline already shows, or the condition it hangs on:
 * "The new parliament will meet for the first time on Oct. 11" → "…for the first time";
 * "If they succeed, the new prime minister would be sworn in" → "The new prime minister…".
 */
function withoutOwnDate(label: string, time: DatedTime): string {
  const [leading, trailing] = ownDatePatterns(time.text);
  // Not "Saturday's storm", where the date is part of the event's name.
  let cut = label.replace(leading, "");
  // "will stay closed until the end of April", "to be finished by June 15": there the word says
  // how the event meets its date, and the date stays.
  if (!["until", "by", "before", "after", "since"].includes(time.relation)) cut = cut.replace(trailing, "");
  cut = cut.replace(/^(?:if|once|unless)\b[^,]{0,60},\s*/i, "");
  return characters(cut) >= 8 ? cut : label;
}

/** The patterns for a time's words opening or closing a label, compiled once per wording: a corpus repeats "Friday" and "last year". */
const OWN_DATE_PATTERNS = new Map<string, [RegExp, RegExp]>();
function ownDatePatterns(text: string): [RegExp, RegExp] {
  let patterns = OWN_DATE_PATTERNS.get(text);
  if (!patterns) {
    const own = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    patterns = [new RegExp(`^(?:(?:on|in|at|during)\\s+)?${own}(?![’']s\\b)[\\s,]*`, "i"), new RegExp(`(?:\\s+(?:on|in|at|during))?\\s+${own}(?=[\\s,.;:]*$|,\\s)`)];
    // A bound on the cache for an archive of many wordings.
    if (OWN_DATE_PATTERNS.size >= 5000) OWN_DATE_PATTERNS.clear();
    OWN_DATE_PATTERNS.set(text, patterns);
  }
  return patterns;
}

/** A time inside quotation marks: someone's words, not the story's dating of an event. */
function isQuoted(sentence: AnalyzedSentence, time: DatedTime): boolean {
  const before = sentence.text.slice(0, time.start - sentence.start);
  return (before.match(/["“”]/g) ?? []).length % 2 === 1;
}

/** Sorts "after 2014" after everything in 2014, and "2014" before "2014-04". */
function sortKey(time: DatedTime): string {
  return time.relation === "after" ? `${time.date}~` : time.date;
}

export function extractMilestones(times: DatedTime[], sentences: AnalyzedSentence[], annotations: AnnotationFile, published: string): Milestone[] {
  type Row = Omit<Milestone, "id"> & { start: number; order: string };
  const rows = new Map<DatedTime | string, Row>();
  const { file, annotations: notes, anchors } = annotations;
  if (notes.auto_milestones) {
    const labelled = new Set<string>();
    const timesPer = new Map<number, number>();
    // "21,400 at the end of September, up from 18,900 a year earlier, and … by the end of March":
    // a year back is a comparison, not another event of the sentence.
    for (const t of times) if (!COMPARISON_TIME.test(t.text)) timesPer.set(t.sentence, (timesPer.get(t.sentence) ?? 0) + 1);
    for (const time of times) {
      // A timeline of a story's days: a year alone is a period, not an event on it.
      // ("four years ago" keeps its month in the table, but TimeML and a reader know it as a year).
      if (isPresent(time, published) || time.precision === "year" || /^\d{4}$/.test(time.timex ?? "")) continue;
      const sentence = sentenceAt(sentences, time.start);
      if (datesNoEvent(time, sentence) || isAttributionIn(sentence, time) || isQuoted(sentence, time)) continue;
      const label = labelOf(sentence, time, (timesPer.get(sentence.id) ?? 1) - 1);
      if (!label) continue;
      const clause = clauseAround(sentence.text, time.start - sentence.start, time.end - sentence.start);
      // One event per clause: "between Aug. 10 and Aug. 13" is one rainfall, not two.
      if (labelled.has(`${sentence.id} ${label}`)) continue;
      labelled.add(`${sentence.id} ${label}`);
      // "by the end of February" is a month on a timeline: its last day is the table's reading, not
      // the article's. "Closed until the end of April" keeps its day: the state lasts up to it.
      const month = time.precision === "day" && time.relation !== "until" && /^\d{4}-\d{2}$/.test(time.timex ?? "") ? time.timex! : null;
      rows.set(time, {
        date: month ?? time.date, precision: month ? "month" : time.precision, label, category: categoryOf(time, clause, published),
        sentence: sentence.id, quote: time.text, start: time.start, order: sortKey(time),
      });
    }
  }
  notes.milestones.forEach((m, i) => {
    const anchor = anchors.milestones[i];
    const found = within(times, anchor);
    const time = m.date ? found.find((t) => t.date === m.date) : found[0];
    if (!time) {
      const field = m.date ? `${anchor.field}.date` : `${anchor.field}.quote`;
      const detail = m.date
        ? `${m.date} disagrees with the dates extraction found in the quote (${listOf(found.map((t) => t.date))})`
        : "holds no time expression, so the milestone has no date";
      throw new InputError(file, anchor.line, field, detail);
    }
    rows.set(time, {
      date: time.date, precision: time.precision, label: m.label, category: m.category,
      sentence: time.sentence, quote: m.quote, start: anchor.start, order: sortKey(time),
    });
  });
  return [...rows.values()]
    .sort((a, b) => compareDates(a.order, b.order) || a.start - b.start)
    .map(({ start: _, order: __, ...row }, i) => ({ id: i + 1, ...row }));
}
