// The article this site is built for. Every loader beside this file reads it through here.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractFile } from "../../loaders/files.js";

export const ARTICLE_FILE = fileURLToPath(new URL("../../data/articles/kerry-karzai-talks-2013-10-11.md", import.meta.url));

export const extract = () => extractFile(ARTICLE_FILE);

/** The value of a parameterised loader's --name=value argument, as Framework passes it. */
export function param(name: string): string {
  const { values } = parseArgs({ options: { [name]: { type: "string" } }, strict: false });
  const value = values[name];
  if (typeof value !== "string") throw new Error(`missing --${name}`);
  return value;
}
