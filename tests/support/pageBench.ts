/**
 * npm run bench -- --pages: the built site in headless Chromium, page by page at 1280 and 390
 * px: first and largest contentful paint, layout shift, bytes and requests, medians of five loads,
 * beside the same page's HTML with its scripts taken out (a static page holding the same first
 * screen). A build of the seed in a temporary copy.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "./browser.js";
import { buildSite, copyProject } from "./site.js";
import { serve } from "../../publish/serve.js";

const LOADS = 5;
const PAGES = ["/", "/article", "/articles/kerry-karzai-talks-2013-10-11", "/articles/"];

/** Paint timings and layout shift, recorded from the first moment of the page. */
const PROBE = `(() => {
  window.__paint = { fcp: 0, lcp: 0, cls: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__paint.fcp = e.startTime; }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__paint.lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__paint.cls += e.value; }).observe({ type: "layout-shift", buffered: true });
})();`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A built page with its scripts and module preloads taken out: what the HTML alone shows. */
const staticCopy = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/g, "").replace(/<link rel="modulepreload"[^>]*>/g, "");

export async function benchPages(): Promise<void> {
  const copy = copyProject();
  const dist = buildSite(copy);
  const extra = Object.fromEntries(PAGES.map((path) => [`/static${path}`, staticCopy(readFileSync(join(dist, `${path.replace(/\/$/, "/index")}.html`.replace(/^\/\.html$/, "/index.html").replace(/^\//, "")), "utf8"))]));
  const server = await serve(dist, { extra });
  const browser = await launch();
  try {
    console.log("pages of the built seed site, medians of five loads (static: the same HTML without its scripts)");
    console.log("  page                                       width    FCP  static    LCP  static  LCP ratio   CLS   KB gz  requests");
    for (const path of PAGES)
      for (const width of [1280, 390]) {
        const measure = async (url: string) => {
          const runs: { fcp: number; lcp: number; cls: number; bytes: number; requests: number }[] = [];
          for (let i = 0; i < LOADS + 1; i++) {
            const context = await browser.newContext({ viewport: { width, height: 900 } });
            const page = await context.newPage();
            await page.addInitScript({ content: PROBE });
            let bytes = 0;
            let requests = 0;
            page.on("response", async (response) => {
              requests++;
              const body = await response.body().catch(() => Buffer.alloc(0));
              bytes += /image\/png/.test(response.headers()["content-type"] ?? "") ? body.length : gzipSync(body).length;
            });
            await page.goto(url, { waitUntil: "networkidle" });
            await page.waitForTimeout(300);
            const paint = (await page.evaluate(() => (window as unknown as { __paint: { fcp: number; lcp: number; cls: number } }).__paint)) as { fcp: number; lcp: number; cls: number };
            if (i > 0) runs.push({ ...paint, bytes, requests });
            await context.close();
          }
          return { fcp: median(runs.map((r) => r.fcp)), lcp: median(runs.map((r) => r.lcp)), cls: median(runs.map((r) => r.cls)), bytes: median(runs.map((r) => r.bytes)), requests: median(runs.map((r) => r.requests)) };
        };
        const live = await measure(server.url + path);
        const still = await measure(`${server.url}/static${path}`);
        const row = [path.padEnd(42), String(width).padStart(6), `${live.fcp.toFixed(0)}`.padStart(7), `${still.fcp.toFixed(0)}`.padStart(8), `${live.lcp.toFixed(0)}`.padStart(7), `${still.lcp.toFixed(0)}`.padStart(8), (live.lcp / still.lcp).toFixed(2).padStart(11), live.cls.toFixed(3).padStart(6), (live.bytes / 1024).toFixed(0).padStart(8), String(live.requests).padStart(10)];
        console.log(`  ${row.join("")}`);
      }
  } finally {
    await browser.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
