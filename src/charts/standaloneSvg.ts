/**
 * A chart as one self-contained SVG file: title, subtitle, legend, the plot, notes and source
 * line, in the light palette so it prints and pastes anywhere. With `adaptive`, a stylesheet
 * inside the file swaps to dark colours when the viewer's system is dark (the page's preview).
 */
import type { Furniture } from "./furniture.js";
import { printDarkPalette, printPalette, type Palette } from "./palette.js";
import { escapeMarkup, xmlSafe } from "../shared/escape.js";

export interface StandaloneOptions {
  width: number;
  plotHeight: number;
  source: string;
  /** What the chart shows, in words: the file's <desc>. */
  description: string;
  legend: { label: string; color: string }[];
  adaptive?: boolean;
}

/** Exports are drawn at one width, so the same table always gives the same file. */
export const EXPORT_WIDTH = 800;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const PAD = 24;

/** Light → dark colour pairs for the adaptive preview, read off the two palettes. */
const colours = (p: Palette) => [...p.forces, ...Object.values(p.categories), p.foreground, p.muted, p.faint, p.background];
const DARK: Record<string, string> = Object.fromEntries(colours(printPalette).map((light, i) => [light, colours(printDarkPalette)[i]]));

/** Greedy word wrap by an average glyph width: good enough for furniture lines. */
function wrap(text: string, size: number, width: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.6)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function standaloneSvg(plotSvg: string, furniture: Furniture, options: StandaloneOptions): string {
  const { width, plotHeight, source, legend } = options;
  const p = printPalette;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const text = (content: string, size: number, fill: string, weight = "normal") => {
    for (const line of wrap(content, size, inner)) {
      y += size * 1.3;
      parts.push(`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeMarkup(line)}</text>`);
    }
  };
  text(furniture.title, 22, p.foreground, "bold");
  y += 4;
  if (furniture.subtitle) text(furniture.subtitle, 15, p.muted);
  y += 26;
  let x = PAD;
  for (const item of legend) {
    parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${item.color}"/>`);
    parts.push(`<text x="${x + 17}" y="${y}" font-size="13" fill="${p.foreground}">${escapeMarkup(item.label)}</text>`);
    x += 17 + item.label.length * 13 * 0.56 + 18;
  }
  y += 10;
  const plot = plotSvg.replace(/^<svg\b/, `<svg x="0" y="${y.toFixed(1)}"`);
  y += plotHeight + 6;
  for (const line of [furniture.note, source]) if (line) text(line, 12, p.muted);
  const height = Math.ceil(y + PAD);
  // Scoped to this chart, so the rules also work when the SVG is inlined in a page; dark when the
  // reader's system is, unless the page says light (data-theme), or always when it says dark.
  // The text colour is an attribute, not an inline style, so these rules can override it.
  const rules = (scope: string) =>
    `${Object.entries(DARK)
      .map(([light, dark]) => `${scope} [fill="${light}"]{fill:${dark}}${scope} [stroke="${light}"]{stroke:${dark}}`)
      .join("")}${scope}{color:${DARK[p.foreground]}}${scope} .background{fill:${DARK[p.background]}}`;
  const dark = options.adaptive
    ? `<style>@media (prefers-color-scheme: dark) {${rules(':root:not([data-theme="light"]) .adaptive-chart')}}${rules('[data-theme="dark"] .adaptive-chart')}</style>`
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${options.adaptive ? ' class="adaptive-chart"' : ""} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" color="${p.foreground}">`,
    `<title>${escapeMarkup(furniture.title)}</title>`,
    `<desc>${escapeMarkup([furniture.subtitle, options.description, source].filter(Boolean).join(" "))}</desc>`,
    dark,
    `<rect class="background" width="100%" height="100%" fill="${p.background}"/>`,
    ...parts,
    plot,
    "</svg>",
  ].join("\n");
}

export interface ExportOptions {
  source: string;
  legend?: StandaloneOptions["legend"];
  /** Swap to dark colours when the viewer's system is dark (the page's first-paint preview). */
  adaptive?: boolean;
}

/** A Plot SVG rendered for export, wrapped with its furniture into one file. */
export function exportSvg(plot: Element, furniture: Furniture, { source, legend = [], adaptive = false }: ExportOptions): string {
  const svg = plot.tagName.toLowerCase() === "svg" ? plot : plot.querySelector("svg")!;
  // As XML, not HTML: an HTML serializer leaves "<" in attribute values, which no XML reader takes.
  const markup = xmlSafe(new (svg.ownerDocument.defaultView!.XMLSerializer)().serializeToString(svg));
  return standaloneSvg(markup, furniture, {
    width: Number(svg.getAttribute("width")),
    plotHeight: Number(svg.getAttribute("height")),
    description: svg.getAttribute("aria-description") ?? "",
    source,
    legend,
    adaptive,
  });
}

