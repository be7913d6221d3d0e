/** The archive: one row per article, and the story told across them as one timeline of milestones. */
import { html } from "htl";
import type { Extract } from "../../loaders/schemas.js";
import { apDate, formatNumber } from "./format.js";
import { CATEGORIES } from "./milestoneChart.js";
import { pagePalette, printPalette } from "./palette.js";
import { EXPORT_WIDTH, exportSvg } from "./standaloneSvg.js";
import type { ChartOptions } from "./troopChart.js";
import { timelineChart, type TimelineEvent } from "./timelineChart.js";

export interface CorpusArticle {
  slug: string;
  title: string;
  source: string | null;
  published: string;
  quantities: number;
  times: number;
  entities: number;
}

export type StoryEvent = TimelineEvent & { article: string; article_title: string };

/** Build time: the index rows (newest first) and every article's milestones in date order. */
export function corpusIndex(extracts: Extract[]): { articles: CorpusArticle[]; story: StoryEvent[] } {
  const articles = extracts
    .map(({ article, tables }) => ({ slug: article.slug, title: article.title, source: article.source, published: article.published, quantities: tables.quantities.length, times: tables.times.length, entities: tables.entities.length }))
    .sort((a, b) => (a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1));
  const story = extracts
    .flatMap(({ article, tables }) => tables.milestones.map((m) => ({ date: m.date, precision: m.precision, label: m.label, category: m.category, sentence: m.sentence, quote: m.quote, article: article.slug, article_title: article.title })))
    .sort((a, b) => (a.date === b.date ? (a.article < b.article ? -1 : a.article > b.article ? 1 : a.sentence - b.sentence) : a.date < b.date ? -1 : 1));
  return { articles, story };
}

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
  return timelineChart(events, { ...options, frame: storyFurniture, description, colors: CATEGORIES.map((c) => [c, palette.categories[c]]) });
}

/** The story chart as a standalone SVG, for its download. */
export function storySvg(events: StoryEvent[]): string {
  const kinds = CATEGORIES.filter((c) => events.some((e) => e.category === c));
  const sources = [...new Set(events.map((e) => e.article_title))];
  return exportSvg(storyChart(events, { width: EXPORT_WIDTH, palette: printPalette, furniture: false }), storyFurniture, {
    source: `Sources: ${sources.map((title) => `“${title}”`).join("; ")}`,
    legend: kinds.map((c) => ({ label: c, color: printPalette.categories[c] })),
  });
}

/** The articles as a table: headline (a link to its page), source, date and what was found. */
export function articleList(articles: CorpusArticle[]) {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="Articles"><table class="results">
    <caption class="sr-only">Every article in the archive, newest first</caption>
    <thead><tr><th scope="col">Article</th><th scope="col">Source</th><th scope="col">Published</th><th scope="col" class="number">Figures</th><th scope="col" class="number">Times</th><th scope="col" class="number">Names</th></tr></thead>
    <tbody>${articles.map(
      (a) => html`<tr>
        <td data-label="Article"><a href=${`./${a.slug}`}>${a.title}</a></td>
        <td data-label="Source">${a.source ?? "—"}</td>
        <td data-label="Published"><time datetime=${a.published}>${apDate(a.published)}</time></td>
        <td data-label="Figures" class="number">${formatNumber(a.quantities)}</td>
        <td data-label="Times" class="number">${formatNumber(a.times)}</td>
        <td data-label="Names" class="number">${formatNumber(a.entities)}</td>
      </tr>`,
    )}</tbody>
  </table></div>`;
}

/** The story's events as a list of links, for readers who do not point at charts. */
export function storyList(events: StoryEvent[]) {
  return html`<details class="story-list"><summary>The events as a list</summary><ol>${events.map(
    (e) => html`<li><time datetime=${e.date}>${apDate(e.date)}</time> · <a href=${`./${e.article}#s${e.sentence}`}>${e.label}</a> <span class="muted">(${e.article_title})</span></li>`,
  )}</ol></details>`;
}
