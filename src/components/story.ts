/**
 * A story page in a few lines: the article loaded once, then one call per part, each bringing
 * its title, notes, source line, downloads and embed control.
 *
 *   const story = loadStory(await FileAttachment("data/articles/<slug>/story.json").json());
 *   ${story.header()}  ${story.keyFigures()}  ${story.chart("troops")}  ${story.table("issues")}
 */
import { html } from "htl";
import type { Extract } from "../../loaders/schemas.js";
import type { ChartPlan } from "../charts/plans.js";
import type { renderChart } from "../charts/registry.js";
import { sourceLine } from "../charts/furniture.js";
import type { ChartOptions } from "../charts/options.js";
import { articleFolder, chartFile, embedPage, tableFile, DATA_PACKAGE } from "../shared/addresses.js";
import { articleHeader } from "./articleHeader.js";
import { keyFigureCards, type KeyFigure } from "./keyFigureCards.js";
import { annotatedArticle, highlightTarget, markLegend } from "./annotatedArticle.js";
import { issuesTable } from "./issuesTable.js";
import { resultsTable } from "./explorer.js";
import { linkMarks } from "./links.js";
import { embedControl } from "./embed.js";
import { downloadLine } from "./downloads.js";
import { responsive } from "./responsive.js";
import { orError } from "./loadError.js";
import { drawWhenNeeded, live, lazily } from "./live.js";

const loadCharts = lazily(() => import("../charts/registry.js"));

/** What the prepare step writes for each article: its tables, the charts its data has the shape for, its key figures. */
export interface Story extends Extract {
  charts: ChartPlan[];
  figures: KeyFigure[];
}

export interface StoryOptions {
  /** From the page to the site's root: "./" for a page at the top, "../" one folder down. */
  root?: string;
  /** The page whose annotated text sentence links go to, from this page: "" when it is this page. */
  sentences?: string;
  /** For the build's static render in Node: its document, and the charts, drawn at once. */
  document?: Document;
  draw?: typeof renderChart;
}

/** Links to files that exist in the built site: <a download> with the file's own name. */
export function fileLinks(intro: string, files: { label: string; href: string }[]) {
  return downloadLine(intro, files.map((f) => html`<a download=${f.href.split("/").pop()} href=${f.href}>${f.label}</a>`));
}

const none = () => document.createDocumentFragment();

export function loadStory(data: Story | { error: string }, { root = "./", sentences = "", document: doc, draw }: StoryOptions = {}) {
  const story = orError(data);
  const { article, tables } = story;
  // While previewing, Framework serves the prepared files under _file/ (observablehq.config.ts says so).
  const served = (globalThis as { articleDashboardFiles?: string }).articleDashboardFiles ?? "";
  const files = `${root}${served}${articleFolder(article.slug)}`;
  const source = sourceLine(article);
  const linkTo = (d: { sentence?: number }) => `${sentences}#s${d.sentence}`;

  /** One chart with its downloads and embed control; nothing if the article has no such chart. */
  function chart(name: string, { width, ...options }: ChartOptions = {}) {
    const plan = story.charts.find((c) => c.name === name);
    if (!plan) return none();
    const holder = (doc ?? document).createElement("div");
    holder.className = "chart-holder";
    const drawn = (render: typeof renderChart) => holder.replaceChildren(responsive((w) => linkMarks(render(plan, tables, { width: w, source, document: doc, href: linkTo, ...options }), linkTo), { width, document: doc }));
    if (draw) drawn(draw);
    const card = html`<div class="card chart-card" data-chart=${name}>
      ${holder}
      ${fileLinks("Download the chart", [
        { label: "SVG", href: `${files}/${chartFile(name, "svg")}` },
        { label: "PNG", href: `${files}/${chartFile(name, "png")}` },
        { label: "data as CSV", href: `${files}/${tableFile(plan.table, "csv")}` },
      ])}
      ${embedControl({ embed: `${root}${embedPage(article.slug, name)}`, image: `${files}/${chartFile(name, "png")}`, title: plan.furniture.title })}
    </div>`;
    if (draw) return card;
    // Plot loads only when a chart must be drawn live: the static copy from the build shows until then.
    return live(card, { adopt: ".chart-holder", ready: (adopted) => drawWhenNeeded(card, adopted, () => void loadCharts().then(({ renderChart }) => drawn(renderChart))) });
  }

  return {
    article,
    tables,
    /** "Source: Al Jazeera America and Reuters, Oct. 11, 2013" */
    source,
    /** The chart names this article has, in page order. */
    chartNames: story.charts.map((c) => c.name),
    header: ({ kicker = "Article dashboard" } = {}) => live(articleHeader(article, { kicker })),
    keyFigures: () => (story.figures.length ? live(keyFigureCards(story.figures, { page: sentences })) : none()),
    chart,
    /** Every chart the article has. */
    charts: () => live(html`<div class="charts">${story.charts.map((c) => chart(c.name))}</div>`),
    /** A table: the issues as a grid of positions, the names, or any other table's rows; `empty` says so when it has none. */
    table(name: keyof Extract["tables"], { limit = 100, empty = "" } = {}) {
      const rows = tables[name] as Record<string, unknown>[];
      if (!rows.length) return empty ? live(html`<p>${empty}</p>`) : none();
      const body =
        name === "issues"
          ? issuesTable(tables.issues)
          : name === "entities"
            ? resultsTable(rows, ["name", "type", "mentions", "first_sentence"], { page: sentences, limit, label: "Names in the article", caption: "People, organizations and places the article names" })
            : resultsTable(rows, Object.keys(rows[0]).filter((c) => !["id", "start", "end"].includes(c)), { page: sentences, limit, label: `The ${name} table`, caption: `The article's ${name}` });
      return live(html`<div class="card">${body}${fileLinks("Download the table", [
        { label: "CSV", href: `${files}/${tableFile(name, "csv")}` },
        { label: "JSON", href: `${files}/${tableFile(name, "json")}` },
      ])}</div>`);
    },
    /** The annotated article, its legend first; the sentence in the address is highlighted. */
    text() {
      const body = annotatedArticle(story, { document: doc });
      if (typeof location !== "undefined") {
        highlightTarget(body, location.hash);
        addEventListener("hashchange", () => highlightTarget(body, location.hash));
      }
      return live(html`<div>${markLegend()}${body}</div>`);
    },
    /** Every table as CSV and JSON, and the data package that describes them. */
    downloads: () => {
      // Every table has its files; the page lists those with rows ("troops" means nothing for a flood).
      const names = Object.keys(tables).filter((name) => (tables as Record<string, unknown[]>)[name].length > 0);
      return live(html`<div>
        ${fileLinks("Every table as CSV", names.map((name) => ({ label: name, href: `${files}/${tableFile(name, "csv")}` })))}
        ${fileLinks("and as JSON", names.map((name) => ({ label: name, href: `${files}/${tableFile(name, "json")}` })))}
        ${fileLinks("The columns, described for other tools", [{ label: DATA_PACKAGE, href: `${files}/${DATA_PACKAGE}` }])}
      </div>`);
    },
  };
}

export type StoryView = ReturnType<typeof loadStory>;
