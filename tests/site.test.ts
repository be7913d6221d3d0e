/**
 * The built site in Debian's Chromium: every page loads cleanly and offline, shows the right
 * numbers, reacts to its inputs, links marks to sentences, passes axe, stays light and fast.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launch } from "./support/browser.js";
import { serve, type StaticServer } from "../publish/serve.js";
import { buildSite, copyProject } from "./support/site.js";
import { runTypeScript } from "./support/cli.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const ARTICLE_PAGES = ["/articles/kerry-karzai-talks-2013-10-11", "/articles/riverton-council-budget-2019-03-08", "/articles/harbor-storm-damage-2019-03-11", "/articles/varne-valley-floods-2014-08-18"];
const STORY_SLUG = "varne-valley-floods-2014-08-18";
const PAGES = ["/", "/article", "/downloads", "/articles/", ...ARTICLE_PAGES, `/stories/${STORY_SLUG}`];

/** Built and served under a base path, as a newsroom deploys it: every test checks the site works there. */
const BASE = "/graphics/afghanistan/";
const SEED_SLUG = "kerry-karzai-talks-2013-10-11";

describe.skipIf(!CHROMIUM)("the built site", () => {
  let browser: Browser;
  let server: StaticServer;
  let dist: string;
  const copy = copyProject({ fixtures: true });

  beforeAll(async () => {
    // A story page as an editor starts one, for an article on another subject.
    const written = runTypeScript(join(copy, "publish", "cli", "newPage.ts"), [STORY_SLUG], { cwd: copy });
    if (written.code !== 0) throw new Error(`new-page failed: ${written.stderr}`);
    dist = buildSite(copy, { BASE_PATH: BASE });
    server = await serve(dist, { base: BASE });
    browser = await launch();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it("serves every page under the base path with no failed or outside request, console error or stray null, titled and carded, every link working", async () => {
    const pages = readdirSync(dist, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".html"))
      .map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "")}`);
    expect(pages).toEqual(expect.arrayContaining([...PAGES, `/embed/${SEED_SLUG}/troops`, "/embed/varne-valley-floods-2014-08-18/milestones"]));
    const links = new Set<string>();
    for (const path of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      page.on("pageerror", (e) => problems.push(String(e)));
      page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      page.on("request", (r) => !r.url().startsWith(server.url) && !r.url().startsWith("data:") && problems.push(`outside request: ${r.url()}`));
      await page.goto(server.url + path, { waitUntil: "networkidle" });
      await settle(page);
      expect(problems, path).toEqual([]);
      expect(await strayValues(page), path).toEqual([]);
      const meta = await page.evaluate(() => ({
        title: document.title,
        lang: document.documentElement.lang,
        ...Object.fromEntries([...document.querySelectorAll("meta[name=description], meta[property^='og:']")].map((m) => [m.getAttribute("name") ?? m.getAttribute("property"), m.getAttribute("content")])),
      }));
      expect(meta.title, path).toMatch(/^.{8,} \| Article to dashboard$/);
      expect(meta.lang).toBe("en");
      for (const key of ["description", "og:title", "og:description", "og:image"]) expect(meta[key as keyof typeof meta], `${path} ${key}`).toBeTruthy();
      expect(meta["og:image" as keyof typeof meta], path).toMatch(new RegExp(`^${BASE}data/articles/[a-z0-9-]+/charts/[a-z0-9-]+\\.png$`));
      links.add(new URL(meta["og:image" as keyof typeof meta]!, server.url).href);
      // An SVG link's href is an SVGAnimatedString; its baseVal is the address.
      for (const href of await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a instanceof HTMLAnchorElement ? a.href : new URL((a as SVGAElement).href.baseVal, location.href).href)))) {
        if (href.startsWith(new URL(server.url).origin)) links.add(href.replace(/#.*$/, ""));
      }
      await context.close();
    }
    for (const href of links) {
      expect(href.startsWith(server.url), href).toBe(true);
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
    }
    expect([...links].filter((l) => /\.(svg|png|csv|json)$/.test(l)).length).toBeGreaterThan(30);
  }, 300_000);

  it("embeds charts in another site's page, each iframe as tall as its content, at phone and desktop widths", async () => {
    const { embedSnippet } = await import("../src/shared/embed.js");
    const embed = (chart: string, theme = "") => embedSnippet(`${server.url}/embed/${SEED_SLUG}/${chart}${theme}`, { title: chart, image: `${server.url}/data/articles/${SEED_SLUG}/charts/${chart}.png` });
    const host = await serve(mkdtempSync(join(tmpdir(), "host-")), {
      extra: { "/story": `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><body style="margin:0 auto;max-width:720px;padding:0 12px"><h1>A news story</h1><p>Before the charts.</p>${embed("troops")}<p>Between them.</p>${embed("milestones", "?theme=dark")}<p>After.</p></body></html>` },
    });
    try {
      expect(new URL(host.url).origin).not.toBe(new URL(server.url).origin);
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${host.url}/story`, { waitUntil: "networkidle" });
        const iframes = page.locator("iframe[data-article-dashboard-embed]");
        expect(await iframes.count()).toBe(2);
        for (let i = 0; i < 2; i++) {
          const iframe = iframes.nth(i);
          await iframe.scrollIntoViewIfNeeded();
          const frame = (await (await iframe.elementHandle())!.contentFrame())!;
          // The embed holds the chart drawn for a desktop and for a phone; one shows.
          await frame.waitForSelector("figure svg >> visible=true");
          // A phone gets the chart drawn for its width, not the desktop one shrunk.
          expect(await frame.locator("figure svg.adaptive-chart >> visible=true").getAttribute("width")).toBe(width === 390 ? "380" : "800");
          const fits = async () => {
            const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
            const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
            return Math.abs(outer - inner) <= 1;
          };
          await expect.poll(fits, { timeout: 10_000 }).toBe(true);
          const { scrollWidth, clientWidth, theme } = await frame.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, theme: document.documentElement.dataset.theme }));
          expect(scrollWidth, `iframe ${i} at ${width}px`).toBeLessThanOrEqual(clientWidth);
          expect(theme).toBe(i === 1 ? "dark" : undefined);
          // The host's ?theme=dark darkens the chart itself, not only the page around it.
          const background = await frame.evaluate(() => getComputedStyle(document.querySelector("svg .background")!).fill);
          expect(background, `iframe ${i}`).toBe(i === 1 ? "rgb(22, 22, 22)" : "rgb(255, 255, 255)");
        }
        await context.close();
      }
    } finally {
      await host.close();
    }
  }, 120_000);

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

  describe.each([
    ["light", 1280],
    ["dark", 1280],
    ["light", 390],
    ["dark", 390],
  ] as const)("in %s mode at %i px", (colorScheme, width) => {
    it.each(PAGES)("%s loads with no console error, no outside request and no axe violation", async (path) => {
      const { page, context, errors, foreign } = await open(path, { colorScheme, width });
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

  it("works on a static host that looks for a folder before a page: every page is itself", async () => {
    const host = await serve(dist, { base: BASE, folderFirst: true });
    try {
      for (const path of [...PAGES, `/embed/${SEED_SLUG}/troops`]) {
        const [mine, theirs] = await Promise.all([fetch(server.url + path), fetch(host.url + path)]);
        expect(theirs.status, path).toBe(200);
        const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
        expect(title(await theirs.text()), path).toBe(title(await mine.text()));
      }
    } finally {
      await host.close();
    }
  }, 60_000);

  it("shows the key figures, charts and issues with the article's numbers", async () => {
    const { page, context } = await open("/");
    const text = await page.locator("main").innerText();
    for (const figure of ["just over 87,200", "just under 69%", "446 days", "Down by up to 42,800 (33%) from 130,000 in October 2011"]) expect(text).toContain(figure);
    // The build draws each chart for a desktop column and a phone's; the page shows one.
    const troops = page.locator('figure svg[aria-label="Foreign troops in Afghanistan"]:visible');
    await expect(troops.getAttribute("aria-description")).resolves.toContain("fell from 130,000 troops in October 2011 to just over 87,200 on Aug. 1, 2013, 60,000 of them U.S.");
    expect(await troops.locator("text").evaluateAll((nodes) => nodes.map((n) => n.textContent))).toEqual(expect.arrayContaining(["130,000", "just over 87,200", "60,000 U.S."]));
    expect(await page.locator("table.issues tbody tr").count()).toBe(3);
    expect(await page.locator("table.issues").textContent()).toContain("Refuses a guarantee, as it could lead to offensive action against another ally, Pakistan");
    expect(await page.locator('figure svg[aria-label^="From the Taliban"]:visible g[data-mark="dot"] circle').count()).toBe(6);
    // The build's static copies have given way to the live parts.
    expect(await page.locator("[data-static]").count()).toBe(0);
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
    const dot = page.locator('figure svg[aria-label^="From the Taliban"]:visible g[data-mark="dot"] circle').first();
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

  it("lists every article, newest first, each linked to its page", async () => {
    const { page, context } = await open("/articles/");
    const titles = await page.locator("table.results tbody td:first-child a").allTextContents();
    const { articlesIn } = await import("../loaders/input/files.js");
    const { readArticle } = await import("../loaders/input/files.js");
    const articles = [...articlesIn(join(copy, "data", "articles")).values()].map((file) => readArticle(file));
    const newestFirst = articles.sort((a, b) => (a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1));
    expect(titles).toEqual(newestFirst.map((a) => a.title));
    expect(titles).toContain("Riverton council passes $4.5 billion budget after <b>all-night</b> session");
    // Unrelated stories on one timeline would say nothing: the archive lists them (its timeline is a call away).
    expect(await page.locator('figure svg[aria-label="The story so far"]').count()).toBe(0);
    await page.getByRole("link", { name: "Riverton council passes" }).click();
    await page.waitForURL(/\/articles\/riverton-council-budget-2019-03-08$/);
    await context.close();
  }, 60_000);

  it.each(ARTICLE_PAGES)("%s shows its figures, charts, names and text, with article text as text", async (path) => {
    const { page, context, errors } = await open(path);
    expect(errors).toEqual([]);
    expect(await page.locator(".key-figure").count()).toBeGreaterThan(0);
    // Only the charts its data has the shape for, each titled from its own article.
    const titles = await page.locator(".chart-card figure > h2:visible").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    if (path.includes("kerry-karzai")) expect(titles).toEqual(["Foreign troops in Afghanistan", "From the Taliban’s fall to the withdrawal deadline"]);
    else for (const seedWords of ["Foreign troops in Afghanistan", "Taliban", "zero option", "NATO"]) expect(await page.locator("main").innerText()).not.toContain(seedWords);
    expect(await page.locator("main").innerText()).not.toMatch(/\bunspecified\b|About 0 /);
    expect(await page.locator(".sentence[id^=s]").count()).toBeGreaterThan(3);
    // Markup in an article is text: the script never runs, the tags show as written.
    expect(await page.evaluate(() => (window as unknown as { __fixtureScriptRan?: boolean }).__fixtureScriptRan)).toBeUndefined();
    if (path.includes("riverton-council")) {
      expect(await page.locator("h1").textContent()).toBe("Riverton council passes $4.5 billion budget after <b>all-night</b> session");
      // The sentence splitter ends a sentence at "window.", so its number may stand inside the tag.
      expect(await page.locator("main").textContent()).toMatch(/<script>window\.\d*__fixtureScriptRan = true<\/script>/);
      expect(await page.locator("main").textContent()).toContain("in *bold* Markdown, said [click here](http://example.invalid/)");
      expect(await page.locator("main script, main b").count()).toBe(0);
    }
    for (const href of await page.locator(".downloads a[download]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    await context.close();
  }, 60_000);

  it("builds the page npm run new-page wrote: the story's header, figures and charts, with prose to replace", async () => {
    const { page, context, errors } = await open(`/stories/${STORY_SLUG}`);
    expect(errors).toEqual([]);
    expect(await page.locator("main h1").first().textContent()).toContain("Varne valley");
    expect(await page.locator(".key-figure").count()).toBeGreaterThan(0);
    expect(await page.locator(".chart-card figure svg").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator("main").innerText()).toContain("(Replace this paragraph.)");
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

  it("transfers at most 150 KB on the dashboard's first load and 120 KB on an article's or the archive's, at desktop and phone widths", async () => {
    // Plot loads only when a chart must be redrawn: the build drew each for a desktop and a phone.
    const budgets: Record<string, number> = { "/": 150, "/article": 120, [`/articles/${SEED_SLUG}`]: 120, "/articles/": 120 };
    for (const [path, budget] of Object.entries(budgets))
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const sizes: Promise<number>[] = [];
        page.on("requestfinished", (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
        await page.goto(server.url + path, { waitUntil: "networkidle" });
        const weight = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
        console.log(`${path} at ${width} px, first load: ${(weight / 1024).toFixed(1)} KB over ${sizes.length} requests`);
        expect(weight, `${path} at ${width} px`).toBeLessThanOrEqual(budget * 1024);
        await context.close();
      }
  }, 120_000);

  it.each(PAGES)("%s reads without JavaScript: headline, figures, charts, tables and download links are in the HTML", async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + path, { waitUntil: "load" });
    if (path !== "/downloads" && path !== "/articles/") expect(await page.locator("main h1").first().textContent()).toBeTruthy();
    if (path === "/" || path.startsWith("/articles/k")) expect(await page.locator(".key-figure").count()).toBeGreaterThan(0);
    if (path === "/" || path.startsWith("/articles/k")) {
      expect(await page.locator(".chart-card figure svg").count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator(".downloads a[download]").count()).toBeGreaterThan(3);
    }
    if (path === "/") expect(await page.locator("table.issues tbody tr").count()).toBe(3);
    if (path === "/articles/") expect(await page.locator("table.results tbody tr").count()).toBeGreaterThan(3);
    if (path === "/article") expect(await page.locator(".sentence[id^=s]").count()).toBeGreaterThan(20);
    expect(await page.locator("observablehq-loading:visible").count()).toBe(0);
    await context.close();
  }, 60_000);

  it.each(["/", `/articles/${SEED_SLUG}`])("%s lays out its first chart while every script is still held back", async (path) => {
    // How fast that paints, against a static page, is npm run bench -- --pages; here, that nothing waits on code.
    const context = await browser.newContext();
    const page = await context.newPage();
    let held = 0;
    await page.route(/\.js(\?|$)/, () => void held++); // never answered: the scripts stay in flight
    await page.goto(server.url + path, { waitUntil: "commit" });
    await page.waitForFunction(() => [...document.querySelectorAll(".chart-card figure svg")].some((svg) => svg.getBoundingClientRect().height > 0), null, { timeout: 20_000 });
    expect(await page.locator("main h1").first().textContent()).toBeTruthy();
    expect(held).toBeGreaterThan(0);
    await context.close();
  }, 60_000);
});

/** Scrolls through the page so cells waiting to be seen run, and waits until every cell has rendered. */
async function settle(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => !document.querySelector("observablehq-loading"), null, { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Words a page shows only when code put a missing value where text belongs; code listings may say them. */
function strayValues(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("pre, code, script, style, textarea")) continue;
      const match = /\b(null|undefined|NaN|Infinity)\b|\[object \w+\]/.exec(node.textContent ?? "");
      if (match) found.push(`${match[0]} in <${node.parentElement?.localName}>: ${node.textContent!.trim().slice(0, 80)}`);
    }
    return found;
  });
}
