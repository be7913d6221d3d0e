/**
 * The bad-input matrix: every case of tests/support/badInputs.ts through `npm run extract --out`.
 * A bad file gets one line on stderr naming file, line and field, exit 1, and nothing written;
 * an awkward but good file gets its tables.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inputCases, type InputCase } from "./support/badInputs.js";
import { runCli, type CliRun } from "./support/cli.js";
import { slugOf } from "../loaders/input/article.js";
import { tableNames } from "../loaders/schemas.js";

const work = mkdtempSync(join(tmpdir(), "bad-input-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A case run is slow for the big files; sameTablesAs reuses the run of the case it names. */
const runs = new Map<string, CliRun & { out: string }>();

function run(input: InputCase): CliRun & { out: string } {
  const done = runs.get(input.name);
  if (done) return done;
  const articles = join(work, "data", "articles");
  mkdirSync(articles, { recursive: true });
  const path = join(articles, input.file);
  if (input.content) writeFileSync(path, input.content());
  if (input.annotations !== undefined) {
    mkdirSync(join(work, "data", "annotations"), { recursive: true });
    writeFileSync(join(work, "data", "annotations", `${slugOf(input.file)}.yaml`), input.annotations);
  }
  mkdirSync(join(work, "out"), { recursive: true });
  const out = join(work, "out", slugOf(input.file));
  // The timeout only guards against a hang: the 10 MB article takes about 12 s on two cores.
  const result = { ...runCli("cli/extract.ts", [path, ...(input.args ?? []), "--out", out], { cwd: work, timeoutMs: 120_000 }), out };
  runs.set(input.name, result);
  return result;
}

const tables = (out: string) => Object.fromEntries(tableNames.map((name) => [name, readFileSync(join(out, `${name}.json`), "utf8")]));

describe("bad input", () => {
  it("has a case for every kind of bad input the issue lists", () => {
    expect(inputCases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(inputCases.map((c) => c.name)).size).toBe(inputCases.length);
    expect(new Set(inputCases.map((c) => slugOf(c.file))).size).toBe(inputCases.length);
  });

  it.each(inputCases.map((c) => [c.name, c] as const))("%s", (_, input) => {
    const { code, stdout, stderr, out } = run(input);
    expect(stdout).toBe("");
    expect(stderr).not.toContain("    at ");
    // Exactly one line, ending in a newline; or nothing at all.
    expect(stderr.split("\n")).toEqual(input.stderr ? [expect.stringMatching(input.stderr), ""] : [""]);
    expect(code).toBe(input.exitCode);
    expect(readdirSync(join(work, "out")).filter((name) => name.includes(".tmp-"))).toEqual([]);
    if (input.exitCode !== 0) {
      expect(existsSync(out)).toBe(false);
      return;
    }
    const article = JSON.parse(readFileSync(join(out, "article.json"), "utf8"));
    for (const text of input.keeps ?? []) expect(article.body).toContain(text);
    if (input.sameTablesAs) {
      const other = inputCases.find((c) => c.name === input.sameTablesAs)!;
      expect(tables(out)).toEqual(tables(run(other).out));
    }
  }, 180_000);
});
