/**
 * Node only: every file `npm run export` writes for one article, from the same chart
 * components and table encoders as the site. Paths are relative to the article's folder.
 */
import { dataPackageJson } from "../../loaders/datapackage.js";
import { tableFiles } from "../../loaders/files.js";
import type { Extract } from "../../loaders/schemas.js";
import { chartsOf } from "./chartExport.js";
import { chartPng, chartSvg } from "./exportChart.js";

export function articleExport(extract: Extract): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const name of chartsOf(extract.tables)) {
    const svg = chartSvg(name, extract);
    files.set(`charts/${name}.svg`, svg);
    files.set(`charts/${name}.png`, chartPng(svg));
  }
  for (const [name, content] of tableFiles(extract)) files.set(name === "article.json" ? name : `tables/${name}`, content);
  files.set("datapackage.json", dataPackageJson(extract));
  return files;
}
