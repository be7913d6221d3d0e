/** Article body → sentences with character offsets and tokens. */
import type { Sentence } from "../schemas.js";
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

/**
 * The longest stretch of text analysed as one sentence. News sentences are far shorter; text
 * without sentence ends (a pasted table, a run of figures) is cut at token boundaries, so that
 * the steps that compare every figure of a sentence with every other stay linear in the article.
 */
export const MAX_SENTENCE_LENGTH = 2_000;

export function splitSentences(body: string): AnalyzedSentence[] {
  const result: AnalyzedSentence[] = [];
  let paragraphStart = 0;
  body.split("\n\n").forEach((paragraph, p) => {
    const groups = mergeAbbreviations(tokenizeInPieces(paragraph)).flatMap(splitAfterFigures).flatMap(cutOverlong);
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

/**
 * wink-nlp's tokenizer takes time quadratic in the length of a run without spaces ("----…",
 * "////…"), so longer runs reach it in pieces. No word of prose is this long.
 */
const MAX_RUN = 200;

function tokenizeInPieces(paragraph: string): Token[][] {
  const sentences: Token[][] = [];
  let from = 0;
  for (const cut of [...runCuts(paragraph), paragraph.length]) {
    const offset = from;
    for (const sentence of tokenizeParagraph(paragraph.slice(from, cut))) sentences.push(sentence.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset })));
    from = cut;
  }
  return sentences;
}

/** Where runs longer than MAX_RUN without an ASCII space, tab or line break are cut. */
function runCuts(paragraph: string): number[] {
  const cuts: number[] = [];
  let runStart = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) runStart = i + 1;
    else if (i - runStart === MAX_RUN) cuts.push((runStart = i));
  }
  return cuts;
}

function mergeAbbreviations(sentences: Token[][]): Token[][] {
  const merged: Token[][] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    // "window.__ran", "example.com": a sentence does not end where no space follows.
    const joined = previous && sentence[0].start === previous[previous.length - 1].end;
    // One push per token, not concat (quadratic over a run of "!!!!") nor push(...sentence) (a
    // sentence of a million tokens would overflow the call stack).
    if (previous && (endsWithTitle(previous) || joined)) for (const token of sentence) previous.push(token);
    else merged.push(sentence);
  }
  return merged;
}

/**
 * "…rose 4% to £113m. It will open…": the tokenizer reads "m." after a number as an initial and
 * runs on; a figure's suffix ("£113m.", "40p.", "40k.") before a capital ends the sentence.
 */
function splitAfterFigures(tokens: Token[]): Token[][] {
  const pieces: Token[][] = [[]];
  tokens.forEach((token, i) => {
    pieces[pieces.length - 1].push(token);
    const next = tokens[i + 1];
    if (next && /^[a-z]\.$/i.test(token.text) && /\d$/.test(tokens[i - 1]?.text ?? "") && tokens[i - 1].end === token.start && /^[A-Z]/.test(next.text)) pieces.push([]);
  });
  return pieces;
}

function cutOverlong(tokens: Token[]): Token[][] {
  if (tokens[tokens.length - 1].end - tokens[0].start <= MAX_SENTENCE_LENGTH) return [tokens];
  const pieces: Token[][] = [[]];
  // Tokens are short: runCuts keeps each within MAX_RUN characters.
  for (const token of tokens) {
    const piece = pieces[pieces.length - 1];
    if (piece.length && token.end - piece[0].start > MAX_SENTENCE_LENGTH) pieces.push([token]);
    else piece.push(token);
  }
  return pieces;
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
