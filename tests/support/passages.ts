/** Scores the extractor on gold-annotated wire passages (tests/passages/*.yaml). */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { extractArticle } from "../../loaders/extract.js";
import { normalizeBody } from "../../loaders/input/article.js";
import { changes, isoDay, isoPartialDate, precisions, qualifiers, relations, timeTypes } from "../../loaders/schemas.js";

const GoldTimeSchema = z.object({
  text: z.string(),
  date: isoPartialDate.nullable(),
  precision: z.enum(precisions).nullable(),
  // Null for a duration or set with no anchor, which v1 did not have.
  relation: z.enum(relations).nullable(),
  // v2, where a set gives them
  type: z.enum(timeTypes).optional(),
  timex: z.string().optional(),
  timex_text: z.string().optional(),
});

const GoldQuantitySchema = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.enum(qualifiers),
  date: isoPartialDate.nullable(),
  // v2, where a set gives them
  value_high: z.number().nullable().optional(),
  measure: z.string().optional(),
  concept: z.string().nullable().optional(),
  change: z.enum(changes).nullable().optional(),
});

const PassageSchema = z.object({
  id: z.string(),
  published: z.union([isoDay, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  text: z.string().min(1),
  times: z.array(GoldTimeSchema).default([]),
  quantities: z.array(GoldQuantitySchema).default([]),
});
export type Passage = z.infer<typeof PassageSchema>;

export const PASSAGE_DIR = join(import.meta.dirname, "..", "passages");

export function loadPassages(file: string): Passage[] {
  return z.array(PassageSchema).parse(parse(readFileSync(resolve(PASSAGE_DIR, file), "utf8")));
}

export function passageFiles(): string[] {
  return readdirSync(PASSAGE_DIR).filter((f) => f.endsWith(".yaml")).sort();
}

export function extractPassage(p: Passage) {
  const article = { slug: p.id, title: p.id, dek: null, published: p.published, source: null, byline: null, url: null, image: null, body: normalizeBody(p.text) };
  return extractArticle(article);
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Finds each gold span in the body, in order, so repeated words map to successive places that do not overlap. */
function locate(body: string, texts: string[]): Span[] {
  const used: Span[] = [];
  return texts.map((text) => {
    let from = 0;
    for (;;) {
      const start = body.indexOf(text, from);
      if (start < 0) throw new Error(`gold text not in passage: ${JSON.stringify(text)}`);
      const span = { start, end: start + text.length };
      if (!used.some((u) => overlaps(u, span))) {
        used.push(span);
        return span;
      }
      from = start + 1;
    }
  });
}

export interface Mistake {
  passage: string;
  kind: string;
  detail: string;
}

export interface Score {
  quantity: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; unit: number; date: number; qualifier: number; measure: number; concept: number; change: number };
  time: { gold: number; found: number; extra: number; precision: number; recall: number; date: number; timex: number; type: number };
  mistakes: Mistake[];
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** A concept is right when it names what the gold names: one contains the other's words, or they share the head noun. */
function sameConcept(found: string | null, gold: string | null): boolean {
  if (found === null || gold === null) return found === gold;
  const [a, b] = [words(found), words(gold)];
  const contains = (x: Set<string>, y: Set<string>) => [...y].every((w) => x.has(w));
  return contains(a, b) || contains(b, a);
}

export function scorePassages(passages: Passage[]): Score {
  // Quantities are counted by their ends: a range is two figures, as v1 wrote it.
  let tp = 0, fp = 0, fn = 0;
  const checks = { unit: [0, 0], date: [0, 0], qualifier: [0, 0], measure: [0, 0], concept: [0, 0], change: [0, 0], timex: [0, 0], type: [0, 0] };
  const check = (name: keyof typeof checks, ok: boolean) => {
    checks[name][1]++;
    if (ok) checks[name][0]++;
    return ok;
  };
  let timeGold = 0, timeFound = 0, timeDateOk = 0, timeMatched = 0, timeExtra = 0;
  const mistakes: Mistake[] = [];
  for (const p of passages) {
    const { article, tables: all } = extractPassage(p);
    // A set without v2 gold counts what v1 counted: not "halved" or "doubled", changes v2 reads as figures.
    const v2Quantities = p.quantities.some((q) => q.measure !== undefined);
    const tables = v2Quantities ? all : { ...all, quantities: all.quantities.filter((q) => !/^(?:halved|doubled|tripled|trebled|quadrupled)$/i.test(q.quote)) };
    const say = (kind: string, detail: string) => mistakes.push({ passage: p.id, kind, detail });
    const goldQ = locate(article.body, p.quantities.map((q) => q.text));
    const ends = tables.quantities.map((q) => (q.value_high === null ? [q.value] : [q.value, q.value_high]));
    const usedEnds = tables.quantities.map(() => new Set<number>());
    const same = (a: number, b: number) => Math.abs(a - b) < 1e-3;
    p.quantities.forEach((gold, i) => {
      const goldEnds = gold.value_high == null ? [gold.value] : [gold.value, gold.value_high];
      const hit = tables.quantities.findIndex((q, j) => {
        if (!overlaps(q, goldQ[i])) return false;
        // A gold range takes a range with both its ends; a single gold figure either free end.
        if (goldEnds.length === 2) return usedEnds[j].size === 0 && ends[j].length === 2 && same(ends[j][0], goldEnds[0]) && same(ends[j][1], goldEnds[1]);
        return ends[j].some((v, k) => !usedEnds[j].has(k) && same(v, gold.value));
      });
      if (hit < 0) {
        fn += goldEnds.length;
        say("quantity missed", `${JSON.stringify(gold.text)} = ${gold.value}${gold.value_high == null ? "" : `–${gold.value_high}`}`);
        return;
      }
      const q = tables.quantities[hit];
      if (goldEnds.length === 2) ends[hit].forEach((_, k) => usedEnds[hit].add(k));
      else usedEnds[hit].add(ends[hit].findIndex((v, k) => !usedEnds[hit].has(k) && same(v, gold.value)));
      tp += goldEnds.length;
      if (!check("unit", q.unit === gold.unit)) say("unit", `${JSON.stringify(gold.text)}: ${JSON.stringify(q.unit)} ≠ ${JSON.stringify(gold.unit)}`);
      if (!check("date", q.date === gold.date)) say("quantity date", `${JSON.stringify(gold.text)}: ${q.date} ≠ ${gold.date}`);
      if (!check("qualifier", q.qualifier === gold.qualifier)) say("qualifier", `${JSON.stringify(gold.text)}: ${q.qualifier} ≠ ${gold.qualifier}`);
      if (gold.measure !== undefined && !check("measure", q.measure === gold.measure)) say("measure", `${JSON.stringify(gold.text)}: ${q.measure} ≠ ${gold.measure}`);
      if (gold.concept !== undefined && !check("concept", sameConcept(q.concept, gold.concept))) say("concept", `${JSON.stringify(gold.text)}: ${JSON.stringify(q.concept)} ≠ ${JSON.stringify(gold.concept)}`);
      if (gold.change !== undefined && !check("change", q.change === gold.change)) say("change", `${JSON.stringify(gold.text)}: ${q.change} ≠ ${gold.change}`);
    });
    tables.quantities.forEach((q, j) => {
      const unused = ends[j].length - usedEnds[j].size;
      // A range row of which one end matched a gold figure is not an extra figure.
      if (usedEnds[j].size && ends[j].length === 2) return;
      fp += unused;
      if (unused) say("quantity extra", `${JSON.stringify(q.quote)} = ${q.value}${q.value_high === null ? "" : `–${q.value_high}`} ${q.unit}`);
    });
    // A set without v2 gold (no types) counts only what v1 had as times: dates, not durations or sets.
    const v2 = p.times.some((t) => t.type !== undefined);
    const times = v2 ? tables.times : tables.times.filter((t) => t.date !== null && (t.type === "date" || t.type === "time"));
    const goldT = locate(article.body, p.times.map((t) => t.text));
    p.times.forEach((gold, i) => {
      timeGold++;
      const t = times.find((t) => overlaps(t, goldT[i]));
      if (!t) return say("time missed", JSON.stringify(gold.text));
      timeFound++;
      if (t.date === gold.date) timeDateOk++;
      else say("time date", `${JSON.stringify(gold.text)}: ${t.date} ≠ ${gold.date}`);
      if (gold.timex !== undefined && !check("timex", t.timex === gold.timex)) say("timex", `${JSON.stringify(gold.text)}: ${t.timex} ≠ ${gold.timex}`);
      if (gold.type !== undefined && !check("type", t.type === gold.type)) say("time type", `${JSON.stringify(gold.text)}: ${t.type} ≠ ${gold.type}`);
    });
    for (const t of times) {
      if (goldT.some((g) => overlaps(t, g))) {
        timeMatched++;
        continue;
      }
      timeExtra++;
      say("time extra", `${JSON.stringify(t.text)} = ${t.date ?? t.timex}`);
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // NaN where no gold gives the field (a v1 set has no measures): not a score of 1.
  const share = (name: keyof typeof checks) => (checks[name][1] ? checks[name][0] / checks[name][1] : Number.NaN);
  return {
    quantity: { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, unit: share("unit"), date: share("date"), qualifier: share("qualifier"), measure: share("measure"), concept: share("concept"), change: share("change") },
    time: {
      gold: timeGold,
      found: timeFound,
      extra: timeExtra,
      // Of the times extracted, the share that overlap a gold time.
      precision: ratio(timeMatched, timeMatched + timeExtra),
      recall: ratio(timeFound, timeGold),
      date: ratio(timeDateOk, timeFound),
      timex: share("timex"),
      type: share("type"),
    },
    mistakes,
  };
}
