/** The story told across the archive: every article's milestones on one timeline, by kind. */
import { apDate } from "../shared/dates.js";
import { MILESTONE_CATEGORIES } from "../shared/categories.js";
import { categoryLegend, pagePalette, printPalette } from "./palette.js";
import { EXPORT_WIDTH, exportSvg } from "./standaloneSvg.js";
import type { ChartOptions } from "./options.js";
import { timelineChart, type TimelineEvent } from "./timelineChart.js";

export type StoryEvent = TimelineEvent & { article: string; article_title: string };

export const storyFurniture = {
  title: "The story so far",
  subtitle: "Milestones from every article in the archive, in date order, by kind",
  note: "Each event links to the sentence it comes from. Bars span the month or year when an article gives no exact day.",
};

export function storyChart(events: StoryEvent[], options: ChartOptions = {}) {
  const palette = options.palette ?? pagePalette;
  const articles = new Set(events.map((e) => e.article)).size;
  const description = events.length
    ? `${events.length} events from ${articles} ${articles === 1 ? "article" : "articles"}, from ${apDate(events[0].date)} to ${apDate(events[events.length - 1].date)}.`
    : "No dated events yet.";
  return timelineChart(events, { ...options, frame: storyFurniture, description, colors: MILESTONE_CATEGORIES.map((c) => [c, palette.categories[c]]) });
}

/** The story chart as a standalone SVG, for its download. */
export function storySvg(events: StoryEvent[]): string {
  const sources = [...new Set(events.map((e) => e.article_title))];
  return exportSvg(storyChart(events, { width: EXPORT_WIDTH, palette: printPalette, furniture: false }), storyFurniture, {
    source: `Sources: ${sources.map((title) => `“${title}”`).join("; ")}`,
    legend: categoryLegend(events),
  });
}
