// The articles this site is built from. Every loader beside this file reads them through here.
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { InputError } from "../../loaders/errors.js";
import { articlesIn, extractFile } from "../../loaders/files.js";

export const ARTICLES_DIR = fileURLToPath(new URL("../../data/articles/", import.meta.url));

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

/**
 * Writes a loader's output. Bad input stops a build with one line on stderr; while previewing,
 * a JSON loader a page reads writes {"error": "file:line: field: problem"} for the page to show.
 */
export async function write(produce: () => string | Uint8Array | Promise<string | Uint8Array>, { json = false } = {}): Promise<void> {
  try {
    process.stdout.write(await produce());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (json && inPreview()) process.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
    else {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    }
  }
}

/** The value of a parameterised loader's --name=value argument, as Framework passes it. */
export function param(name: string): string {
  const { values } = parseArgs({ options: { [name]: { type: "string" } }, strict: false });
  const value = values[name];
  if (typeof value !== "string") throw new Error(`missing --${name}`);
  return value;
}
