/** Copies of the project to build and edit, so tests never touch the working tree's dist/ or data/. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./fixtures.js";

/** Test articles: invented wire copy, with HTML and Markdown in it that must stay text. */
export const FIXTURE_ARTICLES = join(ROOT, "tests", "fixtures", "articles");

/** A copy of the project (without its build cache), plus the fixture articles if asked. */
export function copyProject({ fixtures = false } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), "dashboard-copy-"));
  for (const entry of ["package.json", "observablehq.config.ts", "tsconfig.json", "data", "loaders", "publish", "src"]) {
    // As a fresh clone has it: no build cache, no prepared files.
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, filter: (path) => !path.includes(".observablehq") && !/src[/\\]data[/\\](?:articles|archive\.json)/.test(path) });
  }
  if (fixtures) for (const file of readdirSync(FIXTURE_ARTICLES)) cpSync(join(FIXTURE_ARTICLES, file), join(copy, "data", "articles", file));
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

/** Runs `npm run build` in `root`; throws with the build's output if it fails. */
export function buildSite(root: string, env: Record<string, string> = {}): string {
  const result = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8", env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env } });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return join(root, "dist");
}
