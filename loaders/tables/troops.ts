/**
 * Troop strength: figures whose counted noun is troops, soldiers, forces — not casualties —
 * with the force they count. Annotations name forces and add scenarios ("zero option").
 */
import type { Quantity, DatedTime, Troop } from "../schemas.js";
import type { AnalyzedSentence } from "../extraction/sentences.js";
import type { AnnotationFile } from "../input/annotations.js";
import { InputError } from "../input/errors.js";
import { PART_OF_BEFORE } from "../extraction/quantities.js";
import { listOf, sentenceAt, within } from "./anchors.js";
import { compareDates } from "../../src/shared/dates.js";

const TROOP_UNIT = /\b(troops|soldiers|forces|service members|servicemen|servicemembers|marines|personnel|trainers|advisers|advisors)$/;
const NATIONALS: Record<string, string> = { americans: "U.S.", britons: "Britain", germans: "Germany", italians: "Italy", afghans: "Afghan", georgians: "Georgia" };
const CASUALTY = /\b(killed|wounded|died|dead|injured|deaths?|casualties|lost|slain)\b/i;
const FORCE_NAMES: [RegExp, string][] = [
  [/\b(?:U\.S\.|US|American|United States)\b/, "U.S."],
  [/\bNATO\b/, "NATO"],
  [/\bISAF\b/, "ISAF"],
  [/\b(?:British|Britain)\b/, "Britain"],
  [/\bAfghan\b/, "Afghan"],
  [/\b(?:coalition|international)\b/i, "international force"],
];

function forceOf(q: Quantity, sentence: AnalyzedSentence): string {
  if (NATIONALS[q.unit]) return NATIONALS[q.unit];
  const named = FORCE_NAMES.find(([pattern]) => pattern.test(q.quote));
  if (named) return named[1];
  const before = sentence.text.slice(0, q.start - sentence.start);
  const force = /\b((?:[\w.-]+\s+){0,2}force)\b(?!.*\bforce\b)/i.exec(before);
  if (force) return force[1].replace(/^(the|a|an|its|their)\s+/i, "").toLowerCase();
  return FORCE_NAMES.find(([pattern]) => pattern.test(before))?.[1] ?? "unspecified";
}

export function extractTroops(quantities: Quantity[], times: DatedTime[], sentences: AnalyzedSentence[], annotationFile: AnnotationFile): Troop[] {
  type Row = Omit<Troop, "id">;
  const rows = new Map<Quantity | string, Row & { start: number }>();
  for (const q of quantities) {
    const sentence = sentenceAt(sentences, q.start);
    const before = sentence.text.slice(0, q.start - sentence.start);
    const isPart = PART_OF_BEFORE.test(before);
    if (!(TROOP_UNIT.test(q.unit) || (isPart && NATIONALS[q.unit])) || CASUALTY.test(sentence.text) || !Number.isInteger(q.value)) continue;
    const parent = isPart ? [...rows.values()].filter((r) => r.sentence === sentence.id).pop() : undefined;
    rows.set(q, {
      date: q.date, force: forceOf(q, sentence), troops: q.value, qualifier: q.qualifier,
      part_of: parent?.force ?? null, sentence: sentence.id, quote: q.quote, status: "reported", start: q.start,
    });
  }
  const { file, annotations, anchors } = annotationFile;
  annotations.troops.forEach((a, i) => {
    const anchor = anchors.troops[i];
    const found = within(quantities, anchor);
    const match = found.find((q) => q.value === a.troops);
    const timesIn = within(times, anchor);
    const negated = a.troops === 0 && /\b(no|zero|all of its|all its|all of their)\b/i.test(annotations.troops[i].quote);
    if (!match && !negated) {
      throw new InputError(file, anchor.line, `${anchor.field}.troops`, `${a.troops} is not a figure extraction found in the quote (found: ${listOf(found.map((q) => q.value))})`);
    }
    const date = match ? match.date : (timesIn[0]?.date ?? null);
    if (a.date !== undefined && a.date !== date) {
      const seen = match ? [match.date] : timesIn.map((t) => t.date);
      throw new InputError(file, anchor.line, `${anchor.field}.date`, `${a.date} disagrees with the date extraction found in the quote (${listOf(seen)})`);
    }
    const sentence = sentenceAt(sentences, anchor.start);
    rows.set(match ?? `annotation ${i}`, {
      date, force: a.force, troops: a.troops, qualifier: match?.qualifier ?? "exact", part_of: a.part_of,
      sentence: sentence.id, quote: a.quote, status: a.status, start: anchor.start,
    });
  });
  return [...rows.values()]
    .sort((a, b) => compareDates(a.date ?? "", b.date ?? "") || a.start - b.start)
    .map(({ start: _, ...row }, i) => ({ id: i + 1, ...row }));
}
