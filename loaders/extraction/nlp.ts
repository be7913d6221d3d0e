/** The one wink-nlp instance every step shares: tokens with parts of speech and offsets. */
import winkNLP, { type ItemSentence } from "wink-nlp";
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
    // A sentence's tokens read in three arrays, not item by item: wink makes an object per item.
    const words = sentence.tokens();
    const [texts, spaces, tags] = [words.out(its.value), words.out(its.precedingSpaces), words.out(its.pos)] as string[][];
    const tokens: Token[] = [];
    for (let i = 0; i < texts.length; i++) {
      const start = offset + spaces[i].length;
      tokens.push({ text: texts[i], pos: tags[i], start, end: start + texts[i].length });
      offset = start + texts[i].length;
    }
    if (tokens.length) sentences.push(tokens);
  });
  return sentences;
}
