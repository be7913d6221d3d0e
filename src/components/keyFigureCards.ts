/** The key figures as cards, each a link to the sentence it comes from. */
import { html } from "htl";
import { sentenceHref } from "./links.js";

/** A figure worth a card: what it is, the number as a headline prints it, a note, and its sentence. */
export interface KeyFigure {
  label: string;
  value: string;
  note: string;
  sentence: number;
}

export function keyFigureCards(figures: KeyFigure[], { page = "./article" } = {}) {
  return html`<div class="grid grid-cols-4 key-figures">${figures.map(
    (f) => html`<a class="card key-figure" href=${sentenceHref(f.sentence, page)}>
      <h2>${f.label}</h2>
      <span class="big">${f.value}</span>
      <span class="muted">${f.note}</span>
    </a>`,
  )}</div>`;
}
