/**
 * Node only: every file `npm run export` writes for one article, from the same chart
 * components and table encoders as the site. Paths are relative to the article's folder.
 */
import { dataPackageJson } from "./datapackage.js";
import { tableFiles } from "../loaders/output/files.js";
import type { Extract } from "../loaders/schemas.js";
import { chartsOf } from "../src/charts/registry.js";
import { chartPng, chartSvg } from "./render.js";
import { DATA_PACKAGE, chartFile, tableFile } from "../src/shared/addresses.js";

export function articleFiles(extract: Extract): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const name of chartsOf(extract.tables)) {
    const svg = chartSvg(name, extract);
    files.set(chartFile(name, "svg"), svg);
    files.set(chartFile(name, "png"), chartPng(svg));
  }
  for (const [name, content] of tableFiles(extract, tableFile)) files.set(name, content);
  files.set(DATA_PACKAGE, dataPackageJson(extract));
  return files;
}
