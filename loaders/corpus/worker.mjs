// Node 20 workers do not inherit tsx's loader from `tsx` or `--import tsx`,
// so the worker registers it before loading its TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
