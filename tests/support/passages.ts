/** Scores the extractor on gold-annotated wire passages (tests/passages/*.yaml). */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { extractArticle } from "../../loaders/extract.js";
import { normalizeBody } from "../../loaders/input/article.js";
import { isoDay, isoPartialDate, precisions, qualifiers, relations } from "../../loaders/schemas.js";

const PassageSchema = z.object({
  id: z.string(),
  published: z.union([isoDay, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  text: z.string().min(1),
  times: z.array(z.object({ text: z.string(), date: isoPartialDate, precision: z.enum(precisions), relation: z.enum(relations) })).default([]),
  quantities: z
    .array(z.object({ text: z.string(), value: z.number(), unit: z.string(), qualifier: z.enum(qualifiers), date: isoPartialDate.nullable() }))
    .default([]),
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
  quantity: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; unit: number; date: number; qualifier: number };
  time: { gold: number; found: number; extra: number; precision: number; recall: number; date: number };
  mistakes: Mistake[];
}

export function scorePassages(passages: Passage[]): Score {
  let tp = 0, fp = 0, fn = 0, unitOk = 0, dateOk = 0, qualifierOk = 0;
  let timeGold = 0, timeFound = 0, timeDateOk = 0, timeMatched = 0, timeExtra = 0;
  const mistakes: Mistake[] = [];
  for (const p of passages) {
    const { article, tables } = extractPassage(p);
    const say = (kind: string, detail: string) => mistakes.push({ passage: p.id, kind, detail });
    const goldQ = locate(article.body, p.quantities.map((q) => q.text));
    const matched = new Set<number>();
    p.quantities.forEach((gold, i) => {
      const hit = tables.quantities.findIndex((q, j) => !matched.has(j) && overlaps(q, goldQ[i]) && Math.abs(q.value - gold.value) < 1e-3);
      if (hit < 0) {
        fn++;
        say("quantity missed", `${JSON.stringify(gold.text)} = ${gold.value}`);
        return;
      }
      matched.add(hit);
      tp++;
      const q = tables.quantities[hit];
      if (q.unit === gold.unit) unitOk++;
      else say("unit", `${JSON.stringify(gold.text)}: ${JSON.stringify(q.unit)} ≠ ${JSON.stringify(gold.unit)}`);
      if (q.date === gold.date) dateOk++;
      else say("quantity date", `${JSON.stringify(gold.text)}: ${q.date} ≠ ${gold.date}`);
      if (q.qualifier === gold.qualifier) qualifierOk++;
      else say("qualifier", `${JSON.stringify(gold.text)}: ${q.qualifier} ≠ ${gold.qualifier}`);
    });
    tables.quantities.forEach((q, j) => {
      if (matched.has(j)) return;
      fp++;
      say("quantity extra", `${JSON.stringify(q.quote)} = ${q.value} ${q.unit}`);
    });
    const goldT = locate(article.body, p.times.map((t) => t.text));
    p.times.forEach((gold, i) => {
      timeGold++;
      const t = tables.times.find((t) => overlaps(t, goldT[i]));
      if (!t) return say("time missed", JSON.stringify(gold.text));
      timeFound++;
      if (t.date === gold.date) timeDateOk++;
      else say("time date", `${JSON.stringify(gold.text)}: ${t.date} ≠ ${gold.date}`);
    });
    for (const t of tables.times) {
      if (goldT.some((g) => overlaps(t, g))) {
        timeMatched++;
        continue;
      }
      timeExtra++;
      say("time extra", `${JSON.stringify(t.text)} = ${t.date}`);
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    quantity: { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, unit: ratio(unitOk, tp), date: ratio(dateOk, tp), qualifier: ratio(qualifierOk, tp) },
    time: {
      gold: timeGold,
      found: timeFound,
      extra: timeExtra,
      // Of the times extracted, the share that overlap a gold time.
      precision: ratio(timeMatched, timeMatched + timeExtra),
      recall: ratio(timeFound, timeGold),
      date: ratio(timeDateOk, timeFound),
    },
    mistakes,
  };
}
