/** The whole pipeline: an article (and its annotations) → every table, validated; extractFile reads both from disk first. */
import { ExtractSchema, type Article, type Extract } from "./schemas.js";
import { EMPTY_ANNOTATIONS, type AnnotationFile } from "./input/annotations.js";
import type { ParseOptions } from "./input/article.js";
import { annotationPathFor, readAnnotations, readArticle } from "./input/files.js";
import { sentenceRows, splitSentences } from "./extraction/sentences.js";
import { datedTimes, extractTimes } from "./extraction/times.js";
import { extractQuantities } from "./extraction/quantities.js";
import { extractEntities } from "./extraction/entities.js";
import { extractQuotes } from "./extraction/quotes.js";
import { extractTroops } from "./tables/troops.js";
import { extractMilestones } from "./tables/milestones.js";
import { extractIssues } from "./tables/issues.js";

export function extractArticle(article: Article, annotations: AnnotationFile = EMPTY_ANNOTATIONS): Extract {
  const sentences = splitSentences(article.body);
  const times = extractTimes(sentences, article.published);
  // Durations stay figures ("four years"), and only dates date a figure or an event.
  const dated = datedTimes(times);
  const { entities, mentions } = extractEntities(sentences);
  const people = mentions.filter((m) => entities[m.entity - 1].type === "person").map((m) => ({ name: entities[m.entity - 1].name, start: m.start, sentence: m.sentence }));
  const quantities = extractQuantities(sentences, dated, article.published, { body: article.body, people });
  const quotes = extractQuotes(article.body, { sentences, times, entities, mentions });
  const tables = {
    sentences: sentenceRows(sentences),
    quantities,
    times,
    entities,
    quotes,
    troops: extractTroops(quantities, dated, sentences, annotations),
    milestones: extractMilestones(dated, sentences, annotations, article.published),
    issues: extractIssues(sentences, annotations),
    mentions,
  };
  return ExtractSchema.parse({ article, tables });
}

/** Reads, annotates and extracts one article file. */
export function extractFile(file: string, options: ParseOptions & { annotations?: string } = {}): Extract {
  const article = readArticle(file, options);
  const annotationFile = options.annotations ?? annotationPathFor(file, article.slug);
  return extractArticle(article, readAnnotations(annotationFile, article));
}
