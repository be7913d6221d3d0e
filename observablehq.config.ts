// Observable Framework configuration. The site must build and run with no network but
// the npm registry, and a built page must make no third-party request.
import { existsSync, watch } from "node:fs";
import { spawn } from "node:child_process";
import { articlesIn } from "./loaders/input/files.js";
import { ARTICLES_DIR, PREPARED_BY } from "./publish/site.js";
import { articlePage } from "./src/shared/addresses.js";

/**
 * While previewing, the prepare step runs here, in the server's own process, so an edit to an
 * article or its annotations is on the page in about a second: at start (only what changed since
 * the last run is redone) and whenever data/ changes. A change to the code restarts it in a fresh
 * process, since this one holds the code it started with.
 */
async function prepareWhilePreviewing(): Promise<void> {
  const { prepareSite } = await import("./publish/prepare.js");
  let codeChanged = false;
  let running: Promise<unknown> = Promise.resolve();
  const log = (error: unknown) => process.stderr.write(`prepare: ${error instanceof Error ? error.message : String(error)}\n`);
  const inChild = () =>
    new Promise<void>((resolve) => {
      spawn(process.execPath, ["--import", "tsx", "publish/cli/prepare.ts", "--preview"], { stdio: "inherit" }).on("exit", () => resolve());
    });
  const again = () =>
    (running = running
      .then(async () => {
        if (codeChanged) await inChild();
        else await prepareSite({ preview: true });
      })
      .catch(log));
  await again();
  let timer: NodeJS.Timeout | undefined;
  const soon = (code: boolean) => {
    codeChanged ||= code;
    clearTimeout(timer);
    timer = setTimeout(again, 100);
  };
  // Folders, not files, are watched: editors save by replacing a file, which a file watch loses.
  for (const dir of ["data", "data/articles", "data/annotations"].filter(existsSync)) watch(dir, () => soon(false)).unref();
  for (const dir of PREPARED_BY.filter(existsSync)) watch(dir, { recursive: true }, () => soon(true)).unref();
}

const previewing = process.argv.includes("preview");
if (previewing) await prepareWhilePreviewing();

const PAGES = [
  { name: "Dashboard", path: "/" },
  { name: "Annotated article", path: "/article" },
  { name: "Data & downloads", path: "/downloads" },
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

/** Every article's page; its files and embeds are written after the build (publish/postbuild.ts). */
function* dynamicPaths() {
  for (const slug of articlesIn(ARTICLES_DIR).keys()) yield `/${articlePage(slug)}`;
}

export default {
  title: "Article to dashboard",
  root: "src",
  pages: PAGES,
  header,
  dynamicPaths,
  style: "style.css",
  // No favicon request (it would 404), and no other request the page does not need. While
  // previewing, an article's files are served under _file/ (the build copies them to their addresses).
  head: `<link rel="icon" href="data:,">${previewing ? '<script>window.articleDashboardFiles="_file/"</script>' : ""}`,
  // The default stylesheets fetch Google Fonts; the default footer links out.
  globalStylesheets: [],
  footer: 'Every figure on this site is extracted from the article and links to its sentence. <a href="./downloads">How the tables were made</a>.',
  search: false,
  // Framework's sidebar toggle fails axe (a checkbox labelled only by its title); the header nav replaces it.
  sidebar: false,
  toc: false,
  pager: false,
  preserveExtension: false,
  preserveIndex: false,
};
