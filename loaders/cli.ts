/**
 * npm run --silent extract -- <article file> [--published YYYY-MM-DD] [--out DIR]
 * JSON on stdout, or one CSV and one JSON per table in DIR. Errors: one line on stderr, exit 1.
 */
import { parseArgs } from "node:util";
import { checkPublishedOption } from "./article.js";
import { InputError, type InputWarning } from "./errors.js";
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
    // Warnings wait for success, so that bad input still gets exactly one line.
    const warnings: InputWarning[] = [];
    const extract = extractFile(file, { published, onWarning: (warning) => warnings.push(warning) });
    if (parsed.values.out) writeFilesAtomically(parsed.values.out, tableFiles(extract));
    else process.stdout.write(`${JSON.stringify(extract, null, 2)}\n`);
    for (const warning of warnings) process.stderr.write(`${warning.message}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${file}:1: extract: ${(error as Error).message.split("\n")[0]}`;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
