/**
 * Scoring quantities against other libraries' test suites: quantulum3's quantities.json
 * ({req, res: [{value, unit, surface}]}) and Microsoft Recognizers-Text's NumberWithUnit specs
 * ({Input, Results: [{Text, Resolution: {value, unit}}]}). A gold figure is found when a figure
 * extracted from the same sentence has its value at the contract's four decimals (a range matches by either end or its middle); value+unit
 * also needs the same measure (see sameMeasure), the gold unit's name read by the extractor's
 * own unit and currency readers. A Recognizers-Text spec annotates its own kind only (currency, dimension,
 * temperature, age), so a figure of another kind that no gold figure finds is not counted as a
 * mistake there. Corpora stay outside the repository: read from a path the user gives.
 */
import { readFileSync } from "node:fs";
import Qty from "js-quantities";
import { extractArticle } from "../../loaders/extract.js";
import { normalizeBody } from "../../loaders/input/article.js";
import { currencyOfName } from "../../loaders/extraction/money.js";
import { unitMeasure } from "../../loaders/extraction/units.js";
import { TIME_MEASURE } from "../../src/shared/dates.js";

export interface GoldFigure {
  value: number;
  /** The gold unit's name as the corpus writes it. */
  unit: string;
  /** That name as a measure of the contract (count, percent, ISO 4217, unit name), or null if unreadable. */
  measure: string | null;
  surface: string;
}

/** What a Recognizers-Text spec annotates: only its own model's kind of figure. */
export type SuiteKind = "currency" | "dimension" | "temperature" | "age";

export interface QuantitySentence {
  text: string;
  figures: GoldFigure[];
  /** Set for a spec that annotates one kind only; quantulum3 annotates every figure. */
  kind?: SuiteKind;
}

const TEMPERATURE_MEASURE = /^(?:degree(?: Celsius| Fahrenheit)?|kelvin)$/;
const kindOf = (name: string | undefined): SuiteKind | undefined => (name && /^(?:currency|dimension|temperature|age)$/.test(name) ? (name as SuiteKind) : undefined);

/** Whether a measure is of the kind a one-kind spec annotates. */
function isOfKind(measure: string, kind: SuiteKind): boolean {
  const money = /^(?:[A-Z]{3}|cent|penny)\b/.test(measure);
  if (kind === "currency") return money;
  if (kind === "temperature") return TEMPERATURE_MEASURE.test(measure);
  if (kind === "age") return TIME_MEASURE.test(measure);
  return !money && !TEMPERATURE_MEASURE.test(measure) && !TIME_MEASURE.test(measure) && !/^(?:count|percent|percentage point|fraction|magnitude)\b/.test(measure);
}

/** The gold names that are not units or currencies in their own words. */
const NAMED_MEASURES: Record<string, string> = { dimensionless: "count", percentage: "percent", c: "degree Celsius", f: "degree Fahrenheit", cent: "cent", pence: "penny", penny: "penny" };

/**
 * A corpus's unit name → the contract's measure: "United States dollar" → USD, "Kilometer per
 * hour" → "kilometre per hour", "dollar per hour" → "USD per hour". `money` says whether the
 * corpus means money: a "Pound" is sterling in a currency spec and a weight in a dimension spec.
 */
export function goldMeasure(name: string, money = true): string | null {
  const lower = name.toLowerCase();
  const rate = /^(.+?) per (.+)$/.exec(lower);
  if (rate) {
    const [top, bottom] = [goldMeasure(rate[1], money), unitMeasure(rate[2]) ?? rate[2].replace(/s$/, "")];
    return top ? `${top} per ${bottom}` : null;
  }
  const named = NAMED_MEASURES[lower];
  if (named) return named;
  return money ? (currencyOfName(lower) ?? unitMeasure(lower) ?? null) : (unitMeasure(lower) ?? currencyOfName(lower) ?? null);
}

const figure = (value: number, unit: string, surface: string, money?: boolean): GoldFigure => ({ value, unit, measure: goldMeasure(unit, money), surface });

/** Reads either format, recognised by its shape. */
export function readQuantityCorpus(file: string): QuantitySentence[] {
  const data = JSON.parse(readFileSync(file, "utf8")) as unknown[];
  // A sentence with no gold figure is of the kind most of its spec's figures are.
  const kinds = data.flatMap((e) => ((e as { Results?: { TypeName?: string }[] }).Results ?? []).map((r) => r.TypeName));
  const common = kinds.sort((a, b) => kinds.filter((k) => k === b).length - kinds.filter((k) => k === a).length)[0];
  return data.map((entry) => {
    const e = entry as Record<string, unknown>;
    if (typeof e.req === "string") {
      const res = e.res as { value: number; unit: string; surface: string }[];
      return { text: e.req, figures: res.map((r) => figure(Number(r.value), r.unit, r.surface)) };
    }
    if (typeof e.Input === "string") {
      const results = (e.Results ?? []) as { Text: string; TypeName?: string; Resolution?: { value?: string; unit?: string } }[];
      return {
        text: e.Input,
        kind: kindOf(results[0]?.TypeName ?? common),
        figures: results.filter((r) => r.Resolution?.value !== undefined && r.Resolution.value !== null && !Number.isNaN(Number(r.Resolution.value))).map((r) => figure(Number(r.Resolution!.value), r.Resolution!.unit ?? "", r.Text, r.TypeName === "currency")),
      };
    }
    throw new Error(`${file}: an entry is neither quantulum3's {req, res} nor Recognizers-Text's {Input, Results}`);
  });
}

export interface QuantityCorpusScore {
  gold: number;
  predicted: number;
  value: number;
  valueUnit: number;
  mistakes: string[];
}

/** A measure's name as js-quantities reads it: "cubic centimetre" → "centimetre^3", "metre per second" → "metre/second". */
function quantityOf(measure: string): Qty | null {
  const readable = measure.split(" per ").map((part) => part.replace(/^(square|cubic) (.+)$/, (_, power: string, unit: string) => `${unit}^${power === "cubic" ? 3 : 2}`)).join("/");
  try {
    return Qty.parse(`1 ${readable}`);
  } catch {
    return null;
  }
}

/**
 * Whether a predicted measure is the gold one: the same name; the same unit by another name (a
 * millilitre is a cubic centimetre); a fraction where the gold says dimensionless; and, against
 * a Recognizers-Text spec, whose gold spans stop before "a share" or "a day", what a rate counts.
 */
function sameMeasure(predicted: string | null, gold: string | null, kind: SuiteKind | undefined): boolean {
  if (predicted === gold) return true;
  if (predicted === null || gold === null) return false;
  if (gold === "count" && predicted === "fraction") return true;
  if (kind && predicted.replace(/ per .+$/, "") === gold) return true;
  const [p, g] = [quantityOf(predicted), quantityOf(gold)];
  return Boolean(p && g && p.kind() !== "unitless" && p.isCompatible(g) && Math.abs(p.to(g).scalar - 1) < 1e-9);
}

// The contract writes values to four decimals (5.1667 for "5 ft 2 in"): equal at that precision.
const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(5e-5, 1e-6 * Math.max(Math.abs(a), Math.abs(b)));

export function scoreQuantityCorpus(sentences: QuantitySentence[]): QuantityCorpusScore {
  const score: QuantityCorpusScore = { gold: 0, predicted: 0, value: 0, valueUnit: 0, mistakes: [] };
  sentences.forEach((sentence, n) => {
    const body = normalizeBody(sentence.text);
    const { tables } = extractArticle({ slug: "corpus", title: "corpus", dek: null, published: "2020-01-01", source: null, byline: null, url: null, image: null, body });
    // A range is one figure that a gold figure finds by either end or by its middle (quantulum3
    // writes "3 to 4 L" as 3.5); a corpus that writes both ends finds it twice, and it then counts twice.
    const predicted = tables.quantities.map((q) => ({ q, values: q.value_high === null ? [q.value] : [q.value, q.value_high, (q.value + q.value_high) / 2], room: q.value_high === null ? 1 : 2, uses: 0 }));
    score.gold += sentence.figures.length;
    const has = (p: (typeof predicted)[number], value: number) => p.uses < p.room && p.values.some((v) => same(v, value));
    for (const gold of sentence.figures) {
      // Prefer a figure with the right measure among those of the right value.
      const found = predicted.find((p) => has(p, gold.value) && sameMeasure(p.q.measure, gold.measure, sentence.kind)) ?? predicted.find((p) => has(p, gold.value));
      if (!found) {
        score.mistakes.push(`#${n + 1} missed: ${JSON.stringify(gold.surface)} = ${gold.value} ${gold.unit} in ${JSON.stringify(body)}`);
        continue;
      }
      found.uses++;
      score.value++;
      if (sameMeasure(found.q.measure, gold.measure, sentence.kind)) score.valueUnit++;
      else score.mistakes.push(`#${n + 1} measure: ${JSON.stringify(gold.surface)}: ${found.q.measure} ≠ ${gold.measure ?? `(${gold.unit})`}`);
    }
    // A one-kind spec leaves other figures unannotated: those are not counted against us.
    const counted = predicted.filter((p) => p.uses || !sentence.kind || isOfKind(p.q.measure ?? "count", sentence.kind));
    score.predicted += counted.reduce((sum, p) => sum + Math.max(1, p.uses), 0);
    for (const p of counted) if (!p.uses) score.mistakes.push(`#${n + 1} extra: ${JSON.stringify(p.q.quote)} = ${p.values[0]} ${p.q.measure} in ${JSON.stringify(body)}`);
  });
  return score;
}

export function quantityCorpusMetrics(s: QuantityCorpusScore) {
  const f1 = (hits: number) => {
    const p = s.predicted ? hits / s.predicted : 0;
    const r = s.gold ? hits / s.gold : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  return { valueP: s.predicted ? s.value / s.predicted : 0, valueR: s.gold ? s.value / s.gold : 0, valueF1: f1(s.value), valueUnitF1: f1(s.valueUnit) };
}
