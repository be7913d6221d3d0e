/** Build time: the archive's index rows and the story its articles tell, from every article's tables. */
import type { Extract } from "../loaders/schemas.js";
import type { StoryEvent } from "../src/charts/storyChart.js";
import type { CorpusArticle } from "../src/components/archive.js";

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
