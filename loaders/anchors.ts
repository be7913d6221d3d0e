/** Finding what extraction saw inside an annotation's quote, and the sentence around an offset. */
import type { AnalyzedSentence } from "./sentences.js";

export interface Span {
  start: number;
  end: number;
}

export function within<T extends Span>(rows: T[], anchor: Span): T[] {
  return rows.filter((r) => r.start >= anchor.start && r.end <= anchor.end);
}

export function sentenceAt(sentences: AnalyzedSentence[], offset: number): AnalyzedSentence {
  return sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences[sentences.length - 1];
}

/** "2013-08-01, 2011-10" — for messages that say what extraction found. */
export function listOf(values: (string | number | null)[]): string {
  return values.length ? values.map((v) => String(v)).join(", ") : "nothing";
}

