/**
 * Node only: every static file of one article, as the site serves them and `npm run export`
 * writes them: its charts (SVG, PNG 2×), its tables (CSV, JSON), the article, and a data
 * package. Paths are relative to the article's folder.
 */
import { dataPackageJson } from "./datapackage.js";
import { tableFiles } from "../loaders/output/files.js";
import type { Story } from "../src/components/story.js";
import { chartPng, chartSvg } from "./render.js";
import { DATA_PACKAGE, chartFile, tableFile } from "../src/shared/addresses.js";

export function articleFiles(story: Story): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const plan of story.charts) {
    const svg = chartSvg(plan, story);
    files.set(chartFile(plan.name, "svg"), svg);
    files.set(chartFile(plan.name, "png"), chartPng(svg));
  }
  for (const [name, content] of tableFiles(story, tableFile)) files.set(name, content);
  files.set(DATA_PACKAGE, dataPackageJson(story));
  return files;
}
