/**
 * npm run eval [-- [--mistakes] [set.yaml …]]: the extractor's accuracy on the hand-annotated passage sets.
 * For each set and overall: quantities' precision, recall, F1 and date accuracy; times' precision,
 * recall and resolved-date accuracy. --mistakes lists every miss, extra and wrong date, to work from.
 */
import { parseArgs } from "node:util";
import { loadPassages, passageFiles, scorePassages, type Passage, type Score } from "./support/passages.js";

const EVAL_COLUMNS = ["set", "passages", "q precision", "q recall", "q F1", "q date", "t precision", "t recall", "t date"];

function evalRow(name: string, passages: Passage[], score: Score): string[] {
  const f = (n: number) => n.toFixed(3);
  const { quantity: q, time: t } = score;
  return [name, String(passages.length), f(q.precision), f(q.recall), f(q.f1), f(q.date), f(t.precision), f(t.recall), f(t.date)];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { mistakes: { type: "boolean", default: false } } });
const sets = (positionals.length ? positionals : passageFiles()).map((file) => ({ file, passages: loadPassages(file) }));
const all = sets.flatMap((set) => set.passages);
const rows = [...sets.map(({ file, passages }) => ({ name: file, passages })), { name: "overall", passages: all }].map(({ name, passages }) => {
  const score = scorePassages(passages);
  if (values.mistakes && name !== "overall") for (const m of score.mistakes) console.log(`${name} ${m.passage} ${m.kind}: ${m.detail}`);
  return evalRow(name, passages, score);
});
if (values.mistakes) console.log("");
console.log("q = quantities (date: share of found quantities with the right date); t = time expressions (date: share resolved to the right date)");
console.log(table([EVAL_COLUMNS, ...rows]));
