/**
 * npm's postbuild: fixes to Framework 1.13's HTML that no option reaches, each page's title
 * and social-card metadata, and the first-paint work for charts. BASE_PATH is the path the
 * site is deployed under (default /); SITE_URL, if set, makes card URLs absolute.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { metaTags, pageMeta } from "./pageMeta.js";
import { escapeMarkup } from "../src/shared/escape.js";
import { articleFile, chartFile } from "../src/shared/addresses.js";
import { extractSlug, slugs, SEED_SLUG } from "./site.js";

export function finishBuild(dist = "dist", { base = process.env.BASE_PATH ?? "/", origin = process.env.SITE_URL?.replace(/\/$/, "") ?? "" } = {}): void {
  const extracts = new Map(slugs().map((slug) => [slug, extractSlug(slug)]));
  const basePath = base.replace(/^\/?/, "/").replace(/\/?$/, "/");
  for (const page of readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"))) {
    const file = join(dist, page);
    const meta = pageMeta(page, { extracts, seed: SEED_SLUG });
    let html = readFileSync(file, "utf8")
      // Screen readers need the page's language; readers need to be able to zoom.
      .replace("<html>", '<html lang="en">')
      .replace(", maximum-scale=1", "")
      // A chart's build-time SVG goes into the page itself, so it shows with the first paint.
      .replace(/<img class="chart-preview" src="\.\/([^"]+\.svg)"[^>]*>/g, (_, src: string) => {
        const svg = readFileSync(join(dist, decodeURI(src)), "utf8");
        return `<div class="chart-preview" aria-hidden="true" data-first-chart>${svg}</div>`;
      })
      // Preloading every module floods the connection and the main thread before the first
      // paint (first chart 2.6× slower than a static page); the page's script loads them anyway.
      .replace(/<link rel="modulepreload"[^>]*>\n/g, "")
      // The stylesheet (8 KB gzipped, no relative URLs) goes inline: one round trip less
      // before the first paint (first chart 1.6× → 1.2× a static page's time).
      .replace(/<link rel="preload" as="style"[^>]*>\n/, "")
      .replace(/<link rel="stylesheet" type="text\/css" href="((?:\.\.?\/)+[^"]+\.css)">/, (_, href: string) => `<style>${readFileSync(join(dist, page, "..", href), "utf8")}</style>`);
    if (meta) html = html.replace(/<title>[^<]*<\/title>/, metaTags(meta, { base: basePath, origin, page }));
    // An embed shows its chart's static image until the chart is drawn, or for good without JavaScript.
    const embed = /^embed\/([^/]+)\/([^/]+)\.html$/.exec(page);
    if (embed && meta) html = html.replace('<div class="chart-card embed">', `<div class="chart-card embed"><img class="chart-preview" src="../../${articleFile(embed[1], chartFile(embed[2], "png"))}" alt="${escapeMarkup(meta.title)}">`);
    writeFileSync(file, html);
  }
}

finishBuild();
