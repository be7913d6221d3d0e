/**
 * While previewing, a loader answers a broken article with {"error": "file:line: field: problem"}.
 * Pages pass their data through here, so the error shows where the content would be.
 */
import { html } from "htl";

export function orError<T>(data: T | { error: string }): T {
  if (data && typeof data === "object" && "error" in data && typeof data.error === "string") throw new Error(data.error);
  return data as T;
}

/** The articles the archive had to leave out, and why. */
export function failedArticles(failed: { slug: string; error: string }[]) {
  // Not html``, which is null, and Framework shows an inline null as the word.
  if (!failed.length) return document.createDocumentFragment();
  return html`<div class="card load-error" role="alert"><h2>${failed.length} ${failed.length === 1 ? "article" : "articles"} could not be read</h2><ul>${failed.map(
    (f) => html`<li><code>${f.error}</code></li>`,
  )}</ul><p>Fix the file and save it: this page updates by itself. A build stops on these errors.</p></div>`;
}
