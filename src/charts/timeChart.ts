/** Every time expression of an article on its timeline, with the words around it. */
import type { Sentence, Time, DatedTime } from "../../loaders/schemas.js";
import { apDate, byDateThenPlace } from "../shared/dates.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./options.js";
import { timelineChart } from "./timelineChart.js";

export const timeFurniture = {
  title: "When things happen in the story",
  subtitle: "Every time expression, resolved to a calendar date against the publication date",
  note: "Bars span the month or year when the article gives no exact day; a faded bar runs on from a date the article says is “after”.",
};

/** The time expression in its sentence, cut to about `length` characters around it. */
function context(time: Time, sentences: Sentence[], length = 90): string {
  const sentence = sentences.find((s) => s.id === time.sentence);
  if (!sentence || sentence.text.length <= length) return sentence?.text ?? time.text;
  const at = Math.max(0, time.start - sentence.start - length / 3);
  const cut = sentence.text.slice(at, at + length);
  return `${at > 0 ? "…" : ""}${cut.trim()}${at + length < sentence.text.length ? "…" : ""}`;
}

/** The time expressions a calendar can place. */
const datedOf = (times: Time[]) => times.filter((t): t is DatedTime => t.date !== null);

export function describeTimes(all: Time[]): string {
  const times = datedOf(all);
  if (!times.length) return "No time expressions.";
  const dates = times.map((t) => t.date).sort();
  return `${times.length} time expressions, from ${apDate(dates[0])} to ${apDate(dates[dates.length - 1])}.`;
}

export function timeChart(times: Time[], sentences: Sentence[], options: ChartOptions = {}) {
  const palette = options.palette ?? pagePalette;
  const events = datedOf(times)
    .sort(byDateThenPlace)
    .map((t) => ({ ...t, label: `“${t.text}”: ${context(t, sentences)}`, category: `time, ${t.relation}`, quote: t.text }));
  return timelineChart(events, { ...options, frame: timeFurniture, description: describeTimes(times), colors: [...new Set(events.map((e) => e.category))].map((c) => [c, palette.forces[0]]) });
}
