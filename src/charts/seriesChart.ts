/**
 * One thing the article measures, at each date it gives: dots joined by a thin line, each
 * labelled as written ("about 3,000–6,000"); a range is drawn as a bar between its ends.
 */
import * as Plot from "@observablehq/plot";
import type { Quantity } from "../../loaders/schemas.js";
import { accessible } from "./accessible.js";
import { apTickFormat, DAY_MS, figureTime, figureWhen } from "../shared/dates.js";
import { formatFigure, formatNumber, hasUnitWord } from "../shared/format.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./options.js";
import { framing } from "./furniture.js";

type Point = Quantity & { date: string };

export function describeSeries(rows: Quantity[]): string {
  const points = rows.filter((q): q is Point => q.date !== null);
  if (!points.length) return "No dated figures.";
  const say = (q: Point) => `${formatFigure(q)} (${figureWhen(q)})`;
  return `${points.length} figures, from ${say(points[0])} to ${say(points[points.length - 1])}.`;
}

/** About how wide a bold 12-pixel label is, per character. */
const LABEL_CHAR_WIDTH = 7;

/**
 * The points whose labels fit side by side: the first and the last always, and each one between
 * that clears its labelled neighbours; the others keep their tip and their row in the table.
 */
function spacedLabels(rows: Point[], x: (q: Point) => number, label: (q: Point) => string): Point[] {
  const points = [...rows].sort((a, b) => x(a) - x(b));
  const span = (q: Point) => {
    const half = (label(q).length * LABEL_CHAR_WIDTH) / 2 + 3;
    return [x(q) - half, x(q) + half];
  };
  if (points.length <= 2) return points;
  const last = span(points[points.length - 1]);
  const kept = [points[0]];
  for (const q of points.slice(1, -1)) {
    const [from, to] = span(q);
    if (from > span(kept[kept.length - 1])[1] && to < last[0]) kept.push(q);
  }
  return [...kept, points[points.length - 1]];
}

export function seriesChart(rows: Quantity[], { width = 640, height, palette = pagePalette, source, furniture = true, document, frame = { title: "Figures, as reported" }, href }: ChartOptions = {}) {
  const points = rows.filter((q): q is Point => q.date !== null);
  const when = figureTime;
  const times = points.map((q) => when(q).getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  // Room either side for the first and last labels: a tenth of the span, and at least a day.
  const pad = Math.max(DAY_MS, (last - first) * 0.1);
  const narrow = width < 480;
  const domain: [Date, Date] = [new Date(first - pad), new Date(last + pad)];
  const high = (q: Point) => q.value_high ?? q.value;
  const values = points.flatMap((q) => [q.value, high(q)]);
  const floor = Math.min(0, ...values);
  // "micrograms per cubic metre" is said once, over the axis; ticks and labels are numbers.
  const unitOnAxis = hasUnitWord(points[0]);
  const label = (q: Point) => formatFigure(q, { unit: !unitOnAxis });
  const [marginLeft, marginRight] = [56, narrow ? 24 : 40];
  const labelled = spacedLabels(points, (q) => marginLeft + ((when(q).getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) * (width - marginLeft - marginRight), label);
  const byPeriod = points.every((q) => q.period);
  const periodNames = new Map(points.map((q) => [when(q).getTime(), figureWhen(q)]));
  // On a phone, every other period's name when there are more than four.
  const periodTicks = [...periodNames.keys()].filter((_, i, all) => !narrow || all.length <= 4 || i % 2 === (all.length - 1) % 2).map((t) => new Date(t));
  return accessible(
    Plot.plot({
      document,
      width,
      height: height ?? (narrow ? 280 : 340),
      marginLeft,
      marginRight,
      marginTop: 28,
      style: { overflow: "visible" },
      ...framing(frame, { furniture, source, document }),
      ariaLabel: frame.title,
      ariaDescription: describeSeries(points),
      // Quarters and halves are named on the axis at their figures ("Q3 2022"); dates by the calendar.
      x: { type: "utc", domain, label: null, ...(byPeriod ? { ticks: periodTicks, tickFormat: (d: Date) => periodNames.get(d.getTime()) ?? "" } : { ticks: narrow ? 3 : 6, tickFormat: apTickFormat(domain) }) },
      y: {
        domain: [floor, Math.max(...values) * 1.15 || 1],
        grid: true,
        label: unitOnAxis ? `↑ ${points[0].unit}` : null,
        labelAnchor: "top",
        tickFormat: (v: number) => (unitOnAxis ? formatNumber(v) : formatFigure({ ...points[0], value: v, value_high: null }, { qualifier: false })),
      },
      marks: [
        Plot.ruleY([0], { stroke: palette.muted }),
        Plot.line(points, { x: when, y: "value", stroke: palette.forces[0], strokeWidth: 1.5, strokeOpacity: 0.8 }),
        Plot.ruleX(points.filter((q) => q.value_high !== null), { x: when, y1: "value", y2: high, stroke: palette.forces[0], strokeWidth: 6, strokeOpacity: 0.35 }),
        Plot.dot(points, { x: when, y: "value", fill: palette.forces[0], r: 5, stroke: palette.background, strokeWidth: 1, href, ariaLabel: href && ((q: Point) => `${formatFigure(q)}, ${figureWhen(q)}: read the sentence`) }),
        Plot.text(labelled, { x: when, y: high, text: label, dy: -12, fontSize: 12, fontWeight: "bold", fill: palette.foreground, stroke: palette.background, strokeWidth: 4, paintOrder: "stroke" }),
        Plot.tip(points, Plot.pointer({ x: when, y: "value", title: (q: Point) => `${formatFigure(q)} · ${figureWhen(q)}\n“${q.quote}”`, maxRadius: 40 })),
      ],
    }),
  );
}
