// The articles this site is built from. Every loader beside this file reads them through here.
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { articleSlugs, extractFile } from "../../loaders/files.js";

export const ARTICLES_DIR = fileURLToPath(new URL("../../data/articles/", import.meta.url));

/** The article the hand-made dashboard (/, /article, /data) is about. */
export const SEED_SLUG = "kerry-karzai-talks-2013-10-11";

export const extractSlug = (slug: string) => extractFile(join(ARTICLES_DIR, `${slug}.md`));
export const extract = () => extractSlug(SEED_SLUG);
export const slugs = () => articleSlugs(ARTICLES_DIR);

/** The value of a parameterised loader's --name=value argument, as Framework passes it. */
export function param(name: string): string {
  const { values } = parseArgs({ options: { [name]: { type: "string" } }, strict: false });
  const value = values[name];
  if (typeof value !== "string") throw new Error(`missing --${name}`);
  return value;
}
