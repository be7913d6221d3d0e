/**
 * The built site in Debian's Chromium: every page loads cleanly and offline, shows the right
 * numbers, reacts to its inputs, links marks to sentences, passes axe, stays light and fast.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { PNG } from "pngjs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CHROMIUM, launch } from "./support/browser.js";
import { serve, type StaticServer } from "./support/server.js";
import { buildSite } from "./support/site.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGES = ["/", "/article", "/data"];

describe.skipIf(!CHROMIUM)("the built site", () => {
  let browser: Browser;
  let server: StaticServer;
  let dist: string;

  beforeAll(async () => {
    dist = buildSite();
    const preview = readFileSync(findFile(`${dist}/_file/data/previews`, /^troops\.[0-9a-f]+\.svg$/), "utf8");
    server = await serve(dist, { "/static-chart": `<!doctype html><meta charset="utf-8"><title>Static chart</title><body style="margin:0"><div data-first-chart>${preview}</div></body>` });
    browser = await launch();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, options: { colorScheme?: "light" | "dark"; width?: number } = {}) {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? "light" });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => !r.url().startsWith(server.url) && !r.url().startsWith("data:") && foreign.push(r.url()));
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    await settle(page);
    return { page, context, errors, foreign };
  }

  describe.each(["light", "dark"] as const)("in %s mode", (colorScheme) => {
    it.each(PAGES)("%s loads with no console error, no outside request and no axe violation", async (path) => {
      const { page, context, errors, foreign } = await open(path, { colorScheme });
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations).toEqual([]);
      await context.close();
    }, 60_000);
  });

  it("shows the key figures, charts and issues with the article's numbers", async () => {
    const { page, context } = await open("/");
    const text = await page.locator("main").innerText();
    for (const figure of ["just over 87,200", "just under 69%", "446 days", "Down by up to 42,800 (33%) from 130,000 in October 2011"]) expect(text).toContain(figure);
    const troops = page.locator('figure svg[aria-label="Foreign troops in Afghanistan"]');
    await expect(troops.getAttribute("aria-description")).resolves.toContain("fell from 130,000 troops in October 2011 to just over 87,200 on Aug. 1, 2013, 60,000 of them U.S.");
    expect(await troops.locator("text").evaluateAll((nodes) => nodes.map((n) => n.textContent))).toEqual(expect.arrayContaining(["130,000", "just over 87,200", "60,000 U.S."]));
    expect(await page.locator("table.issues tbody tr").count()).toBe(3);
    expect(await page.locator("table.issues").textContent()).toContain("Refuses a guarantee, as it could lead to offensive action against another ally, Pakistan");
    expect(await page.locator('figure svg[aria-label^="From the Taliban"] g[data-mark="dot"] circle').count()).toBe(6);
    expect(await page.locator("img.chart-preview").first().isVisible()).toBe(false);
    await context.close();
  }, 60_000);

  it("updates the explorer's results, chart and query when an input changes", async () => {
    const { page, context } = await open("/");
    const rows = page.locator("table.results tbody tr");
    expect(await rows.count()).toBe(6);
    await page.getByLabel("Search").fill("troops");
    await expect.poll(() => rows.count()).toBe(2);
    // textContent: below the first chart, sections are only painted near the screen (content-visibility).
    await expect.poll(() => page.locator("pre.query").textContent()).toContain('term: "troops"');
    await page.getByLabel("Table").selectOption("Entities");
    await page.getByLabel("Search").fill("kerry");
    await expect.poll(() => page.locator("table.results tbody").textContent()).toContain("John Kerry");
    await expect.poll(() => page.locator("pre.query").textContent()).toContain("aq.from(tables.entities)");
    await context.close();
  }, 60_000);

  it("downloads every chart and table the dashboard offers, as the reader filtered it", async () => {
    const files: Record<string, Buffer> = {};
    const downloadAll = async (page: Page, selector: string) => {
      const controls = page.locator(selector);
      for (let i = 0; i < (await controls.count()); i++) {
        const [download] = await Promise.all([page.waitForEvent("download"), controls.nth(i).click()]);
        files[download.suggestedFilename()] = readFileSync((await download.path())!);
      }
    };
    // Chromium allows a page about ten downloads, so the static files and the filtered ones
    // are fetched from two page loads.
    const first = await open("/");
    await downloadAll(first.page, ".downloads a[download]");
    await first.context.close();
    const { page, context } = await open("/");
    await page.getByLabel("Search").fill("troops");
    await expect.poll(() => page.locator("table.results tbody tr").count()).toBe(2);
    await downloadAll(page, ".downloads button.download");
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      [
        ...["troops", "milestones"].flatMap((c) => [`${c}.svg`, `${c}.png`, `${c}.csv`]),
        "issues.csv",
        "issues.json",
        ...["svg", "png", "csv"].map((ext) => `quantities-by-unit-matching-troops.${ext}`),
        ...["csv", "json"].map((ext) => `quantities-matching-troops.${ext}`),
      ].sort(),
    );
    for (const [name, bytes] of Object.entries(files)) {
      expect(bytes.length, name).toBeGreaterThan(30);
      if (name.endsWith(".svg")) expect(bytes.toString(), name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="800"[\s\S]*<title>/);
      if (name.endsWith(".png")) expect(PNG.sync.read(bytes).width, name).toBe(1600);
      if (name.endsWith(".csv")) expect(bytes.subarray(0, 3), name).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      if (name.endsWith(".json")) expect(() => JSON.parse(bytes.toString()), name).not.toThrow();
    }
    // Filtered files hold what the reader sees: two quantities about troops, in one group.
    expect(JSON.parse(files["quantities-matching-troops.json"].toString()).map((r: { unit: string }) => r.unit)).toEqual(["troops", "troops"]);
    expect(files["quantities-by-unit-matching-troops.csv"].toString()).toBe("\uFEFFunit,rows,total\r\ntroops,2,217200\r\n");
    const svg = files["quantities-by-unit-matching-troops.svg"].toString();
    expect(svg).toContain("2 of 6 rows, matching “troops”");
    expect(svg).toContain("Source: Al Jazeera America and Reuters, Oct. 11, 2013");
    await context.close();
  }, 60_000);

  it("takes a click on a milestone to its sentence, highlighted", async () => {
    const { page, context } = await open("/");
    const dot = page.locator('figure svg[aria-label^="From the Taliban"] g[data-mark="dot"] circle').first();
    await dot.scrollIntoViewIfNeeded();
    const box = (await dot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/article#s22$/);
    await settle(page);
    const target = page.locator("#s22");
    await expect.poll(() => target.getAttribute("class")).toContain("is-target");
    expect(await target.innerText()).toContain("A resolution adopted unanimously by the council Thursday");
    expect(await target.isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it("takes a click on an issue to its sentence", async () => {
    const { page, context } = await open("/");
    await page.getByRole("link", { name: "Guarantee of protection from foreign forces" }).click();
    await page.waitForURL(/\/article#s4$/);
    await expect.poll(() => page.locator("#s4").getAttribute("class")).toContain("is-target");
    await context.close();
  }, 60_000);

  it.each(PAGES)("%s fits a 390px phone screen without sideways scrolling", async (path) => {
    const { page, context } = await open(path, { width: 390 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  }, 60_000);

  it("transfers at most 250 KB gzipped on the dashboard's first load", async () => {
    const weights: Record<string, number> = {};
    for (const path of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on("requestfinished", (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
      await page.goto(server.url + path, { waitUntil: "networkidle" });
      weights[path] = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      console.log(`${path} first load: ${(weights[path] / 1024).toFixed(1)} KB over ${sizes.length} requests`);
      await context.close();
    }
    expect(weights["/"]).toBeLessThanOrEqual(250 * 1024);
  }, 60_000);

  it("shows its first chart within twice the time a static page with the same SVG takes", async () => {
    const timings = { static: [] as number[], dashboard: [] as number[] };
    // One unmeasured load each warms the server's compressed-file cache and the browser.
    await firstChart(browser, `${server.url}/static-chart`);
    await firstChart(browser, `${server.url}/`);
    for (let run = 0; run < 9; run++) {
      timings.static.push(await firstChart(browser, `${server.url}/static-chart`));
      timings.dashboard.push(await firstChart(browser, `${server.url}/`));
    }
    const [staticMs, dashboardMs] = [median(timings.static), median(timings.dashboard)];
    console.log(`first chart: static page ${staticMs.toFixed(0)} ms, dashboard ${dashboardMs.toFixed(0)} ms (median of 9; ratio ${(dashboardMs / staticMs).toFixed(2)})`);
    expect(dashboardMs).toBeLessThanOrEqual(2 * staticMs);
  }, 120_000);
});

/** Scrolls through the page so cells waiting to be seen run, and waits until every cell has rendered. */
async function settle(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => !document.querySelector("observablehq-loading"), null, { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Records the first animation frame in which a chart is laid out; plain text, so no transpiler touches it. */
const FIRST_CHART_PROBE = `(() => {
  const probe = () => {
    const chart = document.querySelector("[data-first-chart] svg, svg[role=img]");
    if (chart && chart.getBoundingClientRect().height > 0) window.firstChartAt = performance.now();
    else requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
})();`;

/**
 * Milliseconds from navigation to the first frame with a chart laid out on screen: the
 * element marked data-first-chart (the build-time SVG) or any rendered chart, whichever first.
 * The same probe runs in both pages.
 */
async function firstChart(browser: Browser, url: string): Promise<number> {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: FIRST_CHART_PROBE });
  await page.goto(url, { waitUntil: "load" });
  const ms = await page.waitForFunction(() => (window as unknown as { firstChartAt?: number }).firstChartAt).then((h) => h.jsonValue());
  await context.close();
  return ms as number;
}

function findFile(dir: string, name: RegExp): string {
  const file = readdirSync(dir).find((f) => name.test(f));
  if (!file) throw new Error(`no ${name} in ${dir}`);
  return `${dir}/${file}`;
}
