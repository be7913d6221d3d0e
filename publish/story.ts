/**
 * An article as its pages, exports and embeds use it: the extract, the charts its data has the
 * shape for (with the editor's words where the annotation file gives them), and its key figures.
 */
import { extractArticle } from "../loaders/extract.js";
import type { ParseOptions } from "../loaders/input/article.js";
import { EMPTY_ANNOTATIONS, type AnnotationFile } from "../loaders/input/annotations.js";
import type { Article } from "../loaders/schemas.js";
import { annotationPathFor, readAnnotations, readArticle } from "../loaders/input/files.js";
import { planCharts } from "../src/charts/plans.js";
import type { Story } from "../src/components/story.js";
import { articleFigures } from "./keyFigures.js";

/** Extracts an article and plans its charts and key figures. */
export function storyOf(article: Article, notes: AnnotationFile = EMPTY_ANNOTATIONS): Story {
  const extract = extractArticle(article, notes);
  const charts = planCharts(extract.tables, notes.annotations.charts, extract.article.published);
  return { ...extract, charts, figures: articleFigures(extract, charts) };
}

/** Reads an article and its annotations from disk, and makes its story. */
export function readStory(file: string, options: ParseOptions = {}): Story {
  const article = readArticle(file, options);
  return storyOf(article, readAnnotations(annotationPathFor(file, article.slug), article));
}
