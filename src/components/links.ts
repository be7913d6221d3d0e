/** Every figure links to its sentence in the annotated article. */
import { html } from "htl";

export function sentenceHref(sentence: number): string {
  return `./article#s${sentence}`;
}

export function sentenceLink(sentence: number, text: string) {
  return html`<a href=${sentenceHref(sentence)} title=${`Read sentence ${sentence} in the article`}>${text}</a>`;
}

/** Clicking a chart mark goes to its sentence: Plot's pointer sets the figure's value. */
export function linkMarks<T extends Element & { value?: unknown }>(chart: T): T {
  chart.addEventListener("click", () => {
    const datum = chart.value as { sentence?: number } | null | undefined;
    if (datum?.sentence) window.location.assign(sentenceHref(datum.sentence));
  });
  chart.classList.add("linked-chart");
  return chart;
}
