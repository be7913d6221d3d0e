/**
 * A chart's embed page: a light static page, the chart's adaptive SVG inline with its furniture,
 * a link to the article, and a few lines of script: the host's ?theme=, and the page's height
 * for the iframe, reported as the snippet from the Embed control expects it.
 */
import { HEIGHT_MESSAGE } from "../src/shared/embed.js";
import { escapeMarkup } from "../src/shared/escape.js";
import { NARROW_COLUMN } from "../src/components/responsive.js";

const STYLE = `html,body{margin:0;background:#fff;color:#1b1e23}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]),:root:not([data-theme=light]) body{background:#161616;color:#e6e6e6;color-scheme:dark}}
:root[data-theme=dark],:root[data-theme=dark] body{background:#161616;color:#e6e6e6;color-scheme:dark}
figure{margin:0;padding:8px 12px}svg{display:block;width:100%;height:auto}
.narrow{display:none}@media (max-width:${NARROW_COLUMN}px){.narrow{display:block}.wide{display:none}}
p{font:13px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:4px 12px 8px;padding:0 24px}a{color:#1a63c7}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]) a{color:#8ab4f8}}:root[data-theme=dark] a{color:#8ab4f8}`;

const SCRIPT = `var t=new URLSearchParams(location.search).get("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t;
function h(){parent.postMessage({type:"${HEIGHT_MESSAGE}",height:Math.ceil(document.documentElement.getBoundingClientRect().height)},"*")}
new ResizeObserver(h).observe(document.documentElement);h();`;

export interface EmbedPage {
  title: string;
  description: string;
  /** The chart as an adaptive, self-contained SVG. */
  svg: string;
  /** The same chart drawn for a phone's width, shown instead on narrow screens. */
  narrowSvg?: string;
  /** The article's page, relative to the embed page. */
  article: string;
  /** The <head> tags for the page's card. */
  meta: string;
}

export function embedPage({ title, description, svg, narrowSvg, article, meta }: EmbedPage): string {
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">`,
    meta || `<title>${escapeMarkup(title)}</title><meta name="description" content="${escapeMarkup(description)}">`,
    `<style>${STYLE}</style></head><body>`,
    narrowSvg ? `<figure><div class="wide">${svg}</div><div class="narrow">${narrowSvg}</div></figure>` : `<figure>${svg}</figure>`,
    `<p class="embed-credit"><a href="${escapeMarkup(article)}" target="_blank">Every figure, traced to its sentence →</a></p>`,
    `<script>${SCRIPT}</script></body></html>`,
    "",
  ].join("\n");
}
