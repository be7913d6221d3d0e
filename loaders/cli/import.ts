/**
 * npm run --silent import -- <article.txt> --published YYYY-MM-DD [--source NAME] [--url URL] [--force]
 * Writes data/articles/<slug>.md and prints its path. Errors: one line on stderr, exit 1.
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { checkPublishedOption } from "../input/article.js";
import { InputError } from "../input/errors.js";
import { ARTICLES_PATH, readText } from "../input/files.js";
import { writeFileAtomically } from "../output/files.js";
import { errorLine } from "./errorLine.js";
import { importPlainText } from "../input/import.js";

const USAGE = "usage: npm run --silent import -- <article.txt> --published YYYY-MM-DD [--source NAME] [--url URL] [--force]";

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { published: { type: "string" }, source: { type: "string" }, url: { type: "string" }, force: { type: "boolean", default: false } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { published, source, url, force } = parsed.values;
  try {
    if (published === undefined) throw new InputError(file, 1, "published", "missing: import needs --published YYYY-MM-DD");
    const { slug, markdown } = importPlainText(readText(file), file, { published: checkPublishedOption(published, file), source, url });
    const target = join(ARTICLES_PATH, `${slug}.md`);
    writeFileAtomically(target, markdown, { overwrite: force });
    process.stdout.write(`${target}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${errorLine(error, file, "import")}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
