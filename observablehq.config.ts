// Observable Framework configuration. The site must build and run with no network but
// the npm registry, and a built page must make no third-party request.
import { existsSync, readFileSync, readdirSync, utimesSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tableNames } from "./loaders/schemas.js";

const LOADER_DIR = "src/data";

/**
 * Framework reruns a data loader only when the loader file itself changes. Ours read
 * data/ and loaders/, so while previewing, touch every loader when those change. Folders,
 * not files, are watched: editors save by replacing a file, which a file watch loses.
 */
function touchLoadersOnChange(...dirs: string[]): void {
  const touch = () => {
    const now = new Date();
    for (const entry of readdirSync(LOADER_DIR, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(js|ts)$/.test(entry.name) && /\.\w+\.(js|ts)$/.test(entry.name)) utimesSync(join(entry.parentPath, entry.name), now, now);
    }
  };
  touch(); // tables cached before this server started may be stale too
  for (const dir of dirs.filter((d) => existsSync(d))) watch(dir, touch).unref();
}

if (process.argv.includes("preview")) touchLoadersOnChange("data", "data/articles", "data/annotations", "loaders");

const PAGES = [
  { name: "Dashboard", path: "/" },
  { name: "Annotated article", path: "/article" },
  { name: "Data & downloads", path: "/data" },
];

/** The site's navigation, in a header landmark, marking the current page. */
function header({ path }: { path: string }): string {
  const here = path === "/index" ? "/" : path;
  const links = PAGES.map((p) => `<a href=".${p.path === "/" ? "/" : p.path}"${p.path === here ? ' aria-current="page"' : ""}>${p.name}</a>`);
  return `<nav class="site-nav" aria-label="Site"><span class="site-name">Article to dashboard</span>${links.join("")}</nav>`;
}

/**
 * Run after `observable build` (npm's postbuild): fixes to Framework 1.13's HTML that no
 * option reaches, and the first-paint work for charts.
 */
export function finishBuild(dist = "dist"): void {
  for (const name of readdirSync(dist).filter((f) => f.endsWith(".html"))) {
    const file = join(dist, name);
    const html = readFileSync(file, "utf8")
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
      .replace(/<link rel="stylesheet" type="text\/css" href="\.\/([^"]+\.css)">/, (_, href: string) => `<style>${readFileSync(join(dist, href), "utf8")}</style>`);
    writeFileSync(file, html);
  }
}

export default {
  title: "Article to dashboard",
  root: "src",
  pages: PAGES,
  header,
  // Parameterised loaders: every table and chart file the pages offer for download.
  dynamicPaths: [
    ...tableNames.flatMap((name) => [`/data/tables/${name}.csv`, `/data/tables/${name}.json`]),
    ...["troops", "milestones"].flatMap((chart) => [`/data/charts/${chart}.svg`, `/data/charts/${chart}.png`]),
  ],
  style: "style.css",
  // No favicon request (it would 404), and no other request the page does not need.
  head: '<link rel="icon" href="data:,">',
  // The default stylesheets fetch Google Fonts; the default footer links out.
  globalStylesheets: [],
  footer: 'Every figure on this site is extracted from the article and links to its sentence. <a href="./data">How the tables were made</a>.',
  search: false,
  // Framework's sidebar toggle fails axe (a checkbox labelled only by its title); the header nav replaces it.
  sidebar: false,
  toc: false,
  pager: false,
  preserveExtension: false,
  preserveIndex: false,
};
