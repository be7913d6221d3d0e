/** npm run new-page: a story page in a few lines for any article, never over an editor's page. */
import { afterAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SEED } from "./support/fixtures.js";
import { runTypeScript } from "./support/cli.js";

const work = mkdtempSync(join(tmpdir(), "new-page-"));
mkdirSync(join(work, "data", "articles"), { recursive: true });
cpSync(SEED, join(work, "data", "articles", "kerry-karzai-talks-2013-10-11.md"));
cpSync(join(ROOT, "data", "annotations"), join(work, "data", "annotations"), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const newPage = (...args: string[]) => runTypeScript(join(ROOT, "publish", "cli", "newPage.ts"), args, { cwd: work });

describe("npm run new-page", { timeout: 60_000 }, () => {
  const page = join(work, "src", "stories", "kerry-karzai-talks-2013-10-11.md");

  it("writes a page that loads the article once and calls one part at a time, the slug written once", () => {
    const { code, stdout, stderr } = newPage("kerry-karzai-talks-2013-10-11");
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.trim()).toBe(join("src", "stories", "kerry-karzai-talks-2013-10-11.md"));
    const markdown = readFileSync(page, "utf8");
    expect(markdown.match(/kerry-karzai-talks-2013-10-11/g)).toHaveLength(1);
    expect(markdown).toContain('title: "Kerry, Karzai hold talks on US military presence in Afghanistan after 2014"');
    for (const call of ["story.header()", "story.keyFigures()", 'story.chart("troops")', 'story.chart("milestones")', 'story.table("issues")', "story.downloads()"]) expect(markdown).toContain(call);
    expect(markdown).toContain("(Replace this paragraph.)");
  });

  it("refuses to write over a page without --force, and replaces it with --force", () => {
    writeFileSync(page, "An editor's page\n");
    const refused = newPage("kerry-karzai-talks-2013-10-11");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`${join("src", "stories", "kerry-karzai-talks-2013-10-11.md")}:1: file: already exists; pass --force to replace it\n`);
    expect(readFileSync(page, "utf8")).toBe("An editor's page\n");
    expect(newPage("kerry-karzai-talks-2013-10-11", "--force").code).toBe(0);
    expect(readFileSync(page, "utf8")).toContain("story.header()");
  });

  it("names the articles it has when the slug is unknown, in one line", () => {
    const { code, stderr } = newPage("no-such-story");
    expect(code).toBe(1);
    expect(stderr).toBe('data/articles:1: slug: no article with slug "no-such-story" (have: kerry-karzai-talks-2013-10-11)\n');
    expect(existsSync(join(work, "src", "stories", "no-such-story.md"))).toBe(false);
  });
});
