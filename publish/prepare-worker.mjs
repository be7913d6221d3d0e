// Node 20 workers do not inherit tsx's loader, so the worker registers it before its TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./prepare-worker.ts");
