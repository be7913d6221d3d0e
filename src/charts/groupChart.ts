/** Rows per group as bars: the explorer's chart. */
import * as Plot from "@observablehq/plot";
import { accessible } from "./accessible.js";
import { pagePalette, printPalette, type Palette } from "./palette.js";
import { EXPORT_WIDTH, exportSvg } from "./standaloneSvg.js";
import type { Furniture } from "./furniture.js";

/** Rows per group as bars, labelled with their counts. */
export function groupChart(groups: { rows: number; [key: string]: unknown }[], { group, width = 640, palette = pagePalette, document }: { group: string; width?: number; palette?: Palette; document?: Document }) {
  const label = (d: Record<string, unknown>) => String(d[group] ?? "(none)");
  return accessible(
    Plot.plot({
      document,
      width,
      height: Math.max(80, groups.length * 26 + 40),
      marginLeft: Math.min(200, 12 + 7 * Math.max(4, ...groups.map((d) => label(d).length))),
      marginRight: 40,
      ariaLabel: `Rows by ${group}`,
      ariaDescription: groups.map((d) => `${label(d)}: ${d.rows}`).join("; ") || "No rows match.",
      x: { label: "Rows", grid: true, tickFormat: (n: number) => (Number.isInteger(n) ? String(n) : "") },
      y: { label: null, domain: groups.map(label) },
      marks: [
        Plot.barX(groups, { x: "rows", y: label, fill: palette.forces[0] }),
        Plot.text(groups, { x: "rows", y: label, text: (d: { rows: number }) => String(d.rows), dx: 4, textAnchor: "start", fill: palette.foreground }),
        Plot.ruleX([0], { stroke: palette.foreground }),
      ],
    }),
  );
}

/** The chart as the reader has filtered it, as a standalone SVG with its furniture. */
export function groupChartSvg(groups: { rows: number; [key: string]: unknown }[], { group, furniture, source }: { group: string; furniture: Furniture; source: string }): string {
  return exportSvg(groupChart(groups, { group, width: EXPORT_WIDTH, palette: printPalette }), furniture, { source });
}
