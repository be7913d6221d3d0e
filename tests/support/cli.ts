/** Runs one of the project's command-line entry points under tsx, as npm run would, from a scratch folder. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./fixtures.js";

// tsx is resolved from the project, since the command runs in a scratch folder.
const tsx = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;

export function runCli(entry: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, ["--import", tsx, join(ROOT, "loaders", entry), ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
