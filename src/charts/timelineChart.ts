/**
 * Dated events on a proportional time axis, one row each so labels never collide. A day is a
 * dot; a month or a year, known no closer, is a bar across that month or year. The milestones,
 * an article's figures and time expressions, and the story across articles are all drawn so.
 */
import * as Plot from "@observablehq/plot";
import { accessible } from "./accessible.js";
import { apDate, apTickFormat, DAY_MS, endOf, startOf } from "../shared/dates.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./options.js";
import { framing, type Furniture } from "./furniture.js";

export interface TimelineEvent {
  date: string;
  precision: "year" | "month" | "day";
  label: string;
  category: string;
  sentence: number;
  quote?: string;
  /** The article's slug, when events come from several. */
  article?: string;
  /** "after 2014": the event lies beyond its date, not in it. */
  relation?: string;
  /** Still to come when the article was published: drawn hollow. */
  upcoming?: boolean;
}

export interface TimelineOptions extends ChartOptions {
  frame: Furniture;
  description: string;
  /** Category → colour, in legend order; a legend is drawn when the categories have two colours or more. */
  colors: [category: string, color: string][];
}

/**
 * Whole years for events years apart; for events within a few years, their own span and a little
 * either side, so a fortnight of floods is drawn by the day.
 */
function timeDomain(events: TimelineEvent[]): [Date, Date] {
  const first = startOf(events[0]?.date ?? "2001");
  const last = endOf(events[events.length - 1]?.date ?? "2014");
  const span = last.getTime() - first.getTime();
  if (span > 3 * 366 * DAY_MS) return [new Date(Date.UTC(first.getUTCFullYear(), 0, 1)), new Date(Date.UTC(last.getUTCFullYear() + 1, 6, 1))];
  const pad = Math.max(DAY_MS, span * 0.08);
  // "after 2014" runs on past its date: room for its faded bar.
  const after = events.some((e) => e.relation === "after") ? span * 0.2 : 0;
  return [new Date(first.getTime() - pad), new Date(last.getTime() + pad + after)];
}

export function timelineChart<T extends TimelineEvent>(events: T[], { width = 640, palette = pagePalette, source, furniture = true, document, frame, description, colors, href }: TimelineOptions) {
  const fontSize = 12;
  // Plot measures text by its own character widths; leave a tenth spare for wider fonts.
  const lineWidth = Math.max(16, (0.9 * (width - 40)) / fontSize);
  const after = (e: T) => e.relation === "after";
  // "drew 0-0": a score or a range is not broken across lines at its hyphen.
  const labelOf = (e: T) => `${after(e) ? "After " : ""}${apDate(e.date)} · ${e.label.replace(/(\d)-(?=\d)/g, "$1\u2011")}`;
  // Each row fits its label's wrapped lines (Plot wraps at about 0.55em a character) and a lane.
  const lines = Math.max(1, ...events.map((e) => Math.ceil(labelOf(e).length / (lineWidth / 0.55))));
  const lineHeight = 1.2;
  const rowHeight = lines * fontSize * lineHeight + 30;
  const rows = events.map((e, row) => ({ ...e, row }));
  const [x1, x2] = timeDomain(events);
  // The lane sits at the bottom of each row, the label above it.
  const lane = rowHeight / 2 - 8;
  const used = colors.filter(([category]) => events.some((e) => e.category === category));
  type Row = (typeof rows)[number];
  const sentenceLabel = (r: Row) => `${labelOf(r)}: read the sentence`;
  return accessible(
    Plot.plot({
      document,
      width,
      height: events.length * rowHeight + 40,
      // Room for half a tick label, "2011" above "Jan", where a tick falls on the domain's edge.
      marginLeft: 20,
      marginRight: 20,
      marginTop: 30,
      marginBottom: 10,
      ...framing(frame, { furniture, source, document }),
      ariaLabel: frame.title,
      ariaDescription: description,
      x: { type: "utc", domain: [x1, x2], axis: "top", grid: true, label: null, ticks: width < 480 ? 4 : 8, tickFormat: apTickFormat([x1, x2]) },
      y: { type: "band", domain: rows.map((r) => r.row), axis: null, paddingInner: 0 },
      color: { domain: used.map(([c]) => c), range: used.map(([, color]) => color), legend: furniture && new Set(used.map(([, color]) => color)).size > 1 },
      marks: [
        Plot.ruleY(rows, { y: "row", dy: lane, stroke: palette.faint, strokeOpacity: 0.6 }),
        // A plan, forecast or deadline still to come is drawn as an outline: it has not happened.
        ...[false, true].map((upcoming) =>
          Plot.barX(rows.filter((r) => r.precision !== "day" && !after(r) && Boolean(r.upcoming) === upcoming), { x1: (r: Row) => startOf(r.date), x2: (r: Row) => endOf(r.date), y: "row", dy: lane, insetTop: rowHeight / 2 - 5, insetBottom: rowHeight / 2 - 5, insetLeft: -3, insetRight: -3, ...(upcoming ? { fill: palette.background, stroke: "category", strokeWidth: 1.5 } : { fill: "category" }), href, ariaLabel: href && sentenceLabel }),
        ),
        // "after 2014" has no end the article gives: a faded bar from its date to the chart's edge.
        Plot.barX(rows.filter(after), { x1: (r: Row) => endOf(r.date), x2: () => x2, y: "row", dy: lane, insetTop: rowHeight / 2 - 5, insetBottom: rowHeight / 2 - 5, fill: "category", fillOpacity: 0.35 }),
        Plot.tickX(rows.filter(after), { x: (r: Row) => endOf(r.date), y: "row", dy: lane, insetTop: rowHeight / 2 - 8, insetBottom: rowHeight / 2 - 8, stroke: "category", strokeWidth: 2 }),
        ...[false, true].map((upcoming) =>
          Plot.dot(rows.filter((r) => r.precision === "day" && !after(r) && Boolean(r.upcoming) === upcoming), { x: (r: Row) => startOf(r.date), y: "row", dy: lane, r: 5.5, ...(upcoming ? { fill: palette.background, stroke: "category", strokeWidth: 2 } : { fill: "category", stroke: palette.background }), href, ariaLabel: href && sentenceLabel }),
        ),
        // The halo keeps wrapped labels readable where grid lines cross them.
        Plot.text(rows, { x: () => x1, y: "row", dy: lane - 9, text: labelOf, textAnchor: "start", lineAnchor: "bottom", lineWidth, lineHeight, fontSize, fill: palette.foreground, stroke: palette.background, strokeWidth: 3, paintOrder: "stroke" }),
        Plot.tip(rows, Plot.pointer({ x: (r: Row) => startOf(r.date), y: "row", dy: lane, title: (r: Row) => `${apDate(r.date)} · ${r.category}${r.quote ? `\n“${r.quote}”` : ""}`, maxRadius: 60 })),
      ],
    }),
  );
}
