/**
 * npm run build runs this first: every article's story and static files into src/data/, kept
 * while the article, its annotations and the code are unchanged. Bad input: one line, exit 1.
 */
import { parseArgs } from "node:util";
import { errorLine } from "../../loaders/cli/errorLine.js";
import { ARTICLES_PATH } from "../../loaders/input/files.js";
import { ArticleFailure, prepareSite } from "../prepare.js";

// --preview: keep a bad article as its error for its pages to show, as npm run dev does.
const { values } = parseArgs({ options: { preview: { type: "boolean", default: false } } });
try {
  const { prepared, kept } = await prepareSite({ preview: values.preview });
  process.stdout.write(`prepared ${prepared} ${prepared === 1 ? "article" : "articles"}, kept ${kept}\n`);
} catch (error) {
  // One line, whatever went wrong: the bad article's, or what the step could not do.
  process.stderr.write(`${error instanceof ArticleFailure ? error.message : errorLine(error, ARTICLES_PATH, "prepare")}\n`);
  process.exitCode = 1;
}
