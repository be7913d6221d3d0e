/** The article's milestones, coloured by kind, on the shared timeline layout. */
import type { Milestone } from "../../loaders/schemas.js";
import { apDate } from "../shared/dates.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./options.js";
import { timelineChart } from "./timelineChart.js";
import { MILESTONE_CATEGORIES } from "../shared/categories.js";

export function describeMilestones(milestones: Milestone[]): string {
  if (!milestones.length) return "No dated events.";
  const [first, last] = [milestones[0], milestones[milestones.length - 1]];
  return `${milestones.length} events from ${apDate(first.date)} (${first.label}) to ${apDate(last.date)} (${last.label}).`;
}

export function milestoneChart(milestones: Milestone[], options: ChartOptions = {}) {
  const palette = options.palette ?? pagePalette;
  const upcoming = new Set(options.upcoming ?? []);
  return timelineChart(milestones.map((m) => ({ ...m, upcoming: upcoming.has(m.id) })), {
    ...options,
    frame: options.frame ?? { title: "What happened when" },
    description: describeMilestones(milestones),
    colors: MILESTONE_CATEGORIES.map((c) => [c, palette.categories[c]]),
  });
}
