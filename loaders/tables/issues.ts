/** The sticking points and each side's position: written by an editor, anchored to the article. */
import type { Issue } from "../schemas.js";
import type { AnalyzedSentence } from "../extraction/sentences.js";
import type { AnnotationFile } from "../input/annotations.js";
import { sentenceAt } from "./anchors.js";

export function extractIssues(sentences: AnalyzedSentence[], { annotations, anchors }: AnnotationFile): Issue[] {
  return annotations.issues.map((row, i) => ({
    id: i + 1,
    issue: row.issue,
    us_position: row.us_position,
    afghan_position: row.afghan_position,
    status: row.status,
    sentence: sentenceAt(sentences, anchors.issues[i].start).id,
    quote: row.quote,
  }));
}
