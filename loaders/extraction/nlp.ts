/** The one wink-nlp instance every step shares: tokens with parts of speech and offsets. */
import winkNLP, { type ItemSentence, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export interface Token {
  text: string;
  /** Universal part-of-speech tag (NOUN, PROPN, NUM, VERB, ADP, ...). */
  pos: string;
  /** UTF-16 offsets into the text that was analysed. */
  start: number;
  end: number;
}

/** Splits a paragraph into sentences of tokens, offsets relative to the paragraph. */
export function tokenizeParagraph(paragraph: string): Token[][] {
  const doc = nlp.readDoc(paragraph);
  const sentences: Token[][] = [];
  let offset = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const tokens: Token[] = [];
    sentence.tokens().each((token: ItemToken) => {
      const text = token.out(its.value) as string;
      const start = offset + (token.out(its.precedingSpaces) as string).length;
      tokens.push({ text, pos: token.out(its.pos) as string, start, end: start + text.length });
      offset = start + text.length;
    });
    if (tokens.length) sentences.push(tokens);
  });
  return sentences;
}
