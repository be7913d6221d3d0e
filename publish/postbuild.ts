/**
 * npm's postbuild, after `observable build`: each article's static files at their stable
 * addresses (data/articles/<slug>/…), a light static embed page per chart, and the fixes to
 * Framework 1.13's HTML that no option reaches: the page's language, zoom, its title and
 * social-card metadata, and the stylesheet inline for the first paint. BASE_PATH is the path the
 * site is deployed under (default /); SITE_URL, if set, makes card URLs absolute.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Story } from "../src/components/story.js";
import { ARTICLE_JSON, articleFile, articleFolder, articlePage, chartFile, embedPage as embedAddress, DATA_PACKAGE } from "../src/shared/addresses.js";
import { metaTags, pageMeta } from "./pageMeta.js";
import { embedPage } from "./embedPage.js";
import { ARCHIVE_FILE, PREPARED_DIR, SEED_SLUG, STORY_FILE, previewFile } from "./site.js";
import { renderStatic } from "./staticRender.js";
import type { ArchiveIndex } from "./archive.js";

/** What each article's folder publishes at its stable address; the rest (story.json, previews) the pages load by hash. */
const PUBLISHED = ["charts", "tables", DATA_PACKAGE, ARTICLE_JSON];

/** Every prepared story; an article kept as its error (while previewing) has none. */
export function preparedStories(): Map<string, Story> {
  const stories = new Map<string, Story>();
  for (const slug of existsSync(PREPARED_DIR) ? readdirSync(PREPARED_DIR).sort() : []) {
    const file = join(PREPARED_DIR, slug, STORY_FILE);
    if (!existsSync(file)) continue;
    const story = JSON.parse(readFileSync(file, "utf8")) as Story | { error: string };
    if (!("error" in story)) stories.set(slug, story);
  }
  return stories;
}

/** The Markdown a built page comes from: src/<page>.md, or the parameterized page it was made from. */
function sourceOf(page: string): string | null {
  const direct = join("src", page.replace(/\.html$/, ".md"));
  if (existsSync(direct)) return direct;
  const parameterized = join("src", dirname(page), "[slug].md");
  return existsSync(parameterized) ? parameterized : null;
}

export async function finishBuild(dist = "dist", { base = process.env.BASE_PATH ?? "/", origin = process.env.SITE_URL?.replace(/\/$/, "") ?? "" } = {}): Promise<void> {
  const stories = preparedStories();
  const archive = existsSync(ARCHIVE_FILE) ? (JSON.parse(readFileSync(ARCHIVE_FILE, "utf8")) as ArchiveIndex) : undefined;
  const basePath = base.replace(/^\/?/, "/").replace(/\/?$/, "/");
  for (const [slug, story] of stories) {
    for (const name of PUBLISHED) {
      const from = join(PREPARED_DIR, slug, name);
      if (existsSync(from)) cpSync(from, join(dist, articleFolder(slug), name), { recursive: true });
    }
    for (const plan of story.charts) {
      const page = `${embedAddress(slug, plan.name)}.html`;
      // A shared embed's title says which story it is from: "Turnout — Civic Alliance wins 143 of 350 seats…".
      const meta = { title: `${plan.furniture.title} — ${story.article.title}`, description: plan.furniture.subtitle ?? story.article.title, image: articleFile(slug, chartFile(plan.name, "png")) };
      mkdirSync(dirname(join(dist, page)), { recursive: true });
      writeFileSync(
        join(dist, page),
        embedPage({
          ...meta,
          svg: readFileSync(join(PREPARED_DIR, slug, previewFile(plan.name)), "utf8"),
          narrowSvg: readFileSync(join(PREPARED_DIR, slug, previewFile(plan.name, { narrow: true })), "utf8"),
          article: `../../${articlePage(slug)}`,
          meta: metaTags(meta, { base: basePath, origin, page }),
        }),
      );
    }
  }
  for (const page of readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.startsWith("embed/"))) {
    const file = join(dist, page);
    const meta = pageMeta(page, { stories, seed: SEED_SLUG });
    let html = readFileSync(file, "utf8")
      // Screen readers need the page's language; readers need to be able to zoom.
      .replace("<html>", '<html lang="en">')
      .replace(", maximum-scale=1", "")
      // Without JavaScript, the static parts stay and the live ones never come: no spinners.
      .replace("</head>", "<noscript><style>observablehq-loading{display:none}</style></noscript>\n</head>")
      // Preloading every module floods the connection and the main thread before the first
      // paint; the page's script loads them anyway.
      .replace(/<link rel="modulepreload"[^>]*>\n/g, "")
      // The stylesheet (8 KB gzipped, no relative URLs) goes inline: one round trip less before the first paint.
      .replace(/<link rel="preload" as="style"[^>]*>\n/, "")
      .replace(/<link rel="stylesheet" type="text\/css" href="((?:\.\.?\/)+[^"]+\.css)">/, (_, href: string) => `<style>${readFileSync(join(dist, page, "..", href), "utf8")}</style>`);
    if (meta) html = html.replace(/<title>[^<]*<\/title>/, metaTags(meta, { base: basePath, origin, page }));
    const source = sourceOf(page);
    if (source) {
      const markdown = readFileSync(source, "utf8");
      // The story a page loads: named in its FileAttachment, or its [slug] for an article page.
      const slug = /articles\/([a-z0-9-]+)\/story\.json/.exec(markdown)?.[1] ?? (source.endsWith("[slug].md") ? page.replace(/^.*\/|\.html$/g, "") : undefined);
      html = await renderStatic(html, markdown, { story: slug ? stories.get(slug) : undefined, archive });
    }
    writeFileSync(file, html);
  }
}

await finishBuild();
