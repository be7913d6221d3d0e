/**
 * The dashboard's key figures, each computed from the tables with Arquero and carrying the
 * sentence it comes from. Where a figure is a bound ("just over"), so is what follows from it.
 * Computed when the site is prepared (publish/story.ts), so pages need no Arquero to show them.
 */
import type { Extract, Quantity, Troop } from "../loaders/schemas.js";
import { capitalize, formatFigure, formatNumber, hasUnitWord, unitSymbol } from "../src/shared/format.js";
import { conceptKey, isSpecific, troopQuantities, type ChartPlan } from "../src/charts/plans.js";
import { clauseAround, clauseBounds, isForecastClause, relativePronoun } from "../loaders/extraction/tense.js";
import { CHANGE_OF_LEVEL } from "../loaders/extraction/quantities.js";
import { apDate, compareDates, daysBetween, periodOf, TIME_MEASURE } from "../src/shared/dates.js";
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
    // "Deadline for Iborra to form a coalition": what the time is for, where the article says.
    const purpose = /(?:\buntil\s+[^,;]+?|^Deadline for [^,;]+?)\s+(to\s+[a-z][^,;]*)$/.exec(deadline.label)?.[1];
    const since = `${days < 45 ? "from" : `about ${months} ${months === 1 ? "month" : "months"} from`} publication, ${apDate(article.published)}`;
    figures.push({
      label: purpose ? `Days left ${purpose}` : `Until the ${apDate(deadline.date)} deadline`,
      value: `${formatNumber(days)} ${days === 1 ? "day" : "days"}`,
      // "About 0 months" says nothing: under six weeks, the days say it.
      note: purpose ? `Until ${apDate(deadline.date)}; ${since}` : capitalize(since),
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

const SUPERLATIVE_BEFORE = /\b(?:first|last|only|biggest|largest|highest|lowest|best|worst|most|least|fastest|slowest)\s+(?:[\w-]+\s+){0,2}$/i;

const SPEND_BEFORE = /\b(?:spend|spends|spent|spending)\s+(?:\S+\s+){0,3}$/i;

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
    figures.push({ ...figure, label: placed(q, spending(q, figure.label)) });
  };
  /** "would spend £35m on new players": the card is of the spending, not of the players. */
  const spending = (q: Quantity, label: string) => {
    const { text, start } = sentenceOf.get(q.sentence)!;
    return /^[A-Z]{3}$/.test(q.measure) && SPEND_BEFORE.test(text.slice(Math.max(0, q.start - start - 60), q.start - start)) && /^\s+on\s/i.test(text.slice(q.end - start)) ? `Spending on ${q.concept}` : label;
  };
  /** The time of the figure's date in its sentence, if the sentence names it. */
  // Looked up by sentence: an article may have tens of thousands of times and figures.
  const bySentence = <T extends { sentence: number }>(rows: T[]) => {
    const index = new Map<number, T[]>();
    for (const row of rows) index.get(row.sentence)?.push(row) ?? index.set(row.sentence, [row]);
    return (sentence: number) => index.get(sentence) ?? [];
  };
  const timesIn = bySentence(tables.times);
  const quantitiesIn = bySentence(tables.quantities);
  // In a story of several places, a card says which its figure is of: "People displaced in the Assam region".
  const places = new Map(tables.entities.filter((e) => e.type === "place").map((e) => [e.id, e.name]));
  const placeMentionsIn = bySentence(tables.mentions.filter((m) => places.has(m.entity)));
  function placed(q: Quantity, label: string): string {
    if (places.size < 2) return label;
    const here = placeMentionsIn(q.sentence);
    // The place named last before the figure ("India's Assam region … 1.7 million"), else the first after it.
    const near = here.filter((m) => m.start < q.start).pop() ?? here.find((m) => m.start >= q.end);
    const name = near ? places.get(near.entity)! : null;
    if (!name || label.toLowerCase().includes(name.toLowerCase())) return label;
    // "at Mere Park": a venue is where, not what a figure is in.
    const at = /\b(?:Park|Stadium|Arena|Ground|Field|Hall|Centre|Center|Airport)$/.test(name) ? "at" : "in";
    return `${label} ${at} ${/\s[a-z]+$/.test(name) ? "the " : ""}${name}`;
  }
  const timeOf = (q: Quantity) => timesIn(q.sentence).find((t) => t.date === q.date);
  // "$2.3 billion in the third quarter": the period the sentence names, as it names it.
  const period = (q: Quantity) => (q.period ? periodOf(q.period) : null);
  // "could fall 15 percent this year", "would be roughly 52 percent": a forecast, said as one;
  // "will rise 2.5 percent on July 1" is decided, and says its date.
  const forecast = (q: Quantity) => {
    const { text, start } = sentenceOf.get(q.sentence)!;
    return isForecastClause(clauseAround(text, q.start - start, q.end - start));
  };
  /**
   * When a card's figure holds, as a caption says it: "In the third quarter of 2022", "As of
   * Aug. 17, 2014", "Until April 30" for a state that lasts, "From July 1" or "By Dec. 31, 2020"
   * for one still to come, "Forecast for 2014" for what someone expects.
   */
  function whenOf(q: Quantity): string {
    const date = period(q) ?? apDate(q.date!);
    if (forecast(q)) return `Forecast for ${date}`;
    if (period(q)) return capitalize(`in ${date}`);
    const relation = timeOf(q)?.relation;
    if (relation === "until") return `Until ${date}`;
    if (compareDates(q.date!, extract.article.published) > 0) return `${relation === "by" ? "By" : "From"} ${date}`;
    return `As of ${date}`;
  }
  // "the Continental Cup, which is worth about £25m … to each club that reaches the group stage":
  // a relative clause describes something the story mentions; its figure is not the story's news.
  const described = (q: Quantity) => {
    const { text, start } = sentenceOf.get(q.sentence)!;
    return relativePronoun(text, clauseBounds(text, q.start - start, q.end - start).from) === "which";
  };
  const named = tables.quantities.filter((q) => q.concept !== null && q.date !== null && !TIME_MEASURE.test(q.measure) && isSpecific(q) && !described(q));
  // Troop figures already have their card.
  for (const q of troopQuantities(tables)) if (q.concept !== null && q.date !== null) said.add(conceptKey(q.concept));
  /** A change's card: the level it reached with the change as its note, or the change itself. */
  function changeCard(q: Quantity): void {
    const { text, start } = sentenceOf.get(q.sentence)!;
    const after = text.slice(q.end - start);
    const found = PERIOD.exec(after);
    // "will rise 4 percent next season, the first increase since 2014": a record's "since", not the change's baseline.
    const following = found && !SUPERLATIVE_BEFORE.test(after.slice(0, found.index)) ? found[0].trim() : undefined;
    // "net profit rose 18% to $640m": the level is the figure, the change its note.
    // "took 34.6 percent of the vote, up 5.2 points from 2017": the level before the change, of the same thing.
    const level =
      quantitiesIn(q.sentence).find((o) => o.change === null && o.start >= q.end && /^\s+to\s+(?:about\s+|around\s+|nearly\s+)?$/i.test(text.slice(q.end - start, o.start - start))) ??
      quantitiesIn(q.sentence).findLast((o) => o.change === null && o.end <= q.start && o.concept === q.concept && CHANGE_OF_LEVEL.test(text.slice(o.end - start, q.start - start)));
    // "a year earlier" needs its "from"; "since June", "than those who…" bring their own word.
    const over = following && !/^(?:since|from|compared|than|over|year)/i.test(following) ? `from ${following}` : following;
    // "Up 18% from a year earlier, in the third quarter of 2022"; "Up 9.4% on Oct. 27, 2022".
    const at = period(level ?? q) ? `, in ${period(level ?? q)}` : over ? "" : ` ${q.date!.length === 10 ? "on" : "in"} ${apDate(q.date!)}`;
    if (level) add(q, { label: capitalize(q.concept!), value: formatFigure(level), note: forecast(q) ? whenOf(q) : `${changeValue(q)}${over ? ` ${over}` : ""}${at}`, sentence: q.sentence });
    // "40 percent less lung growth than those who…": a difference between groups, which a card
    // cut to a label and a number would misstate; the article's sentence says it.
    else if (!following?.startsWith("than")) add(q, { label: capitalize(q.concept!), value: changeValue(q), note: over && !forecast(q) ? capitalize(over) : whenOf(q), sentence: q.sentence });
  }
  const changes = named.filter((q) => q.change !== null);
  changes.filter((q) => !forecast(q)).forEach(changeCard);
  const charted = charts.filter((c) => c.kind === "series").map((c) => c.ids[c.ids.length - 1]);
  const latest = [...charted.map((id) => named.find((q) => q.id === id)).filter((q): q is Quantity => q !== undefined), ...named.filter((q) => q.change === null)];
  // "As of Aug. 17 · people" under "People in relief camps" says the label twice.
  // "micrograms per cubic metre" would not fit a card's big number: it goes under it.
  // A unit with a symbol ("9.2 m", "31 µg/m³") fits beside the number.
  const unitBelow = (q: Quantity) => hasUnitWord(q) && !unitSymbol(q.measure);
  const unitNote = (q: Quantity) => ((q.measure === "count" && !q.concept!.toLowerCase().includes(q.unit.toLowerCase())) || unitBelow(q) ? ` · ${q.unit}` : "");
  for (const q of latest) add(q, { label: capitalize(q.concept!), value: formatFigure(q, { unit: !unitBelow(q) }), note: `${whenOf(q)}${unitNote(q)}`, sentence: q.sentence });
  // What happened comes before what someone expects: forecasts take the cards left at the end.
  changes.filter(forecast).forEach(changeCard);
  return figures.slice(0, limit);
}
