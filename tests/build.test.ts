/**
 * Fresh data: a build after editing the article shows the new number, never cached tables;
 * and the preview server picks up an edit to data/ without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./support/fixtures.js";
import { buildSite } from "./support/site.js";

const ARTICLE = "data/articles/kerry-karzai-talks-2013-10-11.md";
const NOTES = "data/annotations/kerry-karzai-talks-2013-10-11.yaml";

/** A copy of the project (without its build cache) that a test may edit. */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), "dashboard-copy-"));
  for (const entry of ["package.json", "observablehq.config.ts", "tsconfig.json", "data", "loaders", "src"]) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, filter: (path) => !path.includes(".observablehq") });
  }
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

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
    const files = join(dist, "_file", "data");
    const figures = readFileSync(join(files, readdirSync(files).find((f) => f.startsWith("key-figures."))!), "utf8");
    expect(figures).toContain("just over 88,400");
    expect(readFileSync(join(dist, "data", "tables", "troops.csv"), "utf8")).toContain(",88400,more than,");
  }, 240_000);

  describe("in the preview server", () => {
    let server: ChildProcess;
    const port = 4300 + Math.floor(Math.random() * 500);
    const fetchFigures = async () => (await fetch(`http://127.0.0.1:${port}/_file/data/key-figures.json`)).text();

    beforeAll(async () => {
      server = spawn(join(copy, "node_modules", ".bin", "observable"), ["preview", "--port", String(port), "--no-open"], {
        cwd: copy,
        env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
        stdio: "ignore",
      });
      for (const started = Date.now(); !(await fetchFigures().catch(() => "")).includes("troops"); ) {
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
  });
});
