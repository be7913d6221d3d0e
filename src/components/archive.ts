/** The archive page's lists: every article, and the story's events, each a link. */
import { html } from "htl";
import { formatNumber } from "../shared/format.js";
import { apDate } from "../shared/dates.js";
import type { StoryEvent, storyChart as StoryChart } from "../charts/storyChart.js";
import { chartDownloads } from "./downloads.js";
import { linkMarks } from "./links.js";
import { failedArticles } from "./loadError.js";
import { responsive } from "./responsive.js";
import { drawWhenNeeded, live, lazily } from "./live.js";

const loadStoryChart = lazily(() => import("../charts/storyChart.js"));

/** One article of the archive, as its index lists it. */
export interface CorpusArticle {
  slug: string;
  title: string;
  source: string | null;
  published: string;
  quantities: number;
  times: number;
  entities: number;
  charts: number;
}

/** How many articles a page of the archive lists: an archive of thousands stays light to load and read. */
export const ARCHIVE_PAGE = 50;

function articleRows(articles: CorpusArticle[]) {
  return articles.map(
    (a) => html`<tr>
      <td data-label="Article"><a href=${`./${a.slug}`}>${a.title}</a></td>
      <td data-label="Source">${a.source ?? "—"}</td>
      <td data-label="Published"><time datetime=${a.published}>${apDate(a.published)}</time></td>
      <td data-label="Figures" class="number">${formatNumber(a.quantities)}</td>
      <td data-label="Times" class="number">${formatNumber(a.times)}</td>
      <td data-label="Names" class="number">${formatNumber(a.entities)}</td>
    </tr>`,
  );
}

/**
 * The articles as a table, newest first, a page at a time, with a search over headlines and
 * sources: headline (a link to its page), source, date and what was found.
 */
export function articleList(articles: CorpusArticle[], { pageSize = ARCHIVE_PAGE } = {}) {
  const body = html`<tbody></tbody>`;
  const status = html`<p class="muted" role="status"></p>`;
  const search = html`<input type="search" placeholder="Search headlines and sources" aria-label="Search the archive">` as HTMLInputElement;
  const more = html`<button type="button">Show more</button>` as HTMLButtonElement;
  let shown = pageSize;
  const update = () => {
    const term = search.value.trim().toLowerCase();
    const matching = term ? articles.filter((a) => `${a.title} ${a.source ?? ""}`.toLowerCase().includes(term)) : articles;
    body.replaceChildren(...articleRows(matching.slice(0, shown)));
    status.textContent = `${formatNumber(Math.min(shown, matching.length))} of ${formatNumber(matching.length)} ${matching.length === 1 ? "article" : "articles"}${term ? ` matching “${search.value.trim()}”` : ""}`;
    more.hidden = shown >= matching.length;
  };
  search.oninput = () => {
    shown = pageSize;
    update();
  };
  more.onclick = () => {
    shown += pageSize;
    update();
  };
  update();
  return html`<div class="archive-list">${search}${status}<div class="table-scroll" tabindex="0" role="region" aria-label="Articles"><table class="results">
    <caption class="sr-only">Every article in the archive, newest first</caption>
    <thead><tr><th scope="col">Article</th><th scope="col">Source</th><th scope="col">Published</th><th scope="col" class="number">Figures</th><th scope="col" class="number">Times</th><th scope="col" class="number">Names</th></tr></thead>
    ${body}
  </table></div>${more}</div>`;
}

/** The story's events as a list of links, for readers who do not point at charts. */
export function storyList(events: StoryEvent[]) {
  return html`<details class="story-list"><summary>The events as a list</summary><ol>${events.map(
    (e) => html`<li><time datetime=${e.date}>${apDate(e.date)}</time> · <a href=${`./${e.article}#s${e.sentence}`}>${e.label}</a> <span class="muted">(${e.article_title})</span></li>`,
  )}</ol></details>`;
}

/** What the archive page shows, a call each: `const archive = loadArchive(await FileAttachment("../data/archive.json").json())`. */
export function loadArchive(data: { articles: CorpusArticle[]; story: StoryEvent[]; failed: { slug: string; error: string }[] }, { draw }: { draw?: { storyChart: typeof StoryChart } } = {}) {
  return {
    /** The articles that could not be read, and why (while previewing). */
    failed: () => live(failedArticles(data.failed)),
    /** Every article, newest first, a page at a time. */
    list: () => live(html`<div class="card">${articleList(data.articles)}</div>`),
    /** The story across the archive: its events on one timeline, each linked to its sentence, and as a list. */
    timeline: () => {
      const holder = document.createElement("div");
      holder.className = "chart-holder";
      const href = (d: { article?: string; sentence?: number }) => `./${d.article}#s${d.sentence}`;
      const drawn = (charts: { storyChart: typeof StoryChart }) => holder.replaceChildren(responsive((width) => linkMarks(charts.storyChart(data.story, { width, href }), href)));
      if (draw) drawn(draw);
      const card = html`<div class="card chart-card">
          ${holder}
          ${chartDownloads("story", async () => (await loadStoryChart()).storySvg(data.story), data.story as unknown as Record<string, unknown>[], ["date", "precision", "label", "category", "article", "article_title", "sentence", "quote"])}
          ${storyList(data.story)}
        </div>`;
      if (draw) return card;
      return live(card, { adopt: ".chart-holder", ready: (adopted) => drawWhenNeeded(card, adopted, () => void loadStoryChart().then(drawn)) });
    },
  };
}
