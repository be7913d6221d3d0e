import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ROOT } from "./support/fixtures.js";
import { runTypeScript } from "./support/cli.js";
import { loadPassages, passageFiles, scorePassages } from "./support/passages.js";

const evaluate = (...args: string[]) => runTypeScript(join(ROOT, "tests", "eval.ts"), args);

/** The numbers of a row of the eval table, by set name. */
function rowOf(stdout: string, set: string): number[] {
  const line = stdout.split("\n").find((l) => l.startsWith(`${set} `));
  if (!line) throw new Error(`no row for ${set} in:\n${stdout}`);
  return line.slice(set.length).trim().split(/\s+/).map(Number);
}

// Each test starts Node processes: about a second each, several on a busy machine.
describe("npm run eval", { timeout: 60_000 }, () => {
  const { code, stdout, stderr } = evaluate();

  it("prints a row per passage set and one overall, with the scorer's figures", () => {
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(passageFiles()).toContain("dev.yaml");
    const sets = passageFiles().map((file) => ({ name: file, passages: loadPassages(file) }));
    for (const { name, passages } of [...sets, { name: "overall", passages: sets.flatMap((set) => set.passages) }]) {
      const { quantity: q, time: t } = scorePassages(passages);
      const expected = [passages.length, q.precision, q.recall, q.f1, q.measure, q.date, t.precision, t.recall, t.date, t.timex];
      // A dash stands for a figure no gold of the set gives.
      rowOf(stdout, name).forEach((value, i) => (Number.isNaN(expected[i]) ? expect(value).toBeNaN() : expect(value).toBeCloseTo(expected[i], 3)));
    }
  });

  it("lists the mistakes of one set with --mistakes", () => {
    const result = evaluate("--mistakes", "dev.yaml");
    expect(result.code).toBe(0);
    const mistakes = scorePassages(loadPassages("dev.yaml")).mistakes.map((m) => `dev.yaml ${m.passage} ${m.kind}: ${m.detail}`);
    for (const line of mistakes) expect(result.stdout).toContain(line);
    expect(rowOf(result.stdout, "overall")).toEqual(rowOf(stdout, "dev.yaml"));
  });
});
