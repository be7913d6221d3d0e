/** Running the project's command-line tools as a user would: a fresh Node process under tsx, output captured. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./fixtures.js";

// tsx is resolved from the project, since the tools may run in a scratch folder.
const tsx = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Extra Node flags, such as another --import. */
  nodeArgs?: string[];
  /** Kills a run that hangs; its code is then null. */
  timeoutMs?: number;
}

/** Runs a TypeScript file with arguments and waits for it. */
export function runTypeScript(script: string, args: string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), "--import", tsx, script, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    timeout: options.timeoutMs,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs loaders/<entry> with arguments. */
export const runCli = (entry: string, args: string[], options: CliOptions = {}) => runTypeScript(join(ROOT, "loaders", entry), args, options);
