/**
 * Direct quotations and who said them. A quotation is words between quotation marks with
 * a verb of saying in its sentence or the sentence before; scare quotes ("zero option") are not.
 */
import type { Entity, Mention, Quote, Time } from "../schemas.js";
import type { AnalyzedSentence } from "./sentences.js";
import { firstEndingAfter } from "../tables/anchors.js";

const SAYING = String.raw`(?:said|says|say|added|adds|told|tells|asked|stated|declared|wrote|writes|noted|explained|insisted|warned|argued|acknowledged|according to)`;
const SPEAKER_AFTER = new RegExp(String.raw`^[\s,]*(?:${SAYING}\s+(?<after>[^,;"“”]+)|(?<before>[^,;"“”]+?)\s+${SAYING}\b)`, "i");
const SAYING_IN = new RegExp(String.raw`\b${SAYING}\b`, "gi");
const MIN_WORDS = 4;

interface QuoteContext {
  sentences: AnalyzedSentence[];
  times: Time[];
  entities: Entity[];
  mentions: Mention[];
}

export function extractQuotes(body: string, context: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  for (const m of body.matchAll(/[“"]([^“”"\n]+)[”"]/g)) {
    const start = m.index! + 1;
    const text = m[1].replace(/[\s,]+$/, "");
    if (text.split(/\s+/).length < MIN_WORDS) continue;
    const sentence = context.sentences[firstEndingAfter(context.sentences, m.index!)];
    const speaker = speakerOf(body, m.index!, m.index! + m[0].length, sentence, context);
    if (speaker === undefined) continue;
    quotes.push({ id: quotes.length + 1, speaker, text, sentence: sentence.id, start, end: start + text.length });
  }
  return quotes;
}

/** The speaker as the article names it; null if quoted but unattributed; undefined if not a quotation. */
function speakerOf(body: string, open: number, close: number, sentence: AnalyzedSentence, context: QuoteContext): string | null | undefined {
  const after = SPEAKER_AFTER.exec(body.slice(close, sentence.end));
  const named = after?.groups?.after ?? after?.groups?.before;
  if (named) return resolveSpeaker(named, open, context);
  const before = attributionIn(body.slice(sentence.start, open), sentence.start, context);
  if (before) return resolveSpeaker(before.text, before.at, context);
  // "..., the official added. "At no point ...": the speaker of the sentence before.
  // Sentence ids count from 1 in body order, so the one before is at index id - 2.
  const previous = context.sentences[sentence.id - 2];
  if (previous?.paragraph === sentence.paragraph && sentence.start === open) {
    const earlier = attributionIn(previous.text, previous.start, context) ?? tailAttribution(previous);
    if (earlier) return resolveSpeaker(earlier.text, earlier.at, context);
  }
  return undefined;
}

/** "X said the situation ..." → X: the words before the last verb of saying, back to the clause start. */
function attributionIn(text: string, offset: number, context: QuoteContext): { text: string; at: number } | null {
  const verbs = [...text.matchAll(SAYING_IN)];
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const clauseStart = Math.max(text.lastIndexOf(",", verb.index!) + 1, text.lastIndexOf(";", verb.index!) + 1, 0);
  let subject = text.slice(clauseStart, verb.index!).trim();
  const times = context.times.filter((t) => t.start >= offset + clauseStart && t.end <= offset + verb.index!);
  for (const t of times) subject = subject.replace(t.text, "").trim();
  if (!subject) {
    const following = /^\s+([^,.;]+)/.exec(text.slice(verb.index! + verb[0].length));
    return following ? { text: following[1], at: offset + verb.index! } : null;
  }
  return { text: subject, at: offset + clauseStart };
}

/** "..., the official added." at the end of a sentence. */
function tailAttribution(sentence: AnalyzedSentence): { text: string; at: number } | null {
  const m = new RegExp(String.raw`,\s*([^,]+?)\s+${SAYING}\.?$`, "i").exec(sentence.text);
  return m ? { text: m[1], at: sentence.start + m.index! } : null;
}

/** A pronoun or surname becomes the person's full name; anything else stays as written. */
function resolveSpeaker(words: string, at: number, context: QuoteContext): string {
  const speaker = words.trim().replace(/^(?:and|but)\s+/i, "").replace(/(?<!\b[A-Z])[.!?]+$/, "");
  const people = context.entities.filter((e) => e.type === "person");
  if (/^(he|she)$/i.test(speaker)) {
    const last = context.mentions.filter((m) => m.start < at && people.some((p) => p.id === m.entity)).pop();
    return last ? people.find((p) => p.id === last.entity)!.name : speaker;
  }
  const named = people.find((p) => speaker === p.name || speaker.endsWith(` ${p.name.split(" ").pop()}`) || speaker === p.name.split(" ").pop());
  return named ? named.name : speaker;
}
