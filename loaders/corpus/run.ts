/**
 * Many articles → one set of tables, each row led by its article's slug. Articles are extracted in
 * worker threads when the corpus is big enough to pay for their start-up, and written in file order
 * as they finish, so output is the same whatever the timing and memory does not grow with the corpus.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractArticleOutcome, type ArticleOutcome } from "./article.js";
import { withBoundedHeapGrowth } from "./heap.js";
import { corpusColumns, corpusTableNames, csvHeader } from "./tables.js";
import { openTableStreams } from "../output/files.js";

/** Below this many articles one thread is faster: a worker takes ~1 s to load tsx and the language model. */
export const MIN_ARTICLES_FOR_WORKERS = 2000;
/** Articles each worker may run ahead of the next one to write; bounds the reordering buffer. */
const AHEAD_PER_WORKER = 16;
/** Tasks queued at each worker, so it starts the next article without waiting for a round trip. */
const QUEUED_PER_WORKER = 2;
const WORKER_ENTRY = new URL("./worker.mjs", import.meta.url);

export interface CorpusOptions {
  out: string;
  /** Publication date for .txt articles. */
  published?: string;
  /** Worker threads; 1 extracts in this thread. Default: defaultJobs. */
  jobs?: number;
  onError?: (line: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface CorpusResult {
  articles: number;
  failed: number;
}

/**
 * One worker per core but the one this thread needs to receive and write the rows, and at
 * least two: on a quiet two-core machine two workers extract 20,000 articles 1.7× as fast as
 * one thread (608 against 346 a second), 2,000 about as fast, 200 more slowly (`npm run bench`).
 */
export function defaultJobs(articles: number): number {
  const cores = availableParallelism();
  return articles >= MIN_ARTICLES_FOR_WORKERS && cores > 1 ? Math.max(2, cores - 1) : 1;
}

function* inThisThread(files: string[], published?: string): Generator<ArticleOutcome> {
  for (const file of files) yield extractArticleOutcome(file, published);
}

/** Outcomes from a pool of workers, yielded in file order. */
async function* inWorkers(files: string[], jobs: number, published?: string): AsyncGenerator<ArticleOutcome> {
  const finished = new Map<number, ArticleOutcome>();
  const freeSlots: Worker[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  let failure: Error | undefined;
  let wake = () => {};
  const dispatch = () => {
    while (freeSlots.length && nextToSend < files.length && nextToSend < nextToYield + jobs * AHEAD_PER_WORKER) {
      freeSlots.pop()!.postMessage({ index: nextToSend, file: files[nextToSend] });
      nextToSend++;
    }
  };
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => {
    const worker = new Worker(WORKER_ENTRY, { workerData: { published } });
    worker.on("message", (message: "ready" | { index: number; outcome: ArticleOutcome }) => {
      if (message === "ready") freeSlots.push(...Array<Worker>(QUEUED_PER_WORKER).fill(worker));
      else {
        finished.set(message.index, message.outcome);
        freeSlots.push(worker);
      }
      dispatch();
      wake();
    });
    worker.on("error", (error) => {
      failure = error;
      wake();
    });
    return worker;
  });
  try {
    while (nextToYield < files.length) {
      if (failure) throw failure;
      const outcome = finished.get(nextToYield);
      if (!outcome) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      finished.delete(nextToYield++);
      dispatch();
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Extracts every file into `<table>.csv` and `<table>.json` in options.out, plus articles.csv/json.
 * A broken article, or a second article with a slug already taken, is reported and skipped.
 * Peak memory stays flat with the corpus's size (corpus-heap.ts).
 */
export function extractCorpus(files: string[], options: CorpusOptions): Promise<CorpusResult> {
  return withBoundedHeapGrowth(() => writeCorpus(files, options));
}

async function writeCorpus(files: string[], options: CorpusOptions): Promise<CorpusResult> {
  const { out, published, jobs = defaultJobs(files.length), onError = () => {}, onProgress = () => {} } = options;
  const streams = openTableStreams(out, new Map(corpusTableNames.map((name) => [name, csvHeader(corpusColumns(name))])));
  const fileOfSlug = new Map<string, string>();
  let done = 0;
  let failed = 0;
  try {
    for await (const outcome of jobs > 1 ? inWorkers(files, jobs, published) : inThisThread(files, published)) {
      done++;
      const problem = "error" in outcome ? outcome.error : duplicateSlug(outcome.file, outcome.chunks.slug, fileOfSlug);
      if (problem) {
        failed++;
        onError(problem);
      } else if ("chunks" in outcome) {
        fileOfSlug.set(outcome.chunks.slug, outcome.file);
        for (const name of corpusTableNames) streams.append(name, outcome.chunks.tables[name]);
      }
      onProgress(done, files.length);
    }
    streams.commit();
  } catch (error) {
    streams.discard();
    throw error;
  }
  return { articles: files.length, failed };
}

function duplicateSlug(file: string, slug: string, fileOfSlug: Map<string, string>): string | undefined {
  const owner = fileOfSlug.get(slug);
  return owner === undefined ? undefined : `${file}:1: slug: "${slug}" is already the slug of ${owner}; article skipped`;
}
