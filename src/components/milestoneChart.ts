/** The article's milestones, coloured by kind, on the shared timeline layout. */
import type { Milestone } from "../../loaders/schemas.js";
import { apDate } from "./format.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./troopChart.js";
import { timelineChart } from "./timelineChart.js";

export const milestoneFurniture = {
  title: "From the Taliban’s fall to the withdrawal deadline",
  subtitle: "Events the article dates, 2001 to the end of 2014, by kind",
  note: "Bars span the month or year when the article gives no exact day.",
};

export const CATEGORIES = ["military", "diplomacy", "politics", "deadline", "other"] as const;

export function describeMilestones(milestones: Milestone[]): string {
  if (!milestones.length) return "No dated events.";
  const [first, last] = [milestones[0], milestones[milestones.length - 1]];
  return `${milestones.length} events from ${apDate(first.date)} (${first.label}) to ${apDate(last.date)} (${last.label}).`;
}

export function milestoneChart(milestones: Milestone[], options: ChartOptions = {}) {
  const palette = options.palette ?? pagePalette;
  return timelineChart(milestones, {
    ...options,
    frame: milestoneFurniture,
    description: describeMilestones(milestones),
    colors: CATEGORIES.map((c) => [c, palette.categories[c]]),
  });
}
