/** A worker thread of the prepare step: prepares each article it is sent and says how it went. */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../loaders/input/errors.js";
import { prepareArticle } from "./prepare.js";

const port = parentPort!;
const { preview } = workerData as { preview: boolean };
port.on("message", ({ file, slug, key }: { file: string; slug: string; key: string }) => {
  try {
    prepareArticle(file, slug, key, { keepError: preview });
    port.postMessage({ slug });
  } catch (error) {
    port.postMessage(error instanceof InputError ? { slug, error: error.message } : { slug, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
port.postMessage("ready");
