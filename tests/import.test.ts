import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { articleSlug, headlineSlug, importPlainText } from "../loaders/input/import.js";
import { parseArticle } from "../loaders/input/article.js";
import { runCli } from "./support/cli.js";

const work = mkdtempSync(join(tmpdir(), "import-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STORY = 'Storm: "Kerry" hits Café coast\n\nA storm hit the coast on Tuesday,\nkilling 12 people.\n\n\nAbout 4,000 homes lost power.\n';

function input(name: string, content: string | Uint8Array) {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const importCli = (...args: string[]) => runCli("cli/import.ts", args, { cwd: work });
const articlesDir = join(work, "data", "articles");

describe("slugs", () => {
  it("are the date and the headline's words, ASCII-folded and hyphenated", () => {
    expect(articleSlug("2014-05-28", 'Storm: "Kerry" hits Café coast — 12 dead')).toBe("2014-05-28-storm-kerry-hits-cafe-coast-12-dead");
  });

  it("are cut at a word boundary", () => {
    const slug = headlineSlug("Parliament approves the budget after a marathon overnight session in the capital", 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect("parliament-approves-the-budget-after-a-marathon-overnight-session-in-the-capital".startsWith(`${slug}-`)).toBe(true);
  });

  it("keep the date alone when the headline has no ASCII letters", () => {
    expect(articleSlug("2014-05-28", "东京地震")).toBe("2014-05-28");
  });
});

describe("importPlainText", () => {
  it("writes front matter that YAML reads back exactly, quotes and colons included", () => {
    const { markdown } = importPlainText(STORY, "s.txt", { published: "2014-05-28", source: "Wire: AP", url: "https://example.com/a?b=1" });
    const front = parse(markdown.split("---\n")[1]);
    expect(front).toEqual({ title: 'Storm: "Kerry" hits Café coast', published: "2014-05-28", source: "Wire: AP", url: "https://example.com/a?b=1" });
  });

  it("round-trips: the .md reads as the same article as the .txt", () => {
    const { slug, markdown } = importPlainText(STORY, "s.txt", { published: "2014-05-28" });
    const fromTxt = parseArticle(STORY, "s.txt", { published: "2014-05-28" });
    const fromMd = parseArticle(markdown, `${slug}.md`);
    expect(fromMd.body).toBe(fromTxt.body);
    expect(fromMd.title).toBe(fromTxt.title);
    expect(fromMd.published).toBe("2014-05-28");
  });
});

// Each test starts Node processes: about a second each, several on a busy machine.
describe("npm run import", { timeout: 60_000 }, () => {
  it("writes data/articles/<slug>.md, prints its path, and extract reads it as it reads the .txt", () => {
    const txt = input("storm.txt", STORY);
    const { code, stdout, stderr } = importCli(txt, "--published", "2014-05-28", "--source", "Wire");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const written = join("data", "articles", "2014-05-28-storm-kerry-hits-cafe-coast.md");
    expect(stdout).toBe(`${written}\n`);
    const fromMd = JSON.parse(runCli("cli/extract.ts", [join(work, written)], { cwd: work }).stdout);
    const fromTxt = JSON.parse(runCli("cli/extract.ts", [txt, "--published", "2014-05-28"], { cwd: work }).stdout);
    expect(fromMd.article.body).toBe(fromTxt.article.body);
    expect(fromMd.tables.quantities).toEqual(fromTxt.tables.quantities);
    expect(fromMd.article.source).toBe("Wire");
  });

  it("refuses to overwrite an existing article unless --force", () => {
    const txt = input("twice.txt", "Same headline\n\nFirst version, 3 people.\n");
    const target = join(articlesDir, "2014-01-02-same-headline.md");
    expect(importCli(txt, "--published", "2014-01-02").code).toBe(0);
    writeFileSync(txt, "Same headline\n\nSecond version, 4 people.\n");
    const refused = importCli(txt, "--published", "2014-01-02");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe("data/articles/2014-01-02-same-headline.md:1: file: already exists; pass --force to replace it\n");
    expect(readFileSync(target, "utf8")).toContain("First version");
    expect(importCli(txt, "--published", "2014-01-02", "--force").code).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("Second version");
  });

  it.each([
    ["no --published", () => input("a.txt", "Headline\n\nBody."), [], /a\.txt:1: published: missing/],
    ["an invalid date", () => input("b.txt", "Headline\n\nBody."), ["--published", "2014-02-30"], /b\.txt:1: published: "2014-02-30" is invalid/],
    ["no body", () => input("c.txt", "Headline only\n"), ["--published", "2014-01-02"], /c\.txt:\d+: body: empty/],
    ["an empty first line", () => input("d.txt", "\nBody without headline.\n"), ["--published", "2014-01-02"], /d\.txt:1: title: line 1 must hold the headline/],
    ["a binary file", () => input("e.txt", new Uint8Array([0x89, 0x50, 0, 1])), ["--published", "2014-01-02"], /e\.txt:1: file: is not text/],
    ["a bad --url", () => input("f.txt", "Headline\n\nBody."), ["--published", "2014-01-02", "--url", "not a url"], /f\.txt:1: url: --url "not a url" is invalid/],
    ["a file that is not .txt", () => input("g.md", "Headline\n\nBody."), ["--published", "2014-01-02"], /g\.md:1: file: must be a plain-text article ending in \.txt/],
    ["a missing file", () => join(work, "nope.txt"), ["--published", "2014-01-02"], /nope\.txt:1: file: cannot be read \(ENOENT\)/],
  ])("fails on %s with one line, exit 1, nothing written", (_, make, args, message) => {
    const before = existsSync(articlesDir) ? readdirSync(articlesDir) : [];
    const { code, stdout, stderr } = importCli(make(), ...(args as string[]));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    mkdirSync(articlesDir, { recursive: true });
    expect(readdirSync(articlesDir)).toEqual(before);
  });

  it("explains its usage", () => {
    const { code, stderr } = importCli();
    expect(code).toBe(2);
    expect(stderr).toContain("usage: npm run --silent import --");
  });
});
