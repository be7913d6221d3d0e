import { corpusIndex } from "../../publish/archive.js";
import { extractAll } from "../../publish/site.js";
import { write } from "./loader.js";

await write(() => {
  const { extracts, failed } = extractAll();
  return `${JSON.stringify({ ...corpusIndex(extracts), failed })}\n`;
}, { json: true });
