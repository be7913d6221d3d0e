/** When a story was told, as against when what it tells happened. */
import type { DatedTime } from "../schemas.js";
import { datelineOf } from "./dateline.js";
import { wordsBefore } from "./matches.js";
import type { AnalyzedSentence } from "./sentences.js";

// "said on Tuesday", "told the Senate on Tuesday", "said in a statement on Tuesday".
const ATTRIBUTION_BEFORE = /\b(?:said|says|told|announced|added|reported|stated|released|published|issued)\s+(?:[A-Za-z]+\s+){0,3}?(?:on\s+)?$/i;
const ATTRIBUTION_AFTER = /^\s*(?:said|says|told|announced)\b/i;


/** "said on Wednesday", "Wednesday, officials said", a dateline's date: when the news was told, not when it happened. */
export function isAttributionIn(sentence: AnalyzedSentence, t: Pick<DatedTime, "start" | "end">): boolean {
  const [start, end] = [t.start - sentence.start, t.end - sentence.start];
  // The verb and its three words fit in the last 80 characters.
  const before = wordsBefore(sentence.text, start, 80);
  const after = sentence.text.slice(end);
  // "NEW DELHI, Feb 29 (Reuters) -": a dateline's date is the report's.
  const dateline = sentence.start === 0 ? datelineOf(sentence.text) : null;
  return ATTRIBUTION_BEFORE.test(before) || ATTRIBUTION_AFTER.test(after) || (dateline !== null && end <= dateline.agencyAt);
}
