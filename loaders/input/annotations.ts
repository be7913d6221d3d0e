/**
 * Editorial annotations (data/annotations/<slug>.yaml): labels, forces and the issues table,
 * each row anchored to a verbatim quote of the article. The quote is located here; a quote
 * that is not in the body fails with the file, line and the nearest passage.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from "yaml";
import { z } from "zod";
import { InputError } from "./errors.js";
import { isoPartialDate, issueStatuses, troopStatuses } from "../schemas.js";
import { MILESTONE_CATEGORIES } from "../../src/shared/categories.js";

const quote = z.string().min(3).describe("Verbatim words of the article");

/** A chart's words, as an editor writes them: they replace the ones written from the tables. */
const furniture = z
  .object({
    title: z.string().min(1).max(120),
    subtitle: z.string().min(1).max(240).optional(),
    note: z.string().min(1).max(400).optional(),
    /** What the chart calls a scenario's figures ("“Zero option”"). */
    scenario: z.string().min(1).max(60).optional(),
  })
  .strict();

export const AnnotationSchema = z
  .object({
    auto_milestones: z.boolean().default(true).describe("Keep automatic milestones that no row annotates"),
    troops: z
      .array(
        z.object({
          quote,
          force: z.string().min(1),
          part_of: z.string().min(1).nullable().default(null),
          troops: z.number().int().nonnegative(),
          date: isoPartialDate.optional(),
          status: z.enum(troopStatuses).default("reported"),
        }).strict(),
      )
      .default([]),
    milestones: z
      .array(
        z.object({
          quote,
          label: z.string().min(8).max(120),
          category: z.enum(MILESTONE_CATEGORIES),
          date: isoPartialDate.optional(),
        }).strict(),
      )
      .default([]),
    issues: z
      .array(
        z.object({
          quote,
          issue: z.string().min(1),
          us_position: z.string().min(1),
          afghan_position: z.string().min(1),
          status: z.enum(issueStatuses),
        }).strict(),
      )
      .default([]),
    /** Titles, subtitles and notes for the article's charts, by chart name (troops, milestones, …). */
    charts: z.record(z.string().regex(/^[a-z0-9-]+$/), furniture).default({}),
  })
  .strict();

export type Annotations = z.infer<typeof AnnotationSchema>;

/** A located quote: where it is in the body, and the YAML line to blame if it disagrees. */
export interface Anchor {
  start: number;
  end: number;
  line: number;
  field: string;
}

export interface AnnotationFile {
  file: string;
  annotations: Annotations;
  /** anchors[section][index] */
  anchors: Record<"troops" | "milestones" | "issues", Anchor[]>;
}

export const EMPTY_ANNOTATIONS: AnnotationFile = {
  file: "",
  annotations: AnnotationSchema.parse({}),
  anchors: { troops: [], milestones: [], issues: [] },
};

export function parseAnnotations(text: string, file: string, body: string): AnnotationFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const yamlError = doc.errors[0];
  if (yamlError) throw new InputError(file, lineCounter.linePos(yamlError.pos[0]).line, "yaml", yamlError.message.split("\n")[0]);
  if (doc.contents !== null && !isMap(doc.contents)) throw new InputError(file, 1, "annotations", "must be a mapping with troops, milestones and issues");
  const result = AnnotationSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.map(String);
    const node = (doc.getIn(path, true) ?? doc.getIn(path.slice(0, -1), true)) as Node | undefined;
    throw new InputError(file, lineOf(node), fieldName(path), issue.message);
  }
  const anchors = { troops: [] as Anchor[], milestones: [] as Anchor[], issues: [] as Anchor[] };
  for (const section of ["troops", "milestones", "issues"] as const) {
    result.data[section].forEach((row, i) => {
      const node = doc.getIn([section, i, "quote"], true) as Node | undefined;
      const field = `${section}[${i}].quote`;
      const start = body.indexOf(row.quote);
      if (start < 0) throw new InputError(file, lineOf(node), field, `not in the article; nearest: ${JSON.stringify(nearestPassage(body, row.quote))}`);
      anchors[section].push({ start, end: start + row.quote.length, line: lineOf(node), field: `${section}[${i}]` });
    });
  }
  const sequences = ["troops", "milestones", "issues"].filter((k) => doc.get(k) !== undefined && !isSeq(doc.get(k, true)));
  if (sequences.length) throw new InputError(file, 1, sequences[0], "must be a list");
  return { file, annotations: result.data, anchors };
}

function fieldName(path: string[]): string {
  return path.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), "") || "annotations";
}

/**
 * The passage of `body` most like `quote`: the window of as many words that shares the most
 * words with it, each quote word counted as often as the quote has it. The window slides,
 * keeping its counts, so a long article costs one pass.
 */
export function nearestPassage(body: string, quote: string): string {
  const quoteWords = quote.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wanted = new Map<string, number>();
  for (const word of quoteWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  const bodyWords = [...body.matchAll(/[\p{L}\p{N}]+/gu)];
  const lower = bodyWords.map((w) => w[0].toLowerCase());
  const size = Math.max(1, quoteWords.length);
  const inWindow = new Map<string, number>();
  let shared = 0;
  const enter = (word: string | undefined) => {
    if (word === undefined) return;
    const count = inWindow.get(word) ?? 0;
    if (count < (wanted.get(word) ?? 0)) shared++;
    inWindow.set(word, count + 1);
  };
  const leave = (word: string) => {
    const count = inWindow.get(word)! - 1;
    if (count < (wanted.get(word) ?? 0)) shared--;
    inWindow.set(word, count);
  };
  lower.slice(0, size).forEach(enter);
  let best = { score: -1, start: 0, end: Math.min(body.length, quote.length) };
  for (let i = 0; i < bodyWords.length; i++) {
    // Ties go to the window that starts where the quote does, so the mismatch shows inside it.
    const score = shared + (lower[i] === quoteWords[0] ? 0.5 : 0);
    if (score > best.score) {
      const last = bodyWords[Math.min(i + size, bodyWords.length) - 1];
      best = { score, start: bodyWords[i].index!, end: last.index! + last[0].length };
    }
    leave(lower[i]);
    enter(lower[i + size]);
  }
  return body.slice(best.start, best.end);
}
