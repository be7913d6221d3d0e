/** Reading articles and annotations from disk, and writing tables atomically. The only I/O in the library. */
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import { decodeText, parseArticle, slugOf, type ParseOptions } from "./article.js";
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

/**
 * The Markdown articles in a folder by slug, sorted: data/articles/<slug>.md. Two files that
 * would share a slug (Kabul.md and kabul.md) are refused, naming both.
 */
export function articlesIn(dir: string): Map<string, string> {
  const articles = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    const file = join(dir, name);
    const slug = slugOf(file);
    const taken = articles.get(slug);
    if (taken) throw new InputError(file, 1, "slug", `"${slug}" is already the slug of ${taken}; rename one of them`);
    articles.set(slug, file);
  }
  return new Map([...articles].sort(([a], [b]) => (a < b ? -1 : 1)));
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

/** A fresh hidden folder beside `dir`, on the same file system, so its files can be renamed into place. */
function stagingFolderFor(dir: string): string {
  const target = resolve(dir);
  mkdirSync(dirname(target), { recursive: true });
  return mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
}

/** Renames the staging folder to `dir`, or, if `dir` exists, each file into it, keeping its other files. */
function moveIntoPlace(staging: string, dir: string, names: Iterable<string>): void {
  const target = resolve(dir);
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  for (const name of names) renameSync(join(staging, name), join(target, name));
}

/** Writes all files into a fresh sibling folder, then moves each into place with rename. */
export function writeFilesAtomically(dir: string, files: Map<string, string>): void {
  const staging = stagingFolderFor(dir);
  try {
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    moveIntoPlace(staging, dir, files.keys());
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
  const staging = stagingFolderFor(dir);
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

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

const ARTICLE_EXTENSIONS = new Set([".md", ".txt"]);

/**
 * The article files named by `paths`: a file as given, a folder's .md and .txt files at any depth
 * (hidden names skipped), all sorted by path so every run takes them in the same order.
 */
export function articleFilesIn(paths: string[]): string[] {
  const files = paths.flatMap((path) => {
    if (!isFolder(path)) return [path];
    return readdirSync(path, { recursive: true, encoding: "utf8" })
      .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.split(sep).some((part) => part.startsWith(".")))
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile());
  });
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface TableStreams {
  /** Appends one article's rows, formatted, to `<table>.csv` and `<table>.json`. */
  append(table: string, chunk: { rows: number; csv: string; json: string }): void;
  /** Closes every file and moves them into `dir`. */
  commit(): void;
  /** Closes every file and removes the staging folder, leaving `dir` as it was. */
  discard(): void;
}

/**
 * Opens `<table>.csv` and `<table>.json` for each table in a staging folder beside `dir`, so rows
 * go to disk as each article finishes and a corpus of any size takes the same memory.
 */
export function openTableStreams(dir: string, headers: Map<string, string>): TableStreams {
  const staging = stagingFolderFor(dir);
  const names = [...headers.keys()].flatMap((table) => [`${table}.csv`, `${table}.json`]);
  const fds = new Map(names.map((name) => [name, openSync(join(staging, name), "w")]));
  const written = new Map<string, number>([...headers.keys()].map((table) => [table, 0]));
  for (const [table, header] of headers) writeSync(fds.get(`${table}.csv`)!, header);
  const closeAll = () => fds.forEach((fd) => closeSync(fd));
  return {
    append(table, { rows, csv, json }) {
      if (rows === 0) return;
      writeSync(fds.get(`${table}.csv`)!, csv);
      writeSync(fds.get(`${table}.json`)!, `${written.get(table) ? ",\n" : "[\n"}${json}`);
      written.set(table, written.get(table)! + rows);
    },
    commit() {
      try {
        // The same bytes as JSON.stringify(rows, null, 2), "[]" for no rows.
        for (const [table, count] of written) writeSync(fds.get(`${table}.json`)!, count ? "\n]\n" : "[]\n");
        closeAll();
        moveIntoPlace(staging, dir, names);
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    },
    discard() {
      closeAll();
      rmSync(staging, { recursive: true, force: true });
    },
  };
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
