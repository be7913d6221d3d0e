/** Figures of one measure for different things at one date, side by side, each labelled with what it counts. */
import * as Plot from "@observablehq/plot";
import type { Quantity } from "../../loaders/schemas.js";
import { accessible } from "./accessible.js";
import { formatFigure } from "../shared/format.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./options.js";
import { framing } from "./furniture.js";
import { capitalize } from "../shared/format.js";

/** A label cut at a word, never inside one. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/\s+\S*$/, "");
  return `${cut || text.slice(0, max - 1)}…`;
}

export function describeBars(rows: Quantity[]): string {
  return rows.map((q) => `${capitalize(q.concept ?? q.unit)}: ${formatFigure(q)}`).join("; ") || "No figures.";
}

export function barsChart(rows: Quantity[], { width = 640, palette = pagePalette, source, furniture = true, document, frame = { title: "Figures, side by side" }, href }: ChartOptions = {}) {
  const narrow = width < 480;
  const label = (q: Quantity) => shorten(capitalize(q.concept ?? q.unit), narrow ? 28 : 44);
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const longest = Math.max(...sorted.map((q) => label(q).length));
  return accessible(
    Plot.plot({
      document,
      width,
      height: sorted.length * 34 + 40,
      marginLeft: Math.min(narrow ? 150 : 300, 12 + longest * 6.6),
      marginRight: 90,
      ...framing(frame, { furniture, source, document }),
      ariaLabel: frame.title,
      ariaDescription: describeBars(sorted),
      x: { axis: null, domain: [Math.min(0, ...sorted.map((q) => q.value)), Math.max(...sorted.map((q) => q.value_high ?? q.value)) * 1.05] },
      y: { label: null, domain: sorted.map(label), tickSize: 0 },
      marks: [
        Plot.barX(sorted, { x: "value", y: label, fill: palette.forces[0], href, ariaLabel: href && ((q: Quantity) => `${label(q)}, ${formatFigure(q)}: read the sentence`) }),
        Plot.ruleX([0], { stroke: palette.foreground }),
        Plot.text(sorted, { x: "value", y: label, text: (q: Quantity) => formatFigure(q), dx: 6, textAnchor: "start", fill: palette.foreground, fontWeight: "bold" }),
        Plot.tip(sorted, Plot.pointer({ x: "value", y: label, title: (q: Quantity) => `${formatFigure(q)}\n“${q.quote}”`, maxRadius: 40 })),
      ],
    }),
  );
}
