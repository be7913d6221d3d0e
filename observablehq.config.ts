// Observable Framework configuration. The site must build and run with no network but
// the npm registry, and a built page must make no third-party request.
import { readdirSync, rmSync, utimesSync, watch } from "node:fs";
import { join } from "node:path";
import { tableNames } from "./loaders/schemas.js";

const LOADER_DIR = "src/data";

/**
 * Framework reruns a data loader only when the loader file itself changes. Ours read
 * data/ and loaders/, so while previewing, touch every loader when those change.
 */
function touchLoadersOnChange(...dirs: string[]): void {
  const touch = () => {
    const now = new Date();
    for (const entry of readdirSync(LOADER_DIR, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(js|ts)$/.test(entry.name) && /\.\w+\.(js|ts)$/.test(entry.name)) utimesSync(join(entry.parentPath, entry.name), now, now);
    }
  };
  touch(); // tables cached before this server started may be stale too
  for (const dir of dirs) watch(dir, { recursive: true }, touch).unref();
}

if (process.argv.includes("preview")) touchLoadersOnChange("data", "loaders");

export default {
  title: "Article to dashboard",
  root: "src",
  pages: [
    { name: "Dashboard", path: "/" },
    { name: "Annotated article", path: "/article" },
    { name: "Data & downloads", path: "/data" },
  ],
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
  footer: "Tables extracted from the article by <code>loaders/</code>; every figure links to its sentence.",
  search: false,
  sidebar: true,
  toc: false,
  pager: false,
  preserveExtension: false,
  preserveIndex: false,
};
