/** Every figure the article dates, in date order, each labelled as written: a generic article's main chart. */
import type { Quantity } from "../../loaders/schemas.js";
import { qualified } from "../shared/format.js";
import { apDate, byDateThenPlace } from "../shared/dates.js";
import { pagePalette } from "./palette.js";
import type { ChartOptions } from "./options.js";
import { precisionOf, timelineChart } from "./timelineChart.js";

export const quantityFurniture = {
  title: "The figures and when they hold",
  subtitle: "Every figure the article gives a date for, in date order",
  note: "Bars span the month or year when the article gives no exact day. Figures without a date (durations) are left out.",
};

const datedOf = (quantities: Quantity[]) =>
  quantities
    .filter((q): q is Quantity & { date: string } => q.date !== null)
    .sort(byDateThenPlace);

export function describeQuantities(quantities: Quantity[]): string {
  const dated = datedOf(quantities);
  if (!dated.length) return "No dated figures.";
  const say = (q: Quantity & { date: string }) => `${qualified(q.value, q.qualifier)} ${q.unit} (${apDate(q.date)})`;
  return `${dated.length} dated figures, from ${say(dated[0])} to ${say(dated[dated.length - 1])}.`;
}

export function quantityChart(quantities: Quantity[], options: ChartOptions = {}) {
  const palette = options.palette ?? pagePalette;
  const events = datedOf(quantities).map((q) => ({ ...q, precision: precisionOf(q.date), label: q.quote, category: "figure" }));
  return timelineChart(events, { ...options, frame: quantityFurniture, description: describeQuantities(quantities), colors: [["figure", palette.forces[0]]] });
}
