/** Reading articles and annotations from disk, and writing tables atomically. The only I/O in the library. */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { decodeText, parseArticle, type ParseOptions } from "./article.js";
import { EMPTY_ANNOTATIONS, parseAnnotations, type AnnotationFile } from "./annotations.js";
import { extractArticle } from "./extract.js";
import { InputError } from "./errors.js";
import { tableSchemas, tableNames, type Article, type Extract } from "./schemas.js";
import { toCsv } from "./csv.js";

/** A file's text, refusing unreadable, empty and binary files with a file:line error. */
export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, 1, "file", `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return decodeText(bytes, file);
}

export function readArticle(file: string, options: ParseOptions = {}): Article {
  return parseArticle(readText(file), file, options);
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

/**
 * Writes one file through a temporary sibling and a rename, so readers never see half a file.
 * Without overwrite, an existing file is refused (link fails on an existing name, with no race).
 */
export function writeFileAtomically(path: string, content: string, { overwrite = false } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  writeFileSync(temporary, content);
  try {
    if (overwrite) renameSync(temporary, path);
    else linkSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
