/** The archive: a row per article and its milestones (kept beside each prepared article), gathered into one index. */
import type { StoryEvent } from "../src/charts/storyChart.js";
import type { CorpusArticle } from "../src/components/archive.js";
import type { Story } from "../src/components/story.js";
import { MAX_TIMELINE_ROWS } from "../src/charts/plans.js";
import { compareDates } from "../src/shared/dates.js";

export interface ArchiveEntry {
  article: CorpusArticle;
  events: StoryEvent[];
}

export interface ArchiveIndex {
  articles: CorpusArticle[];
  /** The latest events across the archive, in date order: the story so far. */
  story: StoryEvent[];
  /** Articles that could not be read, while previewing (a build stops on them). */
  failed: { slug: string; error: string }[];
}

export function archiveEntry({ article, tables, charts }: Story): ArchiveEntry {
  return {
    article: { slug: article.slug, title: article.title, source: article.source, published: article.published, quantities: tables.quantities.length, times: tables.times.length, entities: tables.entities.length, charts: charts.length },
    events: tables.milestones.map((m) => ({ date: m.date, precision: m.precision, label: m.label, category: m.category, sentence: m.sentence, quote: m.quote, article: article.slug, article_title: article.title })),
  };
}

/** Newest articles first; events by date, then article and sentence, the latest MAX_TIMELINE_ROWS of them. */
export function archiveIndex(entries: ArchiveEntry[], failed: ArchiveIndex["failed"] = []): ArchiveIndex {
  const articles = entries.map((e) => e.article).sort((a, b) => compareDates(b.published, a.published) || compareDates(a.slug, b.slug));
  const story = entries
    .flatMap((e) => e.events)
    .sort((a, b) => compareDates(a.date, b.date) || compareDates(a.article, b.article) || a.sentence - b.sentence)
    .slice(-MAX_TIMELINE_ROWS);
  return { articles, story, failed };
}
