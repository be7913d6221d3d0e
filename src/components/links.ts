/** Every figure links to its sentence in an annotated article: the seed's at ./article, or an article page. */
import { html } from "htl";

export function sentenceHref(sentence: number, page = "./article"): string {
  return `${page}#s${sentence}`;
}

export function sentenceLink(sentence: number, text: string, page?: string) {
  return html`<a href=${sentenceHref(sentence, page)} title=${`Read sentence ${sentence} in the article`}>${text}</a>`;
}

type Datum = { sentence?: number; article?: string } | null | undefined;

/** Clicking a chart mark goes to its sentence: Plot's pointer sets the figure's value. */
export function linkMarks<T extends Element & { value?: unknown }>(chart: T, hrefOf = (d: NonNullable<Datum>) => sentenceHref(d.sentence!)): T {
  chart.addEventListener("click", () => {
    const datum = chart.value as Datum;
    if (datum?.sentence) window.location.assign(hrefOf(datum));
  });
  chart.classList.add("linked-chart");
  return chart;
}
