import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SEED } from "./support/fixtures.js";
import { runCli } from "./support/cli.js";
import { ExtractSchema, tableNames } from "../loaders/schemas.js";

const work = mkdtempSync(join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(...args: string[]) {
  return runCli("cli/extract.ts", args, { cwd: work });
}

function file(name: string, content: string | Uint8Array) {
  const path = join(work, "data", "articles", name);
  mkdirSync(join(work, "data", "articles"), { recursive: true });
  writeFileSync(path, content);
  return path;
}

// Each test starts one or two Node processes: about a second each, several on a busy machine.
describe("npm run extract", { timeout: 60_000 }, () => {
  it("prints the article and every table as JSON", () => {
    const { code, stdout, stderr } = extract(SEED);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = ExtractSchema.parse(JSON.parse(stdout));
    expect(Object.keys(out.tables)).toEqual(["sentences", "quantities", "times", "entities", "quotes", "troops", "milestones", "issues", "mentions"]);
    expect(out.tables.troops.map((t) => t.troops)).toEqual([130000, 87200, 60000, 0]);
    expect(out.tables.issues).toHaveLength(3);
  });

  it("gives byte-identical output on every run", () => {
    expect(extract(SEED).stdout).toBe(extract(SEED).stdout);
  });

  it("writes one CSV and one JSON per table with --out, identical across runs", () => {
    const a = join(work, "out-a");
    const b = join(work, "out-b");
    expect(extract(SEED, "--out", a).code).toBe(0);
    expect(extract(SEED, "--out", b).code).toBe(0);
    const names = readdirSync(a).sort();
    expect(names).toEqual(["article.json", ...tableNames.flatMap((t) => [`${t}.csv`, `${t}.json`])].sort());
    for (const name of names) expect(readFileSync(join(a, name))).toEqual(readFileSync(join(b, name)));
    expect(readFileSync(join(a, "troops.csv"), "utf8")).toContain('\r\n2,2013-08-01,NATO-led force (ISAF),87200,more than,,23,"just over 87,200 troops on Aug. 1",reported\r\n');
  });

  it("reads a .txt with --published", () => {
    const path = file("story.txt", "Troops leave\n\nAbout 9,800 U.S. troops will stay after 2014, officials said on Tuesday.\n");
    const { code, stdout } = extract(path, "--published", "2014-05-28");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.article).toMatchObject({ title: "Troops leave", published: "2014-05-28" });
    expect(out.tables.quantities[0]).toMatchObject({ value: 9800, unit: "troops", date: "2014" });
  });

  it("keeps an existing --out folder's other files and replaces the tables", () => {
    const out = join(work, "out-existing");
    cpSync(join(ROOT, "data"), join(work, "copy"), { recursive: true });
    mkdirSync(out);
    writeFileSync(join(out, "README.txt"), "keep me");
    expect(extract(join(work, "copy", "articles", "kerry-karzai-talks-2013-10-11.md"), "--out", out).code).toBe(0);
    expect(readFileSync(join(out, "README.txt"), "utf8")).toBe("keep me");
    expect(JSON.parse(readFileSync(join(out, "issues.json"), "utf8"))).toHaveLength(3);
  });

  it("explains its usage", () => {
    const { code, stderr } = extract();
    expect(code).toBe(2);
    expect(stderr).toContain("usage: npm run --silent extract --");
  });
});
