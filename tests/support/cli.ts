/** Runs the project's command-line entry points, and other scripts, under tsx in a child process, as npm run would. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./fixtures.js";

// tsx is resolved from the project, since the command runs in a scratch folder.
const tsx = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;

/** Runs a TypeScript file in a new Node process and waits for it. */
export function runTypeScript(script: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, ["--import", tsx, script, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const runCli = (entry: string, args: string[], cwd: string) => runTypeScript(join(ROOT, "loaders", entry), args, cwd);
