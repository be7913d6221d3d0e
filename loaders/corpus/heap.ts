/**
 * The garbage collector's setting for a corpus run. Extraction keeps a flat live heap, but each
 * young-generation collection catches an article mid-way and promotes its working set to the old
 * generation. Finding full collections cheap, V8 then lets the old generation grow to about four
 * times the live heap before it collects: a short run ends before that limit, a long one reaches
 * it, so peak memory grew with the corpus (`npm run bench`). A fixed, smaller growth factor bounds
 * the old generation by the live heap, whatever the corpus size.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** The old generation may grow by this share of the live heap before a full collection (V8 picks up to 300). */
const HEAP_GROWING_PERCENT = 30;

/** One full collection, through a context made while V8 exposes `gc`, so that no other context sees it. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  setFlagsFromString("--no-expose-gc");
  gc();
}

/**
 * Runs `work` with the bounded growth factor, then gives V8 back its own heuristic. The flag is
 * process-wide, so worker threads started meanwhile share it. V8 reads it at each full collection,
 * so one is made first: else the limit set while the modules loaded would hold for the first cycle.
 */
export async function withBoundedHeapGrowth<T>(work: () => Promise<T>): Promise<T> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  collectGarbage();
  try {
    return await work();
  } finally {
    setFlagsFromString("--heap-growing-percent=0");
  }
}
