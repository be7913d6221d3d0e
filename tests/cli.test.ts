import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SEED } from "./support/fixtures.js";
import { runCli } from "./support/cli.js";
import { ExtractSchema, tableNames } from "../loaders/schemas.js";

const work = mkdtempSync(join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const extract = (...args: string[]) => runCli("cli.ts", args, work);

function file(name: string, content: string | Uint8Array) {
  const path = join(work, "data", "articles", name);
  mkdirSync(join(work, "data", "articles"), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe("npm run extract", () => {
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

  const good = "---\ntitle: T\npublished: 2013-10-11\n---\n\nKerry met Karzai on Friday.\n";
  it.each([
    ["no front matter", () => file("a.md", "Kerry met Karzai."), [], /a\.md:1: front matter: missing/],
    ["missing date", () => file("b.md", "---\ntitle: T\n---\n\nBody.\n"), [], /b\.md:1: published: missing/],
    ["invalid date", () => file("c.md", "---\ntitle: T\npublished: 2013-02-30\n---\n\nBody.\n"), [], /c\.md:3: published: "2013-02-30" is invalid/],
    ["empty body", () => file("d.md", "---\ntitle: T\npublished: 2013-10-11\n---\n\n\n"), [], /d\.md:5: body: empty/],
    ["empty file", () => file("e.md", ""), [], /e\.md:1: file: is empty/],
    ["binary file", () => file("f.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), [], /f\.md:1: file: is not text/],
    ["bad --published", () => file("g.txt", "T\n\nBody."), ["--published", "2013-1-1"], /g\.txt:1: published: "2013-1-1" is invalid/],
    ["missing file", () => join(work, "nope.md"), [], /nope\.md:1: file: cannot be read \(ENOENT\)/],
    [
      "annotation quote not in the article",
      () => {
        mkdirSync(join(work, "data", "annotations"), { recursive: true });
        writeFileSync(join(work, "data", "annotations", "h.yaml"), "milestones:\n  - quote: Kerry met Karzai on Sunday\n    label: The meeting\n    category: diplomacy\n");
        return file("h.md", good);
      },
      [],
      /annotations\/h\.yaml:2: milestones\[0\]\.quote: not in the article; nearest: "Kerry met Karzai on Friday"/,
    ],
  ])("fails on %s with one line, exit 1, nothing written", (_, make, args, message) => {
    const path = make();
    const out = join(work, `out-${Math.random().toString(36).slice(2)}`);
    const { code, stdout, stderr } = extract(path, ...(args as string[]), "--out", out);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((n) => n.includes(".tmp-"))).toEqual([]);
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
