/**
 * Milestones on a proportional time axis, one row each so labels never collide. A day is a
 * dot; a month or a year, known no closer, is a bar across that month or year.
 */
import * as Plot from "@observablehq/plot";
import { accessible } from "./accessible.js";
import type { Milestone } from "../../loaders/schemas.js";
import { apDate, endOf, startOf } from "./format.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./troopChart.js";
import { framing } from "./furniture.js";

export const milestoneFurniture = {
  title: "From the Taliban's fall to the withdrawal deadline",
  subtitle: "Events the article dates, 2001 to the end of 2014, by kind",
  note: "Bars span the month or year when the article gives no exact day.",
};

export const CATEGORIES = ["military", "diplomacy", "politics", "deadline", "other"] as const;

export function describeMilestones(milestones: Milestone[]): string {
  if (!milestones.length) return "No dated events.";
  const [first, last] = [milestones[0], milestones[milestones.length - 1]];
  return `${milestones.length} events from ${apDate(first.date)} (${first.label}) to ${apDate(last.date)} (${last.label}).`;
}

export function milestoneChart(milestones: Milestone[], { width = 640, palette = pagePalette, source, furniture = true, document }: ChartOptions = {}) {
  const fontSize = 12;
  // Plot measures text by its own character widths; leave a tenth spare for wider fonts.
  const lineWidth = Math.max(16, (0.9 * (width - 28)) / fontSize);
  const labelOf = (m: Milestone) => `${apDate(m.date)} · ${m.label}`;
  // Each row fits its label's wrapped lines (Plot wraps at about 0.55em a character) and a lane.
  const lines = Math.max(1, ...milestones.map((m) => Math.ceil(labelOf(m).length / (lineWidth / 0.55))));
  const rowHeight = lines * fontSize * 1.2 + 30;
  const categories = CATEGORIES.filter((c) => milestones.some((m) => m.category === c));
  const x1 = new Date(Date.UTC(startOf(milestones[0]?.date ?? "2001").getUTCFullYear(), 0, 1));
  const x2 = new Date(Date.UTC(endOf(milestones[milestones.length - 1]?.date ?? "2014").getUTCFullYear() + 1, 6, 1));
  // The lane sits at the bottom of each row, the label above it.
  const lane = rowHeight / 2 - 8;
  const point = milestones.filter((m) => m.precision === "day");
  const span = milestones.filter((m) => m.precision !== "day");
  return accessible(
    Plot.plot({
      document,
      width,
      height: milestones.length * rowHeight + 40,
      marginLeft: 12,
      marginRight: 16,
      marginTop: 30,
      marginBottom: 10,
      ...framing(milestoneFurniture, { furniture, source, document }),
      ariaLabel: milestoneFurniture.title,
      ariaDescription: describeMilestones(milestones),
      x: { type: "utc", domain: [x1, x2], axis: "top", grid: true, label: null, ticks: width < 480 ? 4 : 8 },
      y: { type: "band", domain: milestones.map((m) => m.id), axis: null, paddingInner: 0 },
      color: { domain: categories, range: categories.map((c) => palette.categories[c]), legend: furniture },
      marks: [
        Plot.ruleY(milestones, { y: "id", dy: lane, stroke: palette.faint, strokeOpacity: 0.6 }),
        Plot.barX(span, { x1: (m: Milestone) => startOf(m.date), x2: (m: Milestone) => endOf(m.date), y: "id", dy: lane, insetTop: rowHeight / 2 - 5, insetBottom: rowHeight / 2 - 5, insetLeft: -3, insetRight: -3, fill: "category" }),
        Plot.dot(point, { x: (m: Milestone) => startOf(m.date), y: "id", dy: lane, fill: "category", r: 5.5, stroke: palette.background }),
        Plot.text(milestones, {
          x: () => x1,
          y: "id",
          dy: lane - 9,
          text: labelOf,
          textAnchor: "start",
          lineAnchor: "bottom",
          lineWidth,
          fontSize,
          fill: palette.foreground,
        }),
        Plot.tip(milestones, Plot.pointer({ x: (m: Milestone) => startOf(m.date), y: "id", dy: lane, title: (m: Milestone) => `${apDate(m.date)} · ${m.category}\n“${m.quote}”`, maxRadius: 60 })),
      ],
    }),
  );
}
