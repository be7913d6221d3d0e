/**
 * Scoring time expressions against TimeML (.tml) documents the way TempEval-3 does: extent
 * precision, recall and F1, strict (same span) and relaxed (overlapping); value and type
 * accuracy on matched expressions; and value F1 (a value counts when its extent matches).
 * The document creation time (DCT) is the publication date. Corpora stay outside the
 * repository: these functions read them from a path the user gives.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { normalizeBody } from "../../loaders/input/article.js";
import { extractArticle } from "../../loaders/extract.js";
import { timexSpan } from "../../loaders/extraction/times.js";

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  id: string;
  published: string;
  body: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * A gold value as TimeML's guidelines spell it, where annotators spelt the same date another way.
 * Two spellings are read so (README, Accuracy): "2000-W7" is ISO 8601's "2000-W07"; and where the
 * words name a decade ("the 1990s", "the early '90s"), "199X" is the guidelines' decade "199" (a
 * "199X" for other words, a year of the 1990s left unknown, is kept).
 */
function guidelineSpelling(value: string, words: string): string {
  const week = value.replace(/-W(\d)(?!\d)/, "-W0$1");
  return /\d0s\b|['’]\d0s\b/.test(words) ? week.replace(/^(\d{3})X$/, "$1") : week;
}

/** The TEXT element's words without markup, and each TIMEX3 in it with its offsets there. */
function readText(xml: string): { text: string; timexes: GoldTimex[] } {
  let text = "";
  const timexes: GoldTimex[] = [];
  let open: Omit<GoldTimex, "end" | "text"> | null = null;
  for (const part of xml.split(/(<[^>]*>|&#?\w+;)/)) {
    if (part.startsWith("<")) {
      const timex = /^<TIMEX3\b([^>]*)>$/.exec(part);
      if (timex) {
        const attributes = Object.fromEntries([...timex[1].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        open = { start: text.length, type: attributes.type ?? "", value: attributes.value ?? "" };
      } else if (part === "</TIMEX3>" && open) {
        const words = text.slice(open.start);
        timexes.push({ ...open, value: guidelineSpelling(open.value, words), end: text.length, text: words });
        open = null;
      }
    } else if (part.startsWith("&") && part.endsWith(";")) {
      const name = part.slice(1, -1);
      text += name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? part);
    } else text += part;
  }
  return { text, timexes };
}

/** Maps offsets in `raw` to offsets in its normalized body by aligning their non-space characters. */
function offsetMap(raw: string, body: string): (offset: number, edge: "start" | "end") => number {
  const toBody = new Int32Array(raw.length + 1).fill(-1);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    if (/\s/.test(raw[i])) continue;
    while (j < body.length && /\s/.test(body[j])) j++;
    toBody[i] = j++;
  }
  return (offset, edge) => {
    if (edge === "start") {
      for (let i = offset; i < raw.length; i++) if (toBody[i] >= 0) return toBody[i];
      return body.length;
    }
    for (let i = offset - 1; i >= 0; i--) if (toBody[i] >= 0) return toBody[i] + 1;
    return 0;
  };
}

export function parseTimeml(xml: string, id: string): TimemlDocument {
  const dct = /<DCT>\s*<TIMEX3\b[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml);
  if (!dct) throw new Error(`${id}: no DCT with a YYYY-MM-DD value`);
  const textElement = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml);
  if (!textElement) throw new Error(`${id}: no TEXT element`);
  const { text, timexes } = readText(textElement[1]);
  const body = normalizeBody(text);
  const map = offsetMap(text, body);
  return {
    id,
    published: dct[1],
    body,
    timexes: timexes.map((t) => ({ ...t, start: map(t.start, "start"), end: map(t.end, "end") })).filter((t) => t.end > t.start),
  };
}

/** Every .tml file under `dir`, sorted. */
export function readTimemlFolder(dir: string): TimemlDocument[] {
  const files = statSync(dir).isDirectory()
    ? readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tml")).sort().map((f) => join(dir, f))
    : [dir];
  return files.map((file) => parseTimeml(readFileSync(file, "utf8"), file.replace(/^.*\//, "").replace(/\.tml$/, "")));
}

export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
  /** Matched DATE values whose calendar date our `date` gives at the gold's precision. */
  date: number;
  dates: number;
}

export interface TimemlScore {
  all: Counts;
  dateOnly: Counts;
  mistakes: string[];
}

const TYPES: Record<string, string> = { DATE: "date", TIME: "time", DURATION: "duration", SET: "set" };
const empty = (): Counts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0, date: 0, dates: 0 });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreTimeml(documents: TimemlDocument[]): TimemlScore {
  const all = empty();
  const dateOnly = empty();
  const mistakes: string[] = [];
  for (const doc of documents) {
    const extract = extractArticle({ slug: "timeml", title: doc.id, dek: null, published: doc.published, source: null, byline: null, url: null, image: null, body: doc.body });
    const predicted = extract.tables.times.map((t) => ({ ...t, ...timexSpan(t) }));
    for (const [counts, gold, system] of [
      [all, doc.timexes, predicted],
      [dateOnly, doc.timexes.filter((g) => g.type === "DATE"), predicted.filter((p) => p.type === "date")],
    ] as const) {
      counts.gold += gold.length;
      counts.predicted += system.length;
      const used = new Set<number>();
      for (const g of gold) {
        // One system expression per gold one: the same span first, else the first overlapping.
        let i = system.findIndex((p, k) => !used.has(k) && p.start === g.start && p.end === g.end);
        if (i < 0) i = system.findIndex((p, k) => !used.has(k) && overlaps(p, g));
        const say = counts === all;
        if (i < 0) {
          if (say) mistakes.push(`${doc.id} missed: ${JSON.stringify(g.text)} ${g.type} ${g.value}`);
          continue;
        }
        used.add(i);
        const p = system[i];
        counts.relaxed++;
        if (p.start === g.start && p.end === g.end) counts.strict++;
        else if (say) mistakes.push(`${doc.id} extent: ${JSON.stringify(doc.body.slice(p.start, p.end))} ≠ ${JSON.stringify(g.text)}`);
        if (p.timex === g.value) counts.value++;
        else if (say) mistakes.push(`${doc.id} value: ${JSON.stringify(g.text)} ${p.timex} ≠ ${g.value} (${g.type})`);
        if (p.type === TYPES[g.type]) counts.type++;
        else if (say) mistakes.push(`${doc.id} type: ${JSON.stringify(g.text)} ${p.type} ≠ ${g.type}`);
        if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(g.value)) {
          counts.dates++;
          if (p.date !== null && p.date.slice(0, g.value.length) === g.value) counts.date++;
        }
      }
      if (counts === all) system.forEach((p, k) => used.has(k) || mistakes.push(`${doc.id} extra: ${JSON.stringify(doc.body.slice(p.start, p.end))} ${p.type} ${p.timex}`));
    }
  }
  return { all, dateOnly, mistakes };
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** The TempEval-3 figures from counts. */
export function timemlMetrics(c: Counts) {
  const strictP = ratio(c.strict, c.predicted);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.predicted);
  const relaxedR = ratio(c.relaxed, c.gold);
  return {
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1: f1(relaxedP, relaxedR),
    valueAccuracy: ratio(c.value, c.relaxed),
    typeAccuracy: ratio(c.type, c.relaxed),
    valueF1: f1(ratio(c.value, c.predicted), ratio(c.value, c.gold)),
    dateAccuracy: ratio(c.date, c.dates),
  };
}
