/** Small helpers shared by the tests: an article from a few sentences, and the seed. */
import { join } from "node:path";
import { extractArticle } from "../../loaders/extract.js";
import { normalizeBody } from "../../loaders/input/article.js";
import { extractFile } from "../../loaders/extract.js";
import type { Article } from "../../loaders/schemas.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SEED = join(ROOT, "data", "articles", "kerry-karzai-talks-2013-10-11.md");

export function articleOf(body: string, published = "2013-10-11"): Article {
  return { slug: "test", title: "Test", dek: null, published, source: null, byline: null, url: null, image: null, body: normalizeBody(body) };
}

export function extractText(body: string, published?: string) {
  return extractArticle(articleOf(body, published)).tables;
}

let seed: ReturnType<typeof extractFile> | undefined;
export function seedExtract() {
  seed ??= extractFile(SEED);
  return seed;
}
