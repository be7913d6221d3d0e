/**
 * npm run --silent extract -- <article file> [--published YYYY-MM-DD] [--out DIR]
 *   JSON on stdout, or one CSV and one JSON per table in DIR.
 * npm run --silent extract -- <files or folders…> --out DIR [--published YYYY-MM-DD] [--jobs N]
 *   a corpus: one CSV and one JSON per table for all the articles, with an `article` column.
 * Errors: one line on stderr each, exit 1.
 */
import { parseArgs } from "node:util";
import { checkPublishedOption } from "../input/article.js";
import { extractCorpus } from "../corpus/run.js";
import { errorLine } from "./errorLine.js";
import type { InputWarning } from "../input/errors.js";
import { articleFilesIn, isFolder } from "../input/files.js";
import { extractFile } from "../extract.js";
import { tableFiles, writeFilesAtomically } from "../output/files.js";

const USAGE = [
  "usage: npm run --silent extract -- <article.md|article.txt> [--published YYYY-MM-DD] [--out DIR]",
  "       npm run --silent extract -- <files or folders…> --out DIR [--published YYYY-MM-DD] [--jobs N]",
].join("\n");
/** Without a terminal, a progress line every this many articles: none for short runs, a few a minute for long ones. */
const PROGRESS_EVERY = 2000;

function extractOne(file: string, published: string | undefined, out: string | undefined): number {
  try {
    // Warnings wait for success, so that bad input still gets exactly one line.
    const warnings: InputWarning[] = [];
    const extract = extractFile(file, { published: published === undefined ? undefined : checkPublishedOption(published, file), onWarning: (warning) => warnings.push(warning) });
    if (out) writeFilesAtomically(out, tableFiles(extract));
    else process.stdout.write(`${JSON.stringify(extract, null, 2)}\n`);
    for (const warning of warnings) process.stderr.write(`${warning.message}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${errorLine(error, file, "extract")}\n`);
    return 1;
  }
}

/** Progress on stderr: one line rewritten in place on a terminal, else an occasional line. */
function progressReporter(stream: NodeJS.WriteStream) {
  let shownPercent = -1;
  return {
    show(done: number, total: number) {
      if (stream.isTTY) {
        const percent = Math.floor((done / total) * 100);
        if (percent !== shownPercent) stream.write(`\rextract: ${done} of ${total} articles (${percent}%)`);
        shownPercent = percent;
      } else if (done % PROGRESS_EVERY === 0) stream.write(`extract: ${done} of ${total} articles\n`);
    },
    /** Ends the in-place line before any other output. */
    clear() {
      if (stream.isTTY && shownPercent >= 0) stream.write("\r\x1b[K");
      shownPercent = -1;
    },
  };
}

async function extractMany(paths: string[], published: string | undefined, out: string, jobs: number | undefined): Promise<number> {
  const files = articleFilesIn(paths);
  const progress = progressReporter(process.stderr);
  try {
    if (published !== undefined) checkPublishedOption(published, "--published");
    if (files.length === 0) throw new Error(`no .md or .txt articles in ${paths.join(", ")}`);
    const { articles, failed } = await extractCorpus(files, {
      out,
      published,
      jobs,
      onError: (line) => {
        progress.clear();
        process.stderr.write(`${line}\n`);
      },
      onProgress: progress.show,
    });
    progress.clear();
    if (failed) process.stderr.write(`${failed} of ${articles} articles failed\n`);
    return failed ? 1 : 0;
  } catch (error) {
    progress.clear();
    process.stderr.write(`${errorLine(error, paths[0], "extract")}\n`);
    return 1;
  }
}

function usageError(message?: string): number {
  process.stderr.write(`${message ? `${message}\n` : ""}${USAGE}\n`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { published: { type: "string" }, out: { type: "string" }, jobs: { type: "string" } },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const paths = parsed.positionals;
  const { published, out, jobs } = parsed.values;
  if (paths.length === 0) return usageError();
  const jobCount = jobs === undefined ? undefined : Number(jobs);
  if (jobCount !== undefined && !(Number.isInteger(jobCount) && jobCount >= 1)) return usageError(`--jobs must be a whole number ≥ 1, not ${JSON.stringify(jobs)}`);
  if (paths.length === 1 && !isFolder(paths[0])) return extractOne(paths[0], published, out);
  if (!out) return usageError("several articles or a folder need --out DIR");
  return extractMany(paths, published, out, jobCount);
}

process.exitCode = await main(process.argv.slice(2));
