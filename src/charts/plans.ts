/**
 * Which charts an article gets, decided from the shape of its data, each with words written from
 * its own tables (or an editor's, from the annotation file):
 * - troops: the article's troop figures over time, where it gives two dates or more;
 * - milestones: its dated events, where it dates two or more;
 * - series: figures of one thing (concept and measure) at three dates or more, not all equal;
 * - bars: figures of one measure for three things or more at one date.
 * Changes ("up 18%") are key figures, not charts; an article with none of these shapes gets no chart.
 */
import type { Quantity, Tables } from "../../loaders/schemas.js";
import { apDate, DAY_MS, endOf, figureTime, figureWhen, periodBounds, startOf, TIME_MEASURE } from "../shared/dates.js";
import { capitalize, formatFigure, hasUnitWord } from "../shared/format.js";
import type { Furniture } from "./furniture.js";

export type ChartKind = "troops" | "milestones" | "series" | "bars";

export interface ChartPlan {
  /** Stable and safe in a file name: troops, milestones, series-people-displaced, bars-2021-09-26-votes. */
  name: string;
  kind: ChartKind;
  furniture: Furniture;
  /** The table behind the chart, for its CSV download. */
  table: "troops" | "milestones" | "quantities";
  /** The rows of that table the chart draws, by id. */
  ids: number[];
  /** Of those, the ones for a time still to come at publication (a timeline's plans and deadlines). */
  upcoming?: number[];
}

/** A timeline of more rows than this is a list no one can read as a chart; the tables keep every row. */
export const MAX_TIMELINE_ROWS = 150;
const MAX_SERIES = 3;
const MAX_BARS = 2;

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)
    .replace(/-[^-]*$/, (tail) => (text.length > 40 ? "" : tail)) || "figures";

/** News words for one tally: "the death toll rose to 312", "the number of dead stood at 46". */
const DEATHS = /^(?:(?:the\s+)?death\s+toll|dead|deaths|fatalities|(?:people\s+)?killed)$/;

/** "the price of Brent crude" → "price of brent crude": one key for one thing, however the article words it. */
export const conceptKey = (concept: string) => {
  const key = concept.toLowerCase().replace(/^(?:the|a|an|its|their)\s+/, "").replace(/\s+/g, " ");
  return DEATHS.test(key) ? "deaths" : key;
};

/** What a measure is, for a subtitle: "in U.S. dollars", "in millimetres", "" for a count. */
export function measurePhrase(measure: string, unit: string): string {
  if (measure === "count") return "";
  if (measure === "percent" || measure === "fraction") return ", in percent";
  if (measure === "percentage point") return ", in percentage points";
  return `, in ${unit}`;
}

/** "Aug. 12 to Aug. 17, 2014", "Aug. 1, 2013, to Oct. 11, 2014"; one date alone if they are the same. */
function dateSpan(first: string, last: string): string {
  if (first === last) return apDate(first);
  const sameYear = first.slice(0, 4) === last.slice(0, 4) && first.length === 10 && last.length === 10;
  return sameYear ? `${apDate(first).replace(/, \d{4}$/, "")} to ${apDate(last)}` : `${apDate(first)} to ${apDate(last)}`;
}

type Dated = Quantity & { date: string; concept: string };

/**
 * Whether a figure's concept says what it is more closely than a bare noun: a count or a measure
 * needs more than its noun ("people displaced by the floods", "Civic Alliance seats", not
 * "people", "Seats", "Gap"), deaths however worded excepted; money and shares may be one word
 * ("Budget", "Turnout"). "Next season" is a time, and "his first season" does not say whose.
 */
export function isSpecific(q: Quantity): boolean {
  const concept = q.concept;
  if (!concept || /^(?:next|last|this|previous|coming)\s/i.test(concept) || /\b(?:his|her|their|its|our|my)\b/i.test(concept)) return false;
  if (conceptKey(concept) === "deaths") return true;
  const counted = q.measure === "count" || q.measure === "fraction" || hasUnitWord(q);
  return !counted || (conceptKey(concept) !== q.unit.toLowerCase() && concept.includes(" "));
}

/** Figures that can be charted as levels: dated, specific, and not changes, durations or ages. */
function levels(tables: Tables): Dated[] {
  return tables.quantities.filter((q): q is Dated => q.date !== null && q.change === null && !TIME_MEASURE.test(q.measure) && isSpecific(q));
}

/** The figures a troop row quotes, which the troop chart and its card already show. */
export function troopQuantities(tables: Tables): Quantity[] {
  return tables.quantities.filter((q) => tables.troops.some((t) => t.sentence === q.sentence && t.quote.includes(q.quote)));
}

function troopPlan(tables: Tables, edited?: Furniture): ChartPlan | null {
  const dated = tables.troops.filter((t) => t.date);
  const dates = new Set(dated.map((t) => t.date));
  if (!dated.length || (dates.size < 2 && !edited)) return null;
  const [first, last] = [dated[0].date!, dated[dated.length - 1].date!];
  const quantity = tables.quantities.find((q) => q.sentence === dated[0].sentence && dated[0].quote.includes(q.quote));
  const named = quantity?.concept ?? `${dated[0].force} troops`;
  const notes = [
    dated.some((t) => t.qualifier === "more than" || t.qualifier === "at least") ? "▲ Reported as “more than”: the true figure is higher." : "",
    "Lines join reported figures; dates in between were not reported.",
    dated.some((t) => t.status === "scenario") ? "Dashed: a scenario, not a report." : "",
  ];
  return {
    name: "troops",
    kind: "troops",
    table: "troops",
    ids: tables.troops.map((t) => t.id),
    furniture: edited ?? { title: `${capitalize(named)}, as reported`, subtitle: `Troop numbers the article gives, ${dateSpan(first, last)}`, note: notes.filter(Boolean).join(" ") },
  };
}

/**
 * The stretch of time most events fall in, when a few lie years away ("the last flood on this
 * scale, in 1998" beside a fortnight of August 2014): drawn to one axis, the fortnight would be one
 * dot. Three events in four inside a tenth of the whole span make a stretch.
 */
function mainStretch<T extends { date: string }>(events: T[]): { drawn: T[]; apart: T[] } {
  if (events.length < 4) return { drawn: events, apart: [] };
  const at = (e: T) => startOf(e.date).getTime();
  const total = at(events[events.length - 1]) - at(events[0]);
  const need = Math.ceil(events.length * 0.75);
  if (total < 2 * 365 * DAY_MS) return { drawn: events, apart: [] };
  let best = 0;
  for (let i = 1; i + need <= events.length; i++) if (at(events[i + need - 1]) - at(events[i]) < at(events[best + need - 1]) - at(events[best])) best = i;
  const [from, to] = [at(events[best]), at(events[best + need - 1])];
  if ((to - from) * 10 > total) return { drawn: events, apart: [] };
  // Grow the stretch to events as near it as its own length.
  const reach = Math.max(to - from, 31 * DAY_MS);
  const inside = (e: T) => at(e) >= from - reach && at(e) <= to + reach;
  return { drawn: events.filter(inside), apart: events.filter((e) => !inside(e)) };
}

/** "Key dates, Aug. 10 to Aug. 21, 2014"-like titles, as close as the dates allow. */
function keyDatesTitle(first: string, last: string): string {
  const [fy, fm] = first.split("-");
  const [ly, lm] = last.split("-");
  if (fy !== ly) return `Key dates, ${fy} to ${ly}`;
  if (fm && fm === lm) return `Key dates, ${apDate(`${fy}-${fm}`)}`;
  return `Key dates in ${fy}`;
}

function milestonePlan(tables: Tables, edited?: Furniture, published?: string): ChartPlan | null {
  if (tables.milestones.length > MAX_TIMELINE_ROWS) return null;
  // An editor who titled the timeline chose its events: all of them are drawn.
  const { drawn, apart } = edited ? { drawn: tables.milestones, apart: [] } : mainStretch(tables.milestones);
  if (drawn.length < 2 || new Set(drawn.map((m) => m.date)).size < 2) return null;
  const partial = drawn.some((m) => m.precision !== "day");
  // Events far from the drawn stretch are told in the note, as a caption would: "Earlier: …".
  const told = (events: typeof apart, word: string) => {
    const shown = events.slice(0, 2).map((m) => `${apDate(m.date)} — ${m.label.replace(/…$/, "")}`);
    return events.length ? `${word}: ${shown.join("; ")}${events.length > shown.length ? `; ${events.length - shown.length} more in the table` : ""}.` : "";
  };
  // An editor's timeline is drawn as the editor worded it; a generated one says what is still to come.
  const upcoming = !edited ? drawn.filter((m) => isAhead(m, published)).map((m) => m.id) : [];
  const notes = [
    partial ? "Bars span the month when the article gives no exact day." : "",
    upcoming.length ? "Hollow: still to come when the article was published (planned, expected or due)." : "",
    told(apart.filter((m) => m.date < drawn[0].date), "Earlier"),
    told(apart.filter((m) => m.date > drawn[drawn.length - 1].date), "Later"),
  ].filter(Boolean);
  return {
    name: "milestones",
    kind: "milestones",
    table: "milestones",
    ids: drawn.map((m) => m.id),
    upcoming,
    furniture: edited ?? {
      title: keyDatesTitle(drawn[0].date, drawn[drawn.length - 1].date),
      subtitle: "Events the article dates, in order",
      note: notes.length ? notes.join(" ") : undefined,
    },
  };
}

/**
 * Whether a figure or an event is for a time not over when the article was published
 * ("fourth-quarter revenue of between $2.4bn and $2.55bn" in October): a forecast, a plan or a
 * target, not a report.
 */
function isAhead(q: { date: string; period?: string | null }, published: string | undefined): boolean {
  if (!published) return false;
  return q.period ? periodBounds(q.period)[1] > endOf(published) : startOf(q.date) > endOf(published);
}

/** Figures in time order: by the middle of their period or their date, then as the article gives them. */
const byTime = (a: Dated, b: Dated) => figureTime(a).getTime() - figureTime(b).getTime() || a.start - b.start;

function seriesPlans(tables: Tables, edited: Record<string, Furniture>, covered: Set<number>, published?: string): ChartPlan[] {
  const groups = new Map<string, Dated[]>();
  for (const q of levels(tables)) {
    if (covered.has(q.id)) continue;
    const key = `${conceptKey(q.concept)}|${q.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()]
    .map((rows) => ({ rows: rows.filter((q) => !isAhead(q, published)), ahead: rows.filter((q) => isAhead(q, published)) }))
    // Two points make a slope, not a series; a flat line of one figure repeated says nothing.
    .filter(({ rows }) => new Set(rows.map((q) => q.period ?? q.date)).size >= 3 && new Set(rows.map((q) => q.value)).size >= 2)
    .sort((a, b) => b.rows.length - a.rows.length)
    .slice(0, MAX_SERIES)
    .map(({ rows, ahead }) => {
      const sorted = [...rows].sort(byTime);
      const [first, last] = [sorted[0], sorted[sorted.length - 1]];
      const span = first.period || last.period ? `${figureWhen(first)} to ${figureWhen(last)}` : dateSpan(first.date, last.date);
      const name = `series-${slug(conceptKey(rows[0].concept))}`;
      const notDrawn = ahead.length ? `Not drawn, as a period not over when the article was published: ${ahead.map((q) => `${formatFigure(q)} for ${figureWhen(q)}`).join("; ")}.` : "";
      const approximate = rows.some((q) => q.qualifier !== "exact") ? "Where the article gives a figure as approximate or a bound, so does the label." : "";
      return {
        name,
        kind: "series" as const,
        table: "quantities" as const,
        ids: sorted.map((q) => q.id),
        furniture: edited[name] ?? {
          title: capitalize(rows[0].concept),
          subtitle: `Reported figures, ${span}${measurePhrase(rows[0].measure, rows[0].unit)}`,
          note: [approximate, "Lines join the figures the article gives; it gives none in between.", notDrawn].filter(Boolean).join(" "),
        },
      };
    });
}

function barPlans(tables: Tables, edited: Record<string, Furniture>, covered: Set<number>): ChartPlan[] {
  const groups = new Map<string, Dated[]>();
  for (const q of levels(tables)) {
    if (covered.has(q.id)) continue;
    // Like with like: one measure, one counted noun, and one thing whose holders differ ("Civic
    // Alliance seats", "Green Left seats"), not deaths beside the displaced.
    const head = conceptKey(q.concept).split(" ").pop();
    const key = `${q.date}|${q.measure}|${q.measure === "count" ? q.unit : ""}|${head}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()]
    .map((rows) => rows.filter((q, i) => rows.findIndex((r) => conceptKey(r.concept) === conceptKey(q.concept)) === i))
    // Two bars are a sentence, not a chart.
    .filter((rows) => rows.length >= 3)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_BARS)
    .map((rows) => {
      const { date, measure, unit } = rows[0];
      const name = `bars-${date}-${slug(measure === "count" ? unit : measure)}`;
      const what = measure === "count" ? capitalize(unit) : capitalize(measurePhrase(measure, unit).replace(/^, in /, "")) || "Figures";
      return {
        name,
        kind: "bars" as const,
        table: "quantities" as const,
        ids: rows.map((q) => q.id),
        furniture: edited[name] ?? { title: `${what}, ${apDate(date)}`, subtitle: `Figures the article gives for ${apDate(date)}, side by side` },
      };
    });
}

/** The charts an article's tables have the shape for, in the order a page shows them. */
export function planCharts(tables: Tables, edited: Record<string, Furniture> = {}, published?: string): ChartPlan[] {
  const troops = troopPlan(tables, edited.troops);
  // Figures the troop chart draws are not drawn again.
  const covered = new Set(troops ? troopQuantities(tables).map((q) => q.id) : []);
  return [troops, ...seriesPlans(tables, edited, covered, published), ...barPlans(tables, edited, covered), milestonePlan(tables, edited.milestones, published)].filter((p): p is ChartPlan => p !== null);
}
