/** Builds the site once per test run and serves dist/ for the browser tests. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./fixtures.js";

/** Runs `npm run build` in `root`; throws with the build's output if it fails. */
export function buildSite(root = ROOT): string {
  const result = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8", env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" } });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return join(root, "dist");
}
