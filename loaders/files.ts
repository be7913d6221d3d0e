/** Reading articles and annotations from disk, and writing tables atomically. The only I/O in the library. */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, mkdtempSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { decodeText, parseArticle, type ParseOptions } from "./article.js";
import { EMPTY_ANNOTATIONS, parseAnnotations, type AnnotationFile } from "./annotations.js";
import { extractArticle } from "./extract.js";
import { InputError } from "./errors.js";
import { tableSchemas, tableNames, type Article, type Extract } from "./schemas.js";
import { toCsv } from "./csv.js";

export function readArticle(file: string, options: ParseOptions = {}): Article {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, 1, "file", `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parseArticle(decodeText(bytes, file), file, options);
}

/** The slugs of the Markdown articles in a folder, sorted: data/articles/<slug>.md. */
export function articleSlugs(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).sort();
}

/** data/articles/<slug>.md → data/annotations/<slug>.yaml, if there is one. */
export function annotationPathFor(articleFile: string, slug: string): string {
  return join(dirname(articleFile), "..", "annotations", `${slug}.yaml`);
}

export function readAnnotations(file: string, article: Article): AnnotationFile {
  if (!existsSync(file)) return EMPTY_ANNOTATIONS;
  return parseAnnotations(decodeText(readFileSync(file), file), file, article.body);
}

/** Reads, annotates and extracts one article file. */
export function extractFile(file: string, options: ParseOptions & { annotations?: string } = {}): Extract {
  const article = readArticle(file, options);
  const annotationFile = options.annotations ?? annotationPathFor(file, article.slug);
  return extractArticle(article, readAnnotations(annotationFile, article));
}

export function tableColumns(name: keyof typeof tableSchemas): string[] {
  return Object.keys(tableSchemas[name].shape);
}

/** Every file --out writes: article.json, and <table>.csv and <table>.json per table. */
export function tableFiles(extract: Extract): Map<string, string> {
  const files = new Map<string, string>();
  files.set("article.json", `${JSON.stringify(extract.article, null, 2)}\n`);
  for (const name of tableNames) {
    const rows = extract.tables[name] as Record<string, unknown>[];
    files.set(`${name}.csv`, toCsv(rows, tableColumns(name)));
    files.set(`${name}.json`, `${JSON.stringify(rows, null, 2)}\n`);
  }
  return files;
}

/** Writes all files into a fresh sibling folder, then moves each into place with rename. */
export function writeFilesAtomically(dir: string, files: Map<string, string>): void {
  const target = resolve(dir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  try {
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    if (!existsSync(target)) {
      renameSync(staging, target);
      return;
    }
    for (const name of files.keys()) renameSync(join(staging, name), join(target, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Marks a folder as written by one of our commands, so a rerun may replace it. */
const MARKER = ".written-by-article-dashboard";

/**
 * Replaces the folder `dir` with exactly `files` (paths may have subfolders). Everything is
 * written to a sibling staging folder first and swapped in with renames, so an interrupted
 * run leaves the previous folder whole. A folder this function did not write is refused.
 */
export function replaceDirectory(dir: string, files: Map<string, string | Uint8Array>, command: string): void {
  const target = resolve(dir);
  if (existsSync(target) && !(statSync(target).isDirectory() && existsSync(join(target, MARKER)))) {
    throw new InputError(dir, 1, "--out", `exists and was not written by ${command}; refusing to replace it (choose a new folder or remove it)`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(staging, name)), { recursive: true });
      writeFileSync(join(staging, name), content);
    }
    writeFileSync(join(staging, MARKER), `This folder is written by ${command}, which replaces it whole on every run.\n`);
    if (existsSync(target)) {
      const old = `${staging}-old`;
      renameSync(target, old);
      renameSync(staging, target);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
