/**
 * The dashboard's key figures, each computed from the tables with Arquero and carrying the
 * sentence it comes from. Where a figure is a bound ("just over"), so is what follows from it.
 * Computed when the site is built (src/data/key-figures.json.ts), so pages need no Arquero to show them.
 */
import type { Extract, Troop } from "../loaders/schemas.js";
import { formatNumber, qualified } from "../src/shared/format.js";
import { apDate, daysBetween } from "../src/shared/dates.js";
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
    figures.push({
      label: `Until the ${apDate(deadline.date)} deadline`,
      value: `${formatNumber(days)} days`,
      note: `About ${Math.round(days / 30.44)} months from publication, ${apDate(article.published)}`,
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

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A figure as a headline prints it: 69%, $4.5 billion, more than 87,200. */
export function headlineNumber(q: Pick<Extract["tables"]["quantities"][number], "value" | "unit" | "qualifier">): string {
  const amount = q.unit === "percent" || q.unit === "dollars";
  // Amounts are "less than", counts "fewer than".
  const words = (value: number) => (amount ? qualified(value, q.qualifier).replace(/^fewer than/, "less than") : qualified(value, q.qualifier));
  if (q.unit === "percent") return `${words(q.value)}%`;
  if (q.unit !== "dollars") return words(q.value);
  const [scale, word] = q.value >= 1e9 ? [1e9, " billion"] : q.value >= 1e6 ? [1e6, " million"] : [1, ""];
  return `${words(q.value / scale).replace(/([\d.,]+)$/, "$$$1")}${word}`;
}

/**
 * Any article's key figures: those the dashboard computes where the article has troops,
 * deadlines or issues, then its first dated figures of other kinds, up to `limit`.
 */
export function articleFigures(extract: Extract, { limit = 4 } = {}): KeyFigure[] {
  const figures = keyFigures(extract);
  const seen = new Set<string>(extract.tables.troops.length ? ["troops"] : []);
  for (const q of extract.tables.quantities) {
    if (figures.length >= limit) break;
    if (!q.date || seen.has(q.unit)) continue;
    seen.add(q.unit);
    figures.push({ label: `${capitalize(q.unit)}, ${apDate(q.date)}`, value: headlineNumber(q), note: `“${q.quote}”`, sentence: q.sentence });
  }
  return figures.slice(0, limit);
}
