/**
 * npm run export [-- --article <slug>] [--out DIR]
 * For each article in data/articles: its charts (SVG, PNG 2×), its tables (CSV, JSON) and a
 * datapackage.json, in DIR/<slug>/ (default exports/). The folder is replaced whole, atomically.
 */
import { parseArgs } from "node:util";
import { errorLine } from "../../loaders/cli/errorLine.js";
import { ARTICLES_PATH, articleWithSlug, articlesIn } from "../../loaders/input/files.js";
import { replaceDirectory } from "../../loaders/output/files.js";
import { articleFiles } from "../articleFiles.js";
import { readStory } from "../story.js";

const USAGE = "usage: npm run export [-- --article <slug>] [--out DIR]";

function articlesToExport(only: string | undefined): string[] {
  return only === undefined ? [...articlesIn(ARTICLES_PATH).values()] : [articleWithSlug(only, "--article")];
}

function main(argv: string[]): number {
  let options;
  try {
    options = parseArgs({ args: argv, options: { article: { type: "string" }, out: { type: "string", default: "exports" } } }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const files = new Map<string, string | Uint8Array>();
    // Warnings wait for success, so that bad input still gets exactly one line.
    const warnings: string[] = [];
    for (const file of articlesToExport(options.article)) {
      const story = readStory(file, { onWarning: (warning) => warnings.push(warning.message) });
      for (const [name, content] of articleFiles(story)) files.set(`${story.article.slug}/${name}`, content);
    }
    replaceDirectory(options.out, files, "npm run export");
    for (const warning of warnings) process.stderr.write(`${warning}\n`);
    const bytes = [...files.values()].reduce((sum, c) => sum + (typeof c === "string" ? Buffer.byteLength(c) : c.length), 0);
    process.stdout.write(`${options.out}: ${files.size} files, ${(bytes / 1024).toFixed(0)} KB\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${errorLine(error, ARTICLES_PATH, "export")}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
