/**
 * Node only (data loaders, never a page): renders a chart with Plot in jsdom to a standalone
 * SVG, and rasterises that with resvg and a bundled font, so the same tables give the same
 * bytes on every machine.
 */
import { JSDOM } from "jsdom";
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import type { Extract } from "../../loaders/schemas.js";
import { troopChart, troopFurniture, type ChartOptions } from "./troopChart.js";
import { milestoneChart, milestoneFurniture, CATEGORIES } from "./milestoneChart.js";
import { sourceLine, type Furniture } from "./furniture.js";
import { standaloneSvg } from "./standaloneSvg.js";
import { printPalette } from "./palette.js";

export const EXPORT_WIDTH = 800;

interface ChartSpec {
  furniture: Furniture;
  render(tables: Extract["tables"], options: ChartOptions): SVGSVGElement | HTMLElement;
  legend(tables: Extract["tables"]): { label: string; color: string }[];
}

export const charts: Record<string, ChartSpec> = {
  troops: {
    furniture: troopFurniture,
    render: (tables, options) => troopChart(tables.troops, options),
    legend: (tables) => [...new Set(tables.troops.map((d) => d.force))].map((force, i) => ({ label: force, color: printPalette.forces[i] })),
  },
  milestones: {
    furniture: milestoneFurniture,
    render: (tables, options) => milestoneChart(tables.milestones, options),
    legend: (tables) => CATEGORIES.filter((c) => tables.milestones.some((m) => m.category === c)).map((c) => ({ label: c, color: printPalette.categories[c] })),
  },
};

export function chartSvg(name: string, { article, tables }: Extract, { adaptive = false } = {}): string {
  const spec = charts[name];
  if (!spec) throw new Error(`no chart named ${name}`);
  const { document } = new JSDOM("").window;
  const svg = spec.render(tables, { width: EXPORT_WIDTH, palette: printPalette, furniture: false, document }) as SVGSVGElement;
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return standaloneSvg(svg.outerHTML, spec.furniture, {
    width: EXPORT_WIDTH,
    plotHeight: Number(svg.getAttribute("height")),
    source: sourceLine(article),
    legend: spec.legend(tables),
    adaptive,
  });
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
