/** Article body → sentences with character offsets and tokens. */
import type { Sentence } from "./schemas.js";
import { tokenizeParagraph, type Token } from "./nlp.js";

export interface AnalyzedSentence extends Sentence {
  /** Tokens with offsets into article.body. */
  tokens: Token[];
}

/** Abbreviations that never end a sentence, whatever follows them. */
const NEVER_FINAL = new Set(
  ("mr mrs ms dr gen lt col maj capt sgt cpl pvt adm cmdr sen rep gov pres amb st no vs rev " +
    "jan feb aug sept sep oct nov dec")
    .split(" ")
    .map((a) => `${a}.`),
);

export function splitSentences(body: string): AnalyzedSentence[] {
  const result: AnalyzedSentence[] = [];
  let paragraphStart = 0;
  body.split("\n\n").forEach((paragraph, p) => {
    const groups = mergeAbbreviations(tokenizeParagraph(paragraph));
    for (const group of groups) {
      const tokens = group.map((t) => ({ ...t, start: t.start + paragraphStart, end: t.end + paragraphStart }));
      const start = tokens[0].start;
      const end = tokens[tokens.length - 1].end;
      result.push({ id: result.length + 1, paragraph: p + 1, start, end, text: body.slice(start, end), tokens });
    }
    paragraphStart += paragraph.length + 2;
  });
  return result;
}

function mergeAbbreviations(sentences: Token[][]): Token[][] {
  const merged: Token[][] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    if (previous && endsWithTitle(previous)) previous.push(...sentence);
    else merged.push([...sentence]);
  }
  return merged;
}

function endsWithTitle(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1].text.toLowerCase();
  const beforeDot = tokens.length > 1 && last === "." ? `${tokens[tokens.length - 2].text.toLowerCase()}.` : last;
  return NEVER_FINAL.has(beforeDot);
}

/** The sentence table: sentences without their tokens. */
export function sentenceRows(sentences: AnalyzedSentence[]): Sentence[] {
  return sentences.map(({ id, paragraph, start, end, text }) => ({ id, paragraph, start, end, text }));
}
