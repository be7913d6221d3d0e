/** The story's header: headline, dek, source, byline, date and a link to the original. */
import { html } from "htl";
import type { Article } from "../../loaders/schemas.js";
import { apDate } from "../shared/dates.js";

export function articleHeader(article: Article, { kicker = "Article dashboard" } = {}) {
  return html`<header class="article-header">
    <p class="kicker">${kicker}${article.source ? ` · ${article.source}` : ""}</p>
    <h1>${article.title}</h1>
    ${article.dek ? html`<p class="dek">${article.dek}</p>` : ""}
    <p class="byline">${article.byline ? `By ${article.byline} · ` : ""}<time datetime=${article.published}>${apDate(article.published)}</time>${
      article.url ? html` · <a href=${article.url} rel="external">Read the original</a>` : ""
    }</p>
  </header>`;
}
