/**
 * Troop strength over time: each force's reported figures, joined by a thin line, and the
 * "zero option" drawn dashed and hollow as a scenario, not a report. A figure reported as
 * "just over" is an upward triangle: the true number is higher than the mark.
 */
import * as Plot from "@observablehq/plot";
import { accessible } from "./accessible.js";
import type { Troop } from "../../loaders/schemas.js";
import { formatNumber, qualified } from "../shared/format.js";
import { apDate, apTickFormat, DAY_MS, endOf, startOf } from "../shared/dates.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./options.js";
import { framing } from "./furniture.js";

/** "just over 87,200": the article's own words for a qualified figure, where it has them. */
function asWritten(d: Troop): string {
  const words = /^(?:down from |up from |including |to )?(.*?)\s*\d/i.exec(d.quote)?.[1];
  return d.qualifier !== "exact" && words ? `${words} ${formatNumber(d.troops)}` : qualified(d.troops, d.qualifier);
}

const symbolOf = (d: Troop) => (d.qualifier === "more than" || d.qualifier === "at least" ? "triangle" : "circle");
const when = (d: Troop) => startOf(d.date ?? "1970");

/** "The NATO-led force fell from 130,000 troops in October 2011 to just over 87,200 on Aug. 1, 2013, 60,000 of them American." */
export function describeTroops(troops: Troop[]): string {
  const reported = troops.filter((d) => d.status === "reported" && d.date);
  const parents = reported.filter((d) => !d.part_of);
  const sentences: string[] = [];
  for (const force of [...new Set(parents.map((d) => d.force))]) {
    const rows = parents.filter((d) => d.force === force);
    const [first, last] = [rows[0], rows[rows.length - 1]];
    const parts = reported.filter((d) => d.part_of === force && d.date === last.date);
    const share = parts.map((p) => `, ${formatNumber(p.troops)} of them ${p.force}`).join("");
    const sentence =
      rows.length > 1
        ? `The ${force} ${last.troops < first.troops ? "fell" : "grew"} from ${asWritten(first)} troops in ${apDate(first.date!)} to ${asWritten(last)} on ${apDate(last.date!)}${share}`
        : `The ${force} had ${asWritten(last)} troops on ${apDate(last.date!)}${share}`;
    sentences.push(sentence.endsWith(".") ? sentence : `${sentence}.`);
  }
  for (const s of troops.filter((d) => d.status === "scenario" && d.date)) {
    sentences.push(`Scenario, not a report: ${s.force} forces at ${formatNumber(s.troops)} on ${apDate(s.date!)}.`);
  }
  return sentences.join(" ");
}

export function troopChart(troops: Troop[], { width = 640, height, palette = pagePalette, source, furniture = true, document, frame = { title: "Troop numbers, as reported" }, href }: ChartOptions = {}) {
  const dated = troops.filter((d) => d.date);
  const reported = dated.filter((d) => d.status === "reported");
  const forces = [...new Set(dated.map((d) => d.force))];
  // A scenario continues from the last reported figure of its force.
  const scenarioLines = dated
    .filter((d) => d.status === "scenario")
    .flatMap((s) => {
      const from = reported.filter((r) => r.force === s.force).pop();
      return from ? [{ ...from, id: -s.id }, s] : [s];
    });
  const maxTroops = Math.max(...dated.map((d) => d.troops));
  const first = Math.min(...dated.map((d) => when(d).getTime()));
  const last = Math.max(...dated.map((d) => endOf(d.date!).getTime()));
  const narrow = width < 480;
  // Room on the right for the labels of each series' last figure.
  const [x1, x2] = [first - 120 * DAY_MS, last + Math.max(120 * DAY_MS, (last - first) * (narrow ? 0.7 : 0.25))];
  // A figure the line leaves to the right is labelled above it; a series' last figure to its right,
  // so no label sits on a line.
  const continues = (d: Troop) => dated.some((o) => o !== d && o.force === d.force && when(o) > when(d));
  const placeOf = (d: Troop) => {
    if (!continues(d)) return "right";
    return (when(d).getTime() - x1) / (x2 - x1) < (narrow ? 0.2 : 0.1) ? "above-start" : "above";
  };
  const label = (d: Troop) =>
    d.status === "scenario"
      ? `${frame.scenario ?? "Scenario"}: ${formatNumber(d.troops)}`
      : `${asWritten(d)}${d.part_of ? ` ${d.force}` : ""}`;
  const tip = (d: Troop) => `${d.force}${d.status === "scenario" ? " (scenario)" : ""}\n${qualified(d.troops, d.qualifier)} troops · ${apDate(d.date!)}\n“${d.quote}”`;
  return accessible(
    Plot.plot({
      document,
      width,
      height: height ?? (narrow ? 300 : 360),
      marginLeft: 48,
      marginRight: narrow ? 16 : 24,
      marginTop: 24,
      style: { overflow: "visible" },
      ...framing(frame, { furniture, source, document }),
      ariaLabel: frame.title,
      ariaDescription: describeTroops(troops),
      x: { type: "utc", domain: [new Date(x1), new Date(x2)], label: null, ticks: narrow ? 4 : 6, tickFormat: apTickFormat([new Date(x1), new Date(x2)]) },
      y: { domain: [0, Math.ceil((maxTroops * 1.1) / 20000) * 20000], grid: true, label: "Troops", tickFormat: (v: number) => (v === 0 ? "0" : `${v / 1000}k`) },
      color: { domain: forces, range: palette.forces, legend: furniture },
      marks: [
        Plot.ruleY([0], { stroke: palette.muted }),
        Plot.line(reported.filter((d) => !d.part_of), { x: when, y: "troops", z: "force", stroke: "force", strokeWidth: 1.5, strokeOpacity: 0.8 }),
        Plot.line(scenarioLines, { x: when, y: "troops", z: "force", stroke: "force", strokeWidth: 1.5, strokeDasharray: "5,4" }),
        Plot.dot(reported, { x: when, y: "troops", fill: "force", symbol: symbolOf, r: 6, stroke: palette.background, strokeWidth: 1, href, ariaLabel: href && ((d: Troop) => `${d.force}, ${qualified(d.troops, d.qualifier)} troops, ${apDate(d.date!)}: read the sentence`) }),
        Plot.dot(dated.filter((d) => d.status === "scenario"), { x: when, y: "troops", stroke: "force", fill: palette.background, r: 5, strokeWidth: 2 }),
        ...(["reported", "scenario"] as const).flatMap((status) =>
        (["above", "above-start", "right"] as const).map((place) =>
          Plot.text(
            dated.filter((d) => d.status === status && placeOf(d) === place),
            {
              x: when,
              // A label at the baseline sits just above the zero rule.
              y: (d: Troop) => (place === "right" && d.troops < maxTroops * 0.08 ? d.troops + maxTroops * 0.05 : d.troops),
              text: label,
              dx: place === "right" ? 10 : place === "above-start" ? -6 : 0,
              dy: place === "right" ? 0 : -14,
              textAnchor: place === "above" ? "middle" : "start",
              fontSize: 12,
              fill: palette.foreground,
              stroke: palette.background,
              strokeWidth: 4,
              paintOrder: "stroke",
              fontWeight: status === "reported" ? "bold" : "normal",
              fontStyle: status === "reported" ? "normal" : "italic",
            },
          ),
        ),
      ),
      Plot.tip(dated, Plot.pointer({ x: when, y: "troops", title: tip, maxRadius: 40 })),
      ],
    }),
  );
}
