/**
 * Charts as files in Node (the prepare step and `npm run export`, never a page): drawn in one
 * jsdom document, and rasterised with resvg and a bundled font, so the same tables give the same
 * bytes on every machine.
 */
import { JSDOM } from "jsdom";
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import type { Article, Tables } from "../loaders/schemas.js";
import type { ChartPlan } from "../src/charts/plans.js";
import { chartSvg as drawChartSvg } from "../src/charts/registry.js";

/** One document for every chart: a jsdom window takes tens of milliseconds to make. */
let document: Document | undefined;

/** The width a phone's embed draws its chart at: about a phone's screen, so its text reads at its size. */
export const NARROW_WIDTH = 380;

export function chartSvg(plan: ChartPlan, story: { article: Article; tables: Tables }, { adaptive = false, width }: { adaptive?: boolean; width?: number } = {}): string {
  document ??= new JSDOM("").window.document;
  return drawChartSvg(plan, story, { document, adaptive, width });
}

const fontFile = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const fontFiles = ["", "-Bold", "-Oblique"].map((style) => fontFile.replace("DejaVuSans.ttf", `DejaVuSans${style}.ttf`));

/** The SVG at twice its size, as PNG. */
export function chartPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "DejaVu Sans" } });
  return resvg.render().asPng();
}
