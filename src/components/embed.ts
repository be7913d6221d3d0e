/**
 * Embedding a chart in another site: the embed page's theme and height reporting, and the
 * snippet a newsroom pastes into its CMS: a responsive iframe that takes the height its page
 * reports, and a static image for readers without JavaScript.
 */
import { html } from "htl";
import { printDarkPalette, printPalette } from "../charts/palette.js";
import { escapeMarkup } from "../shared/escape.js";

export const HEIGHT_MESSAGE = "article-dashboard:height";

/** The host chooses ?theme=dark or ?theme=light; otherwise the reader's system does. */
export function embedTheme(search: string, prefersDark: boolean) {
  const asked = new URLSearchParams(search).get("theme");
  const theme = asked === "dark" || asked === "light" ? asked : prefersDark ? "dark" : "light";
  document.documentElement.dataset.theme = theme;
  return theme === "dark" ? printDarkPalette : printPalette;
}

/** Tells the embedding page how tall this one is, now and whenever that changes. */
export function reportHeight(): void {
  const post = () => parent.postMessage({ type: HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, "*");
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

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

/** The "Embed" control beside a chart: the snippet, ready to copy. `embed` and `image` are relative to the page. */
export function embedControl({ embed, image, title }: { embed: string; image: string; title: string }) {
  const snippet = embedSnippet(new URL(embed, location.href).href, { title, image: new URL(image, location.href).href });
  const code = html`<textarea readonly rows="6" aria-label=${`Embed code for “${title}”`}>${snippet}</textarea>` as HTMLTextAreaElement;
  const copy = html`<button type="button">Copy the code</button>` as HTMLButtonElement;
  const status = html`<span class="muted" role="status"></span>`;
  copy.onclick = async () => {
    code.select();
    await navigator.clipboard.writeText(snippet).then(
      () => (status.textContent = "Copied."),
      () => (status.textContent = "Selected: press Ctrl+C or ⌘C to copy."),
    );
  };
  return html`<details class="embed-control"><summary>Embed</summary>
    <p>Paste this into your page. The chart fits the column's width and sets its own height; readers without JavaScript see a still image.</p>
    ${code}
    <p>${copy} ${status} · <a href=${embed} target="_blank">Preview the embed</a></p>
  </details>`;
}
