/**
 * Node only (data loaders and `npm run export`, never a page): charts drawn in jsdom, and
 * rasterised with resvg and a bundled font, so the same tables give the same bytes on every
 * machine.
 */
import { JSDOM } from "jsdom";
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import type { Extract } from "../loaders/schemas.js";
import { chartSvg as drawChartSvg } from "../src/charts/registry.js";

export function chartSvg(name: string, extract: Extract, { adaptive = false } = {}): string {
  return drawChartSvg(name, extract, { document: new JSDOM("").window.document, adaptive });
}

const fontFile = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

/** The SVG at twice its size, as PNG. */
export function chartPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: false, fontFiles: ["", "-Bold", "-Oblique"].map((style) => fontFile.replace("DejaVuSans.ttf", `DejaVuSans${style}.ttf`)), defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
