import { corpusIndex } from "../components/corpus.js";
import { extractAll, write } from "./source.js";

await write(() => {
  const { extracts, failed } = extractAll();
  return `${JSON.stringify({ ...corpusIndex(extracts), failed })}\n`;
}, { json: true });
