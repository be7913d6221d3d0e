/** The articles the site is built from, for its data loaders, the build and npm run export. */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { InputError } from "../loaders/input/errors.js";
import { articlesIn } from "../loaders/input/files.js";
import { extractFile } from "../loaders/extract.js";

export const ARTICLES_DIR = fileURLToPath(new URL("../data/articles/", import.meta.url));

/** The article the hand-made dashboard (/, /article, /data) is about. */
export const SEED_SLUG = "kerry-karzai-talks-2013-10-11";

export const slugs = () => [...articlesIn(ARTICLES_DIR).keys()];
/** An article's tables; a warning (an unknown front-matter key) goes to the build's or server's log. */
export const extractSlug = (slug: string) =>
  extractFile(articlesIn(ARTICLES_DIR).get(slug) ?? join(ARTICLES_DIR, `${slug}.md`), { onWarning: (warning) => process.stderr.write(`${warning.message}\n`) });
export const extract = () => extractSlug(SEED_SLUG);

/**
 * Every article. A broken one stops a build; while previewing it is set aside with its error,
 * so the archive page can say what is wrong with it.
 */
export function extractAll() {
  const extracts: ReturnType<typeof extractSlug>[] = [];
  const failed: { slug: string; error: string }[] = [];
  for (const slug of slugs()) {
    try {
      extracts.push(extractSlug(slug));
    } catch (error) {
      if (!(error instanceof InputError && inPreview())) throw error;
      failed.push({ slug, error: error.message });
    }
  }
  return { extracts, failed };
}

/** Set by observablehq.config.ts when Framework runs `observable preview` (npm run dev). */
export const inPreview = () => process.env.ARTICLE_DASHBOARD_PREVIEW === "1";
