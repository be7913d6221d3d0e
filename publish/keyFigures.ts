/**
 * The dashboard's key figures, each computed from the tables with Arquero and carrying the
 * sentence it comes from. Where a figure is a bound ("just over"), so is what follows from it.
 * Computed when the site is prepared (publish/story.ts), so pages need no Arquero to show them.
 */
import type { Extract, Quantity, Troop } from "../loaders/schemas.js";
import { capitalize, formatFigure, formatNumber, hasUnitWord } from "../src/shared/format.js";
import { TIME_MEASURE, conceptKey, troopQuantities, type ChartPlan } from "../src/charts/plans.js";
import { apDate, compareDates, daysBetween, periodOf } from "../src/shared/dates.js";
import * as aq from "arquero";
import type { KeyFigure } from "../src/components/keyFigureCards.js";

export function keyFigures({ article, tables }: Extract): KeyFigure[] {
  const figures: KeyFigure[] = [];
  // Arquero knows a table's columns from its rows, so an empty table cannot be queried.
  const from = <T extends object>(rows: T[]) => (rows.length ? aq.from(rows) : null);
  // Expressions are strings: Arquero parses them, and bundlers may rename what a function's source says.
  const reported = from(tables.troops)?.filter("d => d.status === 'reported' && d.date !== null");
  const whole = (reported?.filter("d => d.part_of === null").orderby("date").objects() ?? []) as Troop[];
  if (reported && whole.length) {
    const [first, last] = [whole[0], whole[whole.length - 1]];
    const lowerBound = last.qualifier === "more than" || last.qualifier === "at least";
    const fall = first.troops - last.troops;
    figures.push({
      label: `${last.force}, ${apDate(last.date!)}`,
      value: `${lowerBound ? "just over " : ""}${formatNumber(last.troops)}`,
      note: whole.length > 1 ? `Down ${lowerBound ? "by up to" : "by"} ${formatNumber(fall)} (${Math.round((fall / first.troops) * 100)}%) from ${formatNumber(first.troops)} in ${apDate(first.date!)}` : "troops",
      sentence: last.sentence,
    });
    const share = reported
      .params({ force: last.force, date: last.date })
      .filter("(d, $) => d.part_of === $.force && d.date === $.date")
      .objects() as Troop[];
    for (const part of share) {
      const percent = Math.round((part.troops / last.troops) * 100);
      figures.push({
        label: `${part.force} share of the force`,
        value: `${lowerBound ? "just under " : ""}${percent}%`,
        note: `${formatNumber(part.troops)} of ${lowerBound ? "just over " : ""}${formatNumber(last.troops)} troops`,
        sentence: part.sentence,
      });
    }
  }
  const deadline = from(tables.milestones)
    ?.filter("d => d.category === 'deadline' && d.precision === 'day'")
    .orderby("date")
    .objects()
    .pop() as Extract["tables"]["milestones"][number] | undefined;
  if (deadline && deadline.date > article.published) {
    const days = daysBetween(article.published, deadline.date);
    const months = Math.round(days / 30.44);
    figures.push({
      label: `Until the ${apDate(deadline.date)} deadline`,
      value: `${formatNumber(days)} ${days === 1 ? "day" : "days"}`,
      // "About 0 months" says nothing: under six weeks, the days say it.
      note: `${days < 45 ? "From" : `About ${months} ${months === 1 ? "month" : "months"} from`} publication, ${apDate(article.published)}`,
      sentence: deadline.sentence,
    });
  }
  const issues = from(tables.issues)
    ?.rollup({ count: "d => op.count()", breakers: "d => op.sum(d.status === 'deal breaker' ? 1 : 0)" })
    .object() as { count: number; breakers: number } | undefined;
  if (issues?.count) {
    figures.push({
      label: "Sticking points",
      value: String(issues.count),
      note: `${issues.breakers} called “deal breakers”`,
      sentence: tables.issues[0].sentence,
    });
  }
  return figures;
}

/** "since the start of the year", "a year earlier": the period a change is over, in the article's words. */
const PERIOD = /\b(?:since|from|compared\s+(?:with|to)|than|over)\s+[^,;.]{3,40}?(?=[,;.]|$)|\b(?:a\s+year\s+(?:earlier|ago|before)|year[-\s]on[-\s]year|from\s+a\s+year\s+earlier|last\s+year)\b/i;

/** "Up 18%", "Down 2,300": a change as a card says it. */
function changeValue(q: Quantity): string {
  return `${q.change === "up" ? "Up" : "Down"} ${formatFigure(q)}`;
}

/**
 * Any article's key figures: those the dashboard computes where the article has troops,
 * deadlines or issues; then its changes, each with what changed and over what period; then the
 * latest figure of each thing it charts over time, and other dated figures, each said with what
 * it counts; up to `limit`.
 */
export function articleFigures(extract: Extract, charts: ChartPlan[] = [], { limit = 4 } = {}): KeyFigure[] {
  const figures = keyFigures(extract);
  const { tables } = extract;
  const sentenceOf = new Map(tables.sentences.map((s) => [s.id, s]));
  const said = new Set<string>();
  const add = (q: Quantity, figure: KeyFigure) => {
    if (figures.length >= limit || said.has(conceptKey(q.concept!))) return;
    said.add(conceptKey(q.concept!));
    figures.push(figure);
  };
  // A count says what it counts more closely than its bare noun ("Civic Alliance seats", not "Seats").
  // A count or a measure says what it is more closely than a bare noun ("Civic Alliance seats",
  // not "Seats"; "average level of nitrogen dioxide", not "Gap"); money and shares may be "Budget",
  // "Turnout". "Next season" is a time, not a thing.
  const specific = (q: Quantity) =>
    !/^(?:next|last|this|previous|coming)\s/i.test(q.concept!) &&
    (!(q.measure === "count" || q.measure === "fraction" || hasUnitWord(q)) || conceptKey(q.concept!) === "deaths" || (conceptKey(q.concept!) !== q.unit.toLowerCase() && q.concept!.includes(" ")));
  const named = tables.quantities.filter((q) => q.concept !== null && q.date !== null && !TIME_MEASURE.test(q.measure) && specific(q));
  // Troop figures already have their card.
  for (const q of troopQuantities(tables)) if (q.concept !== null && q.date !== null) said.add(conceptKey(q.concept));
  for (const q of named.filter((q) => q.change !== null)) {
    const { text, start } = sentenceOf.get(q.sentence)!;
    const period = PERIOD.exec(text.slice(q.end - start))?.[0]?.trim();
    // "net profit rose 18% to $640m": the level is the figure, the change its note.
    const level = tables.quantities.find((o) => o.sentence === q.sentence && o.change === null && o.start >= q.end && /^\s+to\s+(?:about\s+|around\s+|nearly\s+)?$/i.test(text.slice(q.end - start, o.start - start)));
    // "a year earlier" needs its "from"; "since June", "than those who…" bring their own word.
    const over = period && !/^(?:since|from|compared|than|over|year)/i.test(period) ? `from ${period}` : period;
    if (level) add(q, { label: capitalize(q.concept!), value: formatFigure(level), note: `${changeValue(q)}${over ? ` ${over}` : ""}`, sentence: q.sentence });
    // "40 percent less lung growth than those who…": a difference between groups, which a card
    // cut to a label and a number would misstate; the article's sentence says it.
    else if (period?.startsWith("than")) continue;
    else add(q, { label: capitalize(q.concept!), value: changeValue(q), note: over ? capitalize(over) : changeWhen(q), sentence: q.sentence });
  }
  /** When a change holds: "From July 1, 2019" for one still to come, "By" a deadline, else when reported. */
  function changeWhen(q: Quantity): string {
    const time = tables.times.find((t) => t.sentence === q.sentence && t.date === q.date);
    if (time && compareDates(q.date!, extract.article.published) > 0) return `${time.relation === "by" ? "By" : "From"} ${apDate(q.date!)}`;
    return `Reported for ${apDate(q.date!)}`;
  }
  const charted = charts.filter((c) => c.kind === "series").map((c) => c.ids[c.ids.length - 1]);
  const latest = [...charted.map((id) => named.find((q) => q.id === id)).filter((q): q is Quantity => q !== undefined), ...named.filter((q) => q.change === null)];
  // "As of Aug. 17 · people" under "People in relief camps" says the label twice.
  // "micrograms per cubic metre" would not fit a card's big number: it goes under it.
  const unitNote = (q: Quantity) => ((q.measure === "count" && !q.concept!.toLowerCase().includes(q.unit.toLowerCase())) || hasUnitWord(q) ? ` · ${q.unit}` : "");
  // "12 piers will stay closed until the end of April" holds until then, not as of then.
  const until = (q: Quantity) => tables.times.some((t) => t.sentence === q.sentence && t.relation === "until" && t.date === q.date);
  // "$2.3 billion in the third quarter": the period the sentence names, as it names it.
  const period = (q: Quantity) => tables.times.filter((t) => t.sentence === q.sentence && t.date === q.date).map((t) => periodOf(t.timex ?? "")).find(Boolean);
  const when = (q: Quantity) => (period(q) ? capitalize(`in ${period(q)}`) : `${until(q) ? "Until" : "As of"} ${apDate(q.date!)}`);
  for (const q of latest) add(q, { label: capitalize(q.concept!), value: formatFigure(q, { unit: !hasUnitWord(q) }), note: `${when(q)}${unitNote(q)}`, sentence: q.sentence });
  return figures.slice(0, limit);
}
