/** The archive page's lists: every article, and the story's events, each a link. */
import { html } from "htl";
import { formatNumber } from "../shared/format.js";
import { apDate } from "../shared/dates.js";
import type { StoryEvent } from "../charts/storyChart.js";

/** One article of the archive, as its index lists it. */
export interface CorpusArticle {
  slug: string;
  title: string;
  source: string | null;
  published: string;
  quantities: number;
  times: number;
  entities: number;
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
