import { corpusIndex } from "../components/corpus.js";
import { extractSlug, slugs } from "./source.js";

process.stdout.write(`${JSON.stringify(corpusIndex(slugs().map(extractSlug)))}\n`);
