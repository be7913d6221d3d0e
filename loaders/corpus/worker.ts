/** A worker thread of a corpus run: extracts each file it is sent and posts back the outcome with its index. */
import { parentPort, workerData } from "node:worker_threads";
import { extractArticleOutcome } from "./article.js";

export interface CorpusTask {
  index: number;
  file: string;
}

const port = parentPort!;
const { published } = workerData as { published?: string };
port.on("message", ({ index, file }: CorpusTask) => port.postMessage({ index, outcome: extractArticleOutcome(file, published) }));
port.postMessage("ready");
