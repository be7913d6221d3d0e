/**
 * The prepare step: every article's story and static files, made once per content and kept.
 * Each article's folder in src/data/articles/<slug>/ holds its story.json (what its pages read),
 * its charts, tables, data package, first-paint previews and archive entry, and a .key: the hash
 * of the article, its annotations and the code that reads them. A folder whose key still matches
 * is kept; any change to one of the three redoes it. Many stale articles are prepared in worker
 * threads. Framework serves these files as it serves any file in src/; npm run build runs this
 * first, npm run dev whenever data/ or the code changes.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { InputError } from "../loaders/input/errors.js";
import { annotationPathFor, articlesIn } from "../loaders/input/files.js";
import { swapFolder, writeFileAtomically } from "../loaders/output/files.js";
import { ARCHIVE_FILE, ARTICLES_DIR, PREPARED_BY, PREPARED_DIR, STORY_FILE, previewFile } from "./site.js";
import { archiveEntry, archiveIndex, type ArchiveEntry } from "./archive.js";
import { articleFiles } from "./articleFiles.js";
import { readStory } from "./story.js";
import { chartSvg, NARROW_WIDTH } from "./render.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = "entry.json";
const KEY = ".key";

/** What the folders depend on besides the article: the code, and the libraries it runs on. */
const CODE = [...PREPARED_BY, "package-lock.json"];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .map((name) => join(path, name))
    .filter((file) => /\.(?:ts|mjs|js|json)$/.test(file) && statSync(file).isFile())
    .sort();
}

let codeVersion: string | undefined;
/** A hash of the code that prepares articles, read once per process. */
export function codeHash(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash("sha256");
  for (const file of CODE.flatMap((path) => filesUnder(join(ROOT, path)))) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return (codeVersion = hash.digest("hex"));
}

/** What decides an article's output: the code, the article's bytes, its annotations' bytes. */
export function articleKey(file: string, slug: string): string {
  const annotations = annotationPathFor(file, slug);
  const hash = createHash("sha256").update(codeHash()).update("\0").update(readFileSync(file)).update("\0");
  if (existsSync(annotations)) hash.update(readFileSync(annotations));
  return hash.digest("hex");
}

export const preparedFolder = (slug: string) => join(PREPARED_DIR, slug);
const readKey = (slug: string) => (existsSync(join(preparedFolder(slug), KEY)) ? readFileSync(join(preparedFolder(slug), KEY), "utf8") : null);

/**
 * Prepares one article into its folder. Bad input throws its one-line InputError; while
 * previewing, `keepError` writes it as the story ({"error": "file:line: field: problem"}) so
 * its pages can show it.
 */
export function prepareArticle(file: string, slug: string, key: string, { keepError = false } = {}): void {
  let files: Map<string, string | Uint8Array>;
  try {
    const story = readStory(file, { onWarning: (warning) => process.stderr.write(`${warning.message}\n`) });
    files = articleFiles(story);
    for (const plan of story.charts) {
      files.set(previewFile(plan.name), chartSvg(plan, story, { adaptive: true }));
      // A phone's embed gets the chart drawn for its width, not the desktop one shrunk to 5 px text.
      files.set(previewFile(plan.name, { narrow: true }), chartSvg(plan, story, { adaptive: true, width: NARROW_WIDTH }));
    }
    files.set(STORY_FILE, `${JSON.stringify(story)}\n`);
    files.set(ENTRY, `${JSON.stringify(archiveEntry(story))}\n`);
    files.set(KEY, key);
  } catch (error) {
    if (!(error instanceof InputError && keepError)) throw error;
    files = new Map([[STORY_FILE, `${JSON.stringify({ error: error.message })}\n`]]);
  }
  swapFolder(preparedFolder(slug), files);
}

export interface PrepareOptions {
  /** While previewing: a bad article is kept as its error, not a failure. */
  preview?: boolean;
  /** Worker threads for stale articles; default: one per core when there are enough to pay for their start-up. */
  jobs?: number;
}

export interface PrepareResult {
  prepared: number;
  kept: number;
  failed: { slug: string; error: string }[];
}

/** Below this many stale articles one thread is faster: a worker takes about a second to load. */
const MIN_FOR_WORKERS = 8;

interface Task {
  file: string;
  slug: string;
  key: string;
}

/** Prepares every stale article, removes folders of articles that are gone, and writes the archive index. */
export async function prepareSite({ preview = false, jobs }: PrepareOptions = {}): Promise<PrepareResult> {
  const articles = articlesIn(ARTICLES_DIR);
  mkdirSync(PREPARED_DIR, { recursive: true });
  const tasks: Task[] = [];
  for (const [slug, file] of articles) {
    const key = articleKey(file, slug);
    if (readKey(slug) !== key) tasks.push({ file, slug, key });
  }
  const failed: PrepareResult["failed"] = [];
  const threads = jobs ?? (tasks.length >= MIN_FOR_WORKERS ? Math.min(availableParallelism(), Math.ceil(tasks.length / MIN_FOR_WORKERS)) : 1);
  if (threads > 1) failed.push(...(await inWorkers(tasks, threads, preview)));
  else
    for (const task of tasks) {
      try {
        prepareArticle(task.file, task.slug, task.key, { keepError: preview });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failed.push({ slug: task.slug, error: error.message });
        break;
      }
    }
  if (failed.length && !preview) throw new ArticleFailure(failed[0].error);
  for (const name of readdirSync(PREPARED_DIR)) if (!articles.has(name)) rmSync(join(PREPARED_DIR, name), { recursive: true, force: true });
  writeArchive([...articles.keys()]);
  return { prepared: tasks.length, kept: articles.size - tasks.length, failed };
}

/** A build stops on the first bad article, with the one line extraction gave for it. */
export class ArticleFailure extends Error {}

/** The archive index from every article's entry; an article kept as its error is listed as failed. */
function writeArchive(slugs: string[]): void {
  const entries: ArchiveEntry[] = [];
  const failed: { slug: string; error: string }[] = [];
  for (const slug of slugs) {
    const folder = preparedFolder(slug);
    if (existsSync(join(folder, ENTRY))) entries.push(JSON.parse(readFileSync(join(folder, ENTRY), "utf8")));
    else if (existsSync(join(folder, STORY_FILE))) failed.push({ slug, error: (JSON.parse(readFileSync(join(folder, STORY_FILE), "utf8")) as { error: string }).error });
  }
  writeFileAtomically(ARCHIVE_FILE, `${JSON.stringify(archiveIndex(entries, failed))}\n`, { overwrite: true });
}

const WORKER_ENTRY = new URL("./prepare-worker.mjs", import.meta.url);

/** Prepares tasks in a pool of worker threads; returns the articles that failed. */
function inWorkers(tasks: Task[], jobs: number, preview: boolean): Promise<PrepareResult["failed"]> {
  return new Promise((resolve, reject) => {
    const failed: PrepareResult["failed"] = [];
    let next = 0;
    let running = jobs;
    const workers = Array.from({ length: jobs }, () => new Worker(WORKER_ENTRY, { workerData: { preview } }));
    const stop = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(failed);
    };
    for (const worker of workers) {
      const feed = () => {
        if (next < tasks.length && !(failed.length && !preview)) worker.postMessage(tasks[next++]);
        else if (--running === 0) stop();
      };
      worker.on("message", (message: "ready" | { slug: string; error?: string; crash?: string }) => {
        if (message !== "ready") {
          if (message.crash) return stop(new Error(message.crash));
          if (message.error) failed.push({ slug: message.slug, error: message.error });
        }
        feed();
      });
      worker.on("error", (error) => stop(error));
    }
  });
}
