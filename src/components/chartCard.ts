/**
 * A chart of an article's page: the interactive chart, its marks linked to their sentences, and
 * links to its static files (SVG, PNG, the CSV behind it), which work without JavaScript.
 */
import { html } from "htl";
import type { Extract } from "../../loaders/schemas.js";
import { charts } from "../charts/registry.js";
import { sourceLine } from "../charts/furniture.js";
import { linkMarks } from "./links.js";
import { embedControl } from "./embed.js";
import { downloadLine } from "./downloads.js";
import { chartFile, tableFile } from "../shared/addresses.js";

type Resize = (render: (width: number) => Element) => Element;

/** Links to files that exist in the built site: <a download> with the file's own name. */
export function fileLinks(intro: string, files: { label: string; href: string }[]) {
  return downloadLine(intro, files.map((f) => html`<a download=${f.href.split("/").pop()} href=${f.href}>${f.label}</a>`));
}

/** `files` and `embeds` are the folders of the article's static files and embed pages, relative to the page. */
export function chartCard(name: string, { article, tables }: Extract, { resize, files, embeds }: { resize: Resize; files: string; embeds: string }) {
  const spec = charts[name];
  const source = sourceLine(article);
  return html`<div class="card chart-card">
    ${resize((width) => linkMarks(spec.render(tables, { width, source }), (d) => `#s${d.sentence}`))}
    ${fileLinks("Download the chart", [
      { label: "SVG", href: `${files}/${chartFile(name, "svg")}` },
      { label: "PNG", href: `${files}/${chartFile(name, "png")}` },
      { label: "data as CSV", href: `${files}/${tableFile(spec.table, "csv")}` },
    ])}
    ${embedControl({ embed: `${embeds}/${name}`, image: `${files}/${chartFile(name, "png")}`, title: spec.furniture.title })}
  </div>`;
}
