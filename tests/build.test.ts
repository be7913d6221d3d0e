/**
 * Fresh data: a build after editing the article shows the new number, never cached tables;
 * and the preview server picks up an edit to data/ without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE_ARTICLES, buildSite, copyProject } from "./support/site.js";

const ARTICLE = "data/articles/kerry-karzai-talks-2013-10-11.md";
const NOTES = "data/annotations/kerry-karzai-talks-2013-10-11.yaml";

/** Changes "just over 87,200" in the article and its annotation alike, so the build still verifies. */
function setTroops(copy: string, from: number, to: number) {
  const edit = (file: string, a: string, b: string) => writeFileSync(join(copy, file), readFileSync(join(copy, file), "utf8").replace(a, b));
  edit(ARTICLE, from.toLocaleString("en-US"), to.toLocaleString("en-US"));
  edit(NOTES, `troops: ${from}`, `troops: ${to}`);
  edit(NOTES, `quote: just over ${from.toLocaleString("en-US")}`, `quote: just over ${to.toLocaleString("en-US")}`);
}

describe("fresh data", () => {
  const copy = copyProject();
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("rebuilds the tables after the article changes, whatever the cache holds", () => {
    const first = readFileSync(join(buildSite(copy), "index.html"), "utf8");
    expect(first).toContain("just over 87,200");
    setTroops(copy, 87200, 88400);
    const dist = buildSite(copy);
    const html = readFileSync(join(dist, "index.html"), "utf8");
    expect(html).toContain("just over 88,400");
    expect(html).not.toContain("87,200");
    const files = join(dist, "_file", "data", "articles", "kerry-karzai-talks-2013-10-11");
    const story = readFileSync(join(files, readdirSync(files).find((f) => f.startsWith("story."))!), "utf8");
    expect(story).toContain("just over 88,400");
    expect(readFileSync(join(dist, "data", "articles", "kerry-karzai-talks-2013-10-11", "tables", "troops.csv"), "utf8")).toContain(",88400,more than,");
  }, 240_000);

  it("stops the build on a broken article, saying file, line and field in one line", () => {
    const broken = join(copy, "data", "articles", "undated.md");
    writeFileSync(broken, "---\ntitle: No date here\n---\n\nA body.\n");
    try {
      expect(() => buildSite(copy)).toThrow(/undated\.md:\d+: published: /);
    } finally {
      rmSync(broken);
    }
  }, 240_000);

  describe("in the preview server", () => {
    let server: ChildProcess;
    const port = 4300 + Math.floor(Math.random() * 500);
    const fetchFigures = async () => (await fetch(`http://127.0.0.1:${port}/_file/data/articles/kerry-karzai-talks-2013-10-11/story.json`)).text();

    beforeAll(async () => {
      server = spawn(join(copy, "node_modules", ".bin", "observable"), ["preview", "--port", String(port), "--no-open"], {
        cwd: copy,
        env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
        stdio: "ignore",
      });
      for (const started = Date.now(); !(await fetchFigures().catch(() => "")).includes("just over"); ) {
        if (Date.now() - started > 60_000) throw new Error("the preview server did not start");
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }, 90_000);

    afterAll(() => {
      server?.kill();
    });

    it("shows an edit to the article without a restart", async () => {
      const before = await fetchFigures();
      const current = before.includes("88,400") ? 88400 : 87200;
      setTroops(copy, current, 91000);
      await expect.poll(fetchFigures, { timeout: 30_000, interval: 500 }).toContain("just over 91,000");
    }, 60_000);

    it("lists a new article dropped into data/articles, and serves its page, without a restart", async () => {
      const corpus = async () => (await fetch(`http://127.0.0.1:${port}/_file/data/archive.json`)).text();
      expect(await corpus()).not.toContain("Storm damage at Riverton harbor");
      cpSync(join(FIXTURE_ARTICLES, "harbor-storm-damage-2019-03-11.md"), join(copy, "data", "articles", "harbor-storm-damage-2019-03-11.md"));
      await expect.poll(corpus, { timeout: 30_000, interval: 500 }).toContain("Storm damage at Riverton harbor");
      const page = await fetch(`http://127.0.0.1:${port}/articles/harbor-storm-damage-2019-03-11`);
      expect(page.status).toBe(200);
      const extract = await fetch(`http://127.0.0.1:${port}/_file/data/articles/harbor-storm-damage-2019-03-11/story.json`);
      expect(JSON.parse(await extract.text()).article.title).toBe("Storm damage at Riverton harbor put at $38 million");
    }, 60_000);

    it("shows a broken article's error on its pages, and keeps serving the others", async () => {
      const broken = join(copy, "data", "articles", "undated.md");
      writeFileSync(broken, "---\ntitle: No date here\n---\n\nA body.\n");
      try {
        const corpus = async () => JSON.parse(await (await fetch(`http://127.0.0.1:${port}/_file/data/archive.json`)).text());
        await expect.poll(async () => (await corpus()).failed, { timeout: 30_000, interval: 500 }).toEqual([{ slug: "undated", error: expect.stringMatching(/undated\.md:\d+: published: /) }]);
        const page = JSON.parse(await (await fetch(`http://127.0.0.1:${port}/_file/data/articles/undated/story.json`)).text());
        expect(page.error).toMatch(/^.*undated\.md:\d+: published: [^\n]+$/);
        expect((await corpus()).articles.length).toBeGreaterThan(0);
      } finally {
        rmSync(broken);
      }
    }, 60_000);
  });
});
