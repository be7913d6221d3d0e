/**
 * Embedding a chart in another site, as a string any host can paste: the snippet (a responsive
 * iframe that takes the height its page reports, and a still image for readers without
 * JavaScript), and the message the embed page reports its height with.
 */
import { escapeMarkup } from "./escape.js";

export const HEIGHT_MESSAGE = "article-dashboard:height";

/** The snippet for an embed page at `url` (absolute), with `image` (absolute) as the no-JavaScript fallback. */
export function embedSnippet(url: string, { title, image }: { title: string; image: string }): string {
  return [
    `<div class="article-dashboard-embed">`,
    `<iframe src="${escapeMarkup(url)}" title="${escapeMarkup(title)}" loading="lazy" scrolling="no" style="width:100%;height:500px;border:0;display:block" data-article-dashboard-embed></iframe>`,
    // Without JavaScript the iframe could not size itself: the reader gets the still image instead.
    `<noscript><style>iframe[data-article-dashboard-embed]{display:none}</style><img src="${escapeMarkup(image)}" alt="${escapeMarkup(title)}" style="width:100%;height:auto"></noscript>`,
    `</div>`,
    // Sizes each embed's iframe to the height its page reports; only messages from our iframes
    // count, and one listener per host page however many charts it embeds.
    `<script>window.articleDashboardEmbeds||(window.articleDashboardEmbeds=1,addEventListener("message",function(e){if(!e.data||e.data.type!=="${HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe[data-article-dashboard-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})}));</script>`,
  ].join("\n");
}
