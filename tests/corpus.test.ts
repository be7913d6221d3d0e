import { afterAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { ROOT, SEED } from "./support/fixtures.js";
import { runCli } from "./support/cli.js";
import { tableNames } from "../loaders/schemas.js";
import { extractFile } from "../loaders/extract.js";

const work = mkdtempSync(join(tmpdir(), "extract-corpus-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const extract = (...args: string[]) => runCli("cli/extract.ts", args, { cwd: work });
const readJson = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), "utf8"));

function corpus(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const story = (title: string, published: string, body: string) => `---\ntitle: ${title}\npublished: ${published}\n---\n\n${body}\n`;
const MIXED = {
  "a-flood.md": story("Flood", "2014-03-07", "Floods killed 14 people on Thursday, officials said."),
  "b-broken.md": "no front matter here",
  "c/vote.txt": "Vote count\n\nAbout 62 percent of voters backed the plan on Sunday.\n",
  "d-bad-date.md": story("Bad", "2014-02-30", "Body."),
  "e-budget.md": story("Budget", "2015-01-20", "The city will spend $4.5 billion by the end of next year."),
};

// Each test starts Node processes: about a second each, several on a busy machine.
describe("npm run extract on a corpus", { timeout: 60_000 }, () => {
  const dir = corpus("mixed", MIXED);
  const out = join(work, "out-mixed");
  const run = extract(dir, "--out", out, "--published", "2014-06-01");

  it("reports each broken article on one line, skips it, and says how many failed", () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        `${join(dir, "b-broken.md")}:1: front matter: missing: the file must start with a line '---'`,
        `${join(dir, "d-bad-date.md")}:3: published: "2014-02-30" is invalid: not a calendar date; expected YYYY-MM-DD, e.g. 2013-10-11`,
        "2 of 5 articles failed",
        "",
      ].join("\n"),
    );
  });

  it("writes one CSV and one JSON per table, plus articles, in file order", () => {
    expect(readdirSync(out).sort()).toEqual(["articles", ...tableNames].flatMap((t) => [`${t}.csv`, `${t}.json`]).sort());
    const articles = csvParse(readFileSync(join(out, "articles.csv"), "utf8").replace(/^\uFEFF/, ""));
    expect(articles.columns).toEqual(["slug", "title", "published", "source", "url"]);
    expect(articles.map((a) => [a.slug, a.published])).toEqual([
      ["a-flood", "2014-03-07"],
      ["vote", "2014-06-01"],
      ["e-budget", "2015-01-20"],
    ]);
  });

  it("leads every row with its article and matches extracting each article alone", () => {
    const alone = ["a-flood.md", "e-budget.md"].map((file) => extractFile(join(dir, file)));
    for (const name of tableNames) {
      const rows: Record<string, unknown>[] = readJson(out, `${name}.json`);
      expect(csvParse(readFileSync(join(out, `${name}.csv`), "utf8").replace(/^\uFEFF/, "")).columns[0]).toBe("article");
      for (const { article, tables } of alone) {
        expect(rows.filter((r) => r.article === article.slug).map(({ article, ...row }) => row)).toEqual(tables[name]);
      }
    }
    const quantities = readJson(out, "quantities.json");
    expect(quantities.map((q: Record<string, unknown>) => [q.article, q.value, q.unit])).toEqual([
      ["a-flood", 14, "people"],
      ["vote", 62, "percent"],
      ["e-budget", 4.5e9, "dollars"],
    ]);
  });

  it("lays out each JSON file as the single-article output does", () => {
    const rows = readJson(out, "times.json");
    expect(readFileSync(join(out, "times.json"), "utf8")).toBe(`${JSON.stringify(rows, null, 2)}\n`);
    expect(readFileSync(join(out, "issues.json"), "utf8")).toBe("[]\n");
  });

  it("gives byte-identical output with worker threads", () => {
    const threaded = join(work, "out-threaded");
    expect(extract(dir, "--out", threaded, "--published", "2014-06-01", "--jobs", "2").stderr).toBe(run.stderr);
    for (const name of readdirSync(out)) expect(readFileSync(join(threaded, name))).toEqual(readFileSync(join(out, name)));
  }, 60_000);

  it("reports a second article with the same slug, naming both files", () => {
    const twins = corpus("twins", { "x/story.md": MIXED["a-flood.md"], "y/story.md": MIXED["e-budget.md"] });
    const result = extract(join(twins, "y", "story.md"), join(twins, "x", "story.md"), "--out", join(work, "out-twins"));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${join(twins, "y", "story.md")}:1: slug: "story" is already the slug of ${join(twins, "x", "story.md")}; article skipped\n1 of 2 articles failed\n`);
    expect(readJson(join(work, "out-twins"), "articles.json").map((a: { title: string }) => a.title)).toEqual(["Flood"]);
  });

  it("replaces the tables of an existing folder and keeps its other files", () => {
    const target = join(work, "out-existing");
    mkdirSync(target);
    writeFileSync(join(target, "README.txt"), "keep me");
    writeFileSync(join(target, "quantities.json"), "old");
    cpSync(SEED, join(work, "seed", "seed.md"), { recursive: true });
    expect(extract(join(work, "seed"), "--out", target).code).toBe(0);
    expect(readFileSync(join(target, "README.txt"), "utf8")).toBe("keep me");
    expect(readJson(target, "quantities.json").length).toBeGreaterThan(0);
    expect(readdirSync(work).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it.each([
    ["several files without --out", () => [join(ROOT, "data", "articles"), SEED], /several articles or a folder need --out DIR/],
    ["a bad --jobs", () => [join(ROOT, "data", "articles"), "--out", join(work, "never"), "--jobs", "0"], /--jobs must be a whole number/],
  ])("refuses %s with usage, writing nothing", (_, args, message) => {
    const result = extract(...args());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(work, "never"))).toBe(false);
  });

  it("fails a folder with no articles in it, writing nothing", () => {
    const empty = corpus("empty", { "notes.csv": "a,b\n" });
    const result = extract(empty, "--out", join(work, "out-empty"));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${empty}:1: extract: no .md or .txt articles in ${empty}\n`);
    expect(existsSync(join(work, "out-empty"))).toBe(false);
  });
});
