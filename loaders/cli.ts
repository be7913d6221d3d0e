/**
 * npm run --silent extract -- <article file> [--published YYYY-MM-DD] [--out DIR]
 * JSON on stdout, or one CSV and one JSON per table in DIR. Errors: one line on stderr, exit 1.
 */
import { parseArgs } from "node:util";
import { checkPublishedOption } from "./article.js";
import { errorLine } from "./error-line.js";
import { extractFile, tableFiles, writeFilesAtomically } from "./files.js";

const USAGE = "usage: npm run --silent extract -- <article.md|article.txt> [--published YYYY-MM-DD] [--out DIR]";

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { published: { type: "string" }, out: { type: "string" } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const published = parsed.values.published === undefined ? undefined : checkPublishedOption(parsed.values.published, file);
    const extract = extractFile(file, { published });
    if (parsed.values.out) writeFilesAtomically(parsed.values.out, tableFiles(extract));
    else process.stdout.write(`${JSON.stringify(extract, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${errorLine(error, file, "extract")}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
