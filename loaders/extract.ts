/** The whole pipeline: an article (and its annotations) → every table, validated. */
import { ExtractSchema, type Article, type Extract } from "./schemas.js";
import { EMPTY_ANNOTATIONS, type AnnotationFile } from "./annotations.js";
import { sentenceRows, splitSentences } from "./sentences.js";
import { extractTimes } from "./times.js";
import { extractQuantities } from "./quantities.js";
import { extractEntities } from "./entities.js";
import { extractQuotes } from "./quotes.js";
import { extractTroops } from "./troops.js";
import { extractMilestones } from "./milestones.js";
import { extractIssues } from "./issues.js";

export function extractArticle(article: Article, annotations: AnnotationFile = EMPTY_ANNOTATIONS): Extract {
  const sentences = splitSentences(article.body);
  const times = extractTimes(sentences, article.published);
  const quantities = extractQuantities(sentences, times, article.published);
  const { entities, mentions } = extractEntities(sentences);
  const quotes = extractQuotes(article.body, { sentences, times, entities, mentions });
  const tables = {
    sentences: sentenceRows(sentences),
    quantities,
    times,
    entities,
    quotes,
    troops: extractTroops(quantities, times, sentences, annotations),
    milestones: extractMilestones(times, sentences, annotations, article.published),
    issues: extractIssues(sentences, annotations),
    mentions,
  };
  return ExtractSchema.parse({ article, tables });
}
