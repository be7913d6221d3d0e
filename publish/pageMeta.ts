/**
 * Node only, at build: what each built page says about itself to browsers, search engines and
 * social cards: title, description, and the static PNG of its main chart.
 */
import type { Article } from "../loaders/schemas.js";
import type { Story } from "../src/components/story.js";
import { escapeMarkup } from "../src/shared/escape.js";
import { articleFile, chartFile } from "../src/shared/addresses.js";

export interface PageMeta {
  title: string;
  description: string;
  /** Site path of the card image, without the leading slash. */
  image: string | null;
}

const summary = (article: Article) => article.dek ?? `${article.title}: every figure, date and name, traced to its sentence.`;
const mainChart = ({ article, charts }: Story) => (charts.length ? articleFile(article.slug, chartFile(charts[0].name, "png")) : null);

/** `page` is the built file's path in dist/, e.g. "articles/index.html"; `seed` the dashboard's article. */
export function pageMeta(page: string, { stories, seed }: { stories: Map<string, Story>; seed: string }): PageMeta | null {
  const main = stories.get(seed);
  const path = page.replace(/\.html$/, "");
  const [section, slug] = path.split("/");
  if (main && path === "index") return { title: `Dashboard: ${main.article.title}`, description: summary(main.article), image: mainChart(main) };
  if (main && path === "article") return { title: `Annotated article: ${main.article.title}`, description: `Every figure, date and name in “${main.article.title}”, marked and explained.`, image: mainChart(main) };
  if (main && path === "downloads") return { title: `Data & downloads: ${main.article.title}`, description: "The tables extracted from the article as CSV and JSON, with a data package describing every column.", image: mainChart(main) };
  if (path === "articles/index") {
    const newest = [...stories.values()].sort((a, b) => (a.article.published < b.article.published ? 1 : -1)).find((s) => s.charts.length);
    return { title: "All articles", description: `${stories.size} ${stories.size === 1 ? "article" : "articles"} and the story they tell, on one timeline.`, image: newest ? mainChart(newest) : null };
  }
  const story = slug ? stories.get(slug) : undefined;
  if ((section === "articles" || section === "stories") && story) return { title: story.article.title, description: summary(story.article), image: mainChart(story) };
  return null;
}

/** The <head> tags for a page. `base` is the path the site is deployed under; `origin`, if known, makes URLs absolute. */
export function metaTags(meta: PageMeta, { base = "/", origin = "", page }: { base?: string; origin?: string; page: string }): string {
  const url = (path: string) => `${origin}${base}${path}`;
  const canonical = page.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
  return [
    `<title>${escapeMarkup(meta.title)} | Article to dashboard</title>`,
    `<meta name="description" content="${escapeMarkup(meta.description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="Article to dashboard">`,
    `<meta property="og:title" content="${escapeMarkup(meta.title)}">`,
    `<meta property="og:description" content="${escapeMarkup(meta.description)}">`,
    ...(origin ? [`<meta property="og:url" content="${escapeMarkup(url(canonical))}">`] : []),
    ...(meta.image ? [`<meta property="og:image" content="${escapeMarkup(url(meta.image))}">`, `<meta name="twitter:card" content="summary_large_image">`] : []),
  ].join("\n");
}
