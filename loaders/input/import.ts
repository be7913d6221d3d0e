/**
 * A plain-text article (headline on line 1, body after a blank line) → the Markdown file
 * `data/articles/<slug>.md` holds: YAML front matter and the body's paragraphs.
 * Parsing goes through parseArticle's .txt path, so import and extract read a .txt alike.
 */
import { extname } from "node:path";
import { parseArticle } from "./article.js";
import { ArticleSchema } from "../schemas.js";
import { InputError } from "./errors.js";

export interface ImportOptions {
  published: string;
  source?: string;
  url?: string;
  /** Longest slug part taken from the headline, cut at a word boundary. */
  maxHeadlineChars?: number;
}

export interface ImportedArticle {
  slug: string;
  markdown: string;
}

/** "Ünïcode: Talks & more" → "unicode-talks-more", at most maxChars long, whole words only. */
export function headlineSlug(headline: string, maxChars = 60): string {
  const words = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxChars) return slug || word.slice(0, maxChars);
    slug = next;
  }
  return slug;
}

export function articleSlug(published: string, headline: string, maxChars?: number): string {
  return [published, headlineSlug(headline, maxChars)].filter(Boolean).join("-");
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML, and safe for any text. */
const yamlString = (value: string) => JSON.stringify(value);

export function importPlainText(text: string, file: string, options: ImportOptions): ImportedArticle {
  if (extname(file).toLowerCase() !== ".txt") throw new InputError(file, 1, "file", "must be a plain-text article ending in .txt");
  const article = parseArticle(text, file, { published: options.published });
  const meta = ArticleSchema.pick({ source: true, url: true }).safeParse({ source: options.source ?? null, url: options.url ?? null });
  if (!meta.success) {
    const field = String(meta.error.issues[0].path[0]);
    const value = field === "url" ? options.url : options.source;
    throw new InputError(file, 1, field, `--${field} ${JSON.stringify(value)} is invalid: ${meta.error.issues[0].message}`);
  }
  const front = [
    `title: ${yamlString(article.title)}`,
    `published: ${article.published}`,
    ...(meta.data.source ? [`source: ${yamlString(meta.data.source)}`] : []),
    ...(meta.data.url ? [`url: ${yamlString(meta.data.url)}`] : []),
  ];
  return {
    slug: articleSlug(article.published, article.title, options.maxHeadlineChars),
    markdown: `---\n${front.join("\n")}\n---\n\n${article.body}\n`,
  };
}
