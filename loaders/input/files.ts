/** Reading articles and annotations from disk: the library's only file input. */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, sep } from "node:path";
import { decodeText, parseArticle, slugOf, type ParseOptions } from "./article.js";
import { EMPTY_ANNOTATIONS, parseAnnotations, type AnnotationFile } from "./annotations.js";
import { InputError } from "./errors.js";
import type { Article } from "../schemas.js";

/** A file's text, refusing unreadable, empty and binary files with a file:line error. */
export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, 1, "file", `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return decodeText(bytes, file);
}

export function readArticle(file: string, options: ParseOptions = {}): Article {
  return parseArticle(readText(file), file, options);
}

/** Where a project keeps its articles, from its root, as the command lines name it in their messages. */
export const ARTICLES_PATH = "data/articles";

/**
 * The article with `slug` in the project's articles, or one line naming the ones there are
 * (`field`: how the command was told the slug, "slug" or "--article").
 */
export function articleWithSlug(slug: string, field: string): string {
  const articles = articlesIn(ARTICLES_PATH);
  const file = articles.get(slug);
  if (!file) throw new InputError(ARTICLES_PATH, 1, field, `no article with slug "${slug}" (have: ${[...articles.keys()].join(", ")})`);
  return file;
}

/**
 * The Markdown articles in a folder by slug, sorted: data/articles/<slug>.md. Two files that
 * would share a slug (Kabul.md and kabul.md) are refused, naming both.
 */
export function articlesIn(dir: string): Map<string, string> {
  const articles = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    const file = join(dir, name);
    const slug = slugOf(file);
    const taken = articles.get(slug);
    if (taken) throw new InputError(file, 1, "slug", `"${slug}" is already the slug of ${taken}; rename one of them`);
    articles.set(slug, file);
  }
  return new Map([...articles].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** data/articles/<slug>.md → data/annotations/<slug>.yaml, if there is one. */
export function annotationPathFor(articleFile: string, slug: string): string {
  return join(dirname(articleFile), "..", "annotations", `${slug}.yaml`);
}

export function readAnnotations(file: string, article: Article): AnnotationFile {
  if (!existsSync(file)) return EMPTY_ANNOTATIONS;
  return parseAnnotations(decodeText(readFileSync(file), file), file, article.body);
}

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

const ARTICLE_EXTENSIONS = new Set([".md", ".txt"]);

/**
 * The article files named by `paths`: a file as given, a folder's .md and .txt files at any depth
 * (hidden names skipped), all sorted by path so every run takes them in the same order.
 */
export function articleFilesIn(paths: string[]): string[] {
  const files = paths.flatMap((path) => {
    if (!isFolder(path)) return [path];
    return readdirSync(path, { recursive: true, encoding: "utf8" })
      .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.split(sep).some((part) => part.startsWith(".")))
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile());
  });
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
