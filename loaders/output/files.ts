/** Tables as files: CSV and JSON per table, written atomically so a reader never sees half an output. */
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../input/errors.js";
import { tableSchemas, tableNames, type Extract } from "../schemas.js";
import { toCsv } from "../../src/shared/csv.js";
import { ARTICLE_JSON } from "../../src/shared/addresses.js";

export function tableColumns(name: keyof typeof tableSchemas): string[] {
  return Object.keys(tableSchemas[name].shape);
}

type TablePath = (table: string, format: "csv" | "json") => string;

/**
 * Every file --out writes: article.json, and each table as CSV and JSON, at `path` (by default
 * <table>.csv and <table>.json; the site and npm run export put them in a tables/ folder).
 */
export function tableFiles(extract: Extract, path: TablePath = (table, format) => `${table}.${format}`): Map<string, string> {
  const files = new Map<string, string>();
  files.set(ARTICLE_JSON, `${JSON.stringify(extract.article, null, 2)}\n`);
  for (const name of tableNames) {
    const rows = extract.tables[name] as Record<string, unknown>[];
    files.set(path(name, "csv"), toCsv(rows, tableColumns(name)));
    files.set(path(name, "json"), `${JSON.stringify(rows, null, 2)}\n`);
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
 * run leaves the previous folder whole and a reader never sees half of it.
 */
export function swapFolder(dir: string, files: Map<string, string | Uint8Array>): void {
  const target = resolve(dir);
  const staging = stagingFolderFor(dir);
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(staging, name)), { recursive: true });
      writeFileSync(join(staging, name), content);
    }
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

/** swapFolder for a command's --out: a folder the command did not write is refused. */
export function replaceDirectory(dir: string, files: Map<string, string | Uint8Array>, command: string): void {
  const target = resolve(dir);
  if (existsSync(target) && !(statSync(target).isDirectory() && existsSync(join(target, MARKER)))) {
    throw new InputError(dir, 1, "--out", `exists and was not written by ${command}; refusing to replace it (choose a new folder or remove it)`);
  }
  swapFolder(dir, new Map([...files, [MARKER, `This folder is written by ${command}, which replaces it whole on every run.\n`]]));
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
 * Without overwrite, an existing file is refused in one line that says how to replace it (link
 * fails on an existing name, with no race).
 */
export function writeFileAtomically(path: string, content: string, { overwrite = false } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  writeFileSync(temporary, content);
  try {
    if (overwrite) renameSync(temporary, path);
    else linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new InputError(path, 1, "file", "already exists; pass --force to replace it");
  } finally {
    rmSync(temporary, { force: true });
  }
}
