// Observable Framework configuration. The site must build and run with no network but
// the npm registry, and a built page must make no third-party request.
import { existsSync, readdirSync, utimesSync, watch } from "node:fs";
import { join } from "node:path";
import { tableNames } from "./loaders/schemas.js";
import { DATA_PACKAGE, articleFile, articlePage, chartFile, embedPage, tableFile } from "./src/shared/addresses.js";

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

if (process.argv.includes("preview")) {
  touchLoadersOnChange("data", "data/articles", "data/annotations", "loaders");
  // Loaders inherit it: while previewing, a broken article is an error on its page, not a stopped server.
  process.env.ARTICLE_DASHBOARD_PREVIEW = "1";
}

const PAGES = [
  { name: "Dashboard", path: "/" },
  { name: "Annotated article", path: "/article" },
  { name: "Data & downloads", path: "/data" },
  { name: "All articles", path: "/articles/" },
];

/** A link from the page at `from` to the site path `to`, relative, so the site works under any base path. */
function relativeLink(from: string, to: string): string {
  const depth = from.split("/").length - 2;
  return `${depth ? "../".repeat(depth) : "./"}${to.slice(1)}`;
}

/** The site's navigation, in a header landmark, marking the current page. */
function header({ path }: { path: string }): string {
  const here = path.replace(/index$/, "");
  const links = PAGES.map((p) => `<a href="${relativeLink(path, p.path)}"${p.path === here ? ' aria-current="page"' : ""}>${p.name}</a>`);
  return `<nav class="site-nav" aria-label="Site"><span class="site-name">Article to dashboard</span>${links.join("")}</nav>`;
}

/**
 * Every article's page, the static files it links to (tables, data package, the charts it
 * has data for) and each chart's embed page. Called by `observable build` only, so previews start without extracting.
 */
async function* dynamicPaths() {
  const { extractSlug, slugs } = await import("./publish/site.js");
  const { chartsOf } = await import("./src/charts/registry.js");
  for (const slug of slugs()) {
    const file = (name: string) => `/${articleFile(slug, name)}`;
    yield `/${articlePage(slug)}`;
    yield file(DATA_PACKAGE);
    for (const name of tableNames) yield* [file(tableFile(name, "csv")), file(tableFile(name, "json"))];
    for (const chart of chartsOf(extractSlug(slug).tables)) yield* [file(chartFile(chart, "svg")), file(chartFile(chart, "png")), `/${embedPage(slug, chart)}`];
  }
}

export default {
  title: "Article to dashboard",
  root: "src",
  pages: PAGES,
  header,
  dynamicPaths,
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
