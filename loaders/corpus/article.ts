/** One article of a corpus run: its formatted rows, or the one-line error that skips it. Runs in workers too. */
import { extname } from "node:path";
import { articleChunks, type ArticleChunks } from "./tables.js";
import { errorLine } from "../cli/errorLine.js";
import { extractFile } from "../extract.js";

export type ArticleOutcome = { file: string; chunks: ArticleChunks } | { file: string; error: string };

/** `published` dates the .txt files only: a Markdown article carries its own date. */
export function extractArticleOutcome(file: string, published?: string): ArticleOutcome {
  try {
    const options = extname(file).toLowerCase() === ".txt" ? { published } : {};
    return { file, chunks: articleChunks(extractFile(file, options)) };
  } catch (error) {
    return { file, error: errorLine(error, file, "extract") };
  }
}
