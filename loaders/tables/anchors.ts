/** Finding what extraction saw inside an annotation's quote, and the sentence around an offset. */
import type { AnalyzedSentence } from "../extraction/sentences.js";

export interface Span {
  start: number;
  end: number;
}

export function within<T extends Span>(rows: T[], anchor: Span): T[] {
  return rows.filter((r) => r.start >= anchor.start && r.end <= anchor.end);
}

export function sentenceAt(sentences: AnalyzedSentence[], offset: number): AnalyzedSentence {
  const sentence = sentences[firstEndingAfter(sentences, offset)];
  return sentence && sentence.start <= offset ? sentence : sentences[sentences.length - 1];
}

/**
 * Index of the first sentence (in body order) that ends after `offset`: the sentence holding it,
 * or the next one. A binary search, since every row of a long article asks.
 */
export function firstEndingAfter(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** "2013-08-01, 2011-10" — for messages that say what extraction found. */
export function listOf(values: (string | number | null)[]): string {
  return values.length ? values.map((v) => String(v)).join(", ") : "nothing";
}

