/** The "Embed" control beside a chart: the snippet a newsroom pastes into its CMS, ready to copy. */
import { html } from "htl";
import { embedSnippet } from "../shared/embed.js";

/** The "Embed" control beside a chart: the snippet, ready to copy. `embed` and `image` are relative to the page. */
export function embedControl({ embed, image, title }: { embed: string; image: string; title: string }) {
  // In the build's static render there is no address yet: the page's script gives the absolute one.
  const absolute = (path: string) => (typeof location === "undefined" ? path : new URL(path, location.href).href);
  const snippet = embedSnippet(absolute(embed), { title, image: absolute(image) });
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
