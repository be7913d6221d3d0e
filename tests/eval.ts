/**
 * npm run eval [-- [--mistakes] [--timeml DIR]… [--quantities FILE]… [set.yaml …]]
 * The extractor's accuracy, side by side on our hand-annotated passage sets (tests/passages) and
 * on other people's corpora given by path: TimeML documents (TempEval-3 metrics) and quantity
 * test suites (quantulum3, Recognizers-Text). --mistakes lists every miss, extra and wrong value.
 */
import { parseArgs } from "node:util";
import { loadPassages, passageFiles, scorePassages, type Passage, type Score } from "./support/passages.js";
import { readTimemlFolder, scoreTimeml, timemlMetrics, type Counts } from "./support/timeml.js";
import { quantityCorpusMetrics, readQuantityCorpus, scoreQuantityCorpus } from "./support/quantityCorpora.js";

const f = (n: number) => (Number.isNaN(n) ? "—" : n.toFixed(3));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mistakes: { type: "boolean", default: false }, timeml: { type: "string", multiple: true, default: [] }, quantities: { type: "string", multiple: true, default: [] } },
});
const say = (name: string, mistakes: string[]) => values.mistakes && mistakes.forEach((m) => console.log(`${name} ${m}`));

// Our own passage sets: all of them unless some are named.
const sets = (positionals.length ? positionals : passageFiles()).map((file) => ({ file, passages: loadPassages(file) }));
const passageRow = (name: string, passages: Passage[], score: Score) => {
  const { quantity: q, time: t } = score;
  return [name, String(passages.length), f(q.precision), f(q.recall), f(q.f1), f(q.measure), f(q.date), f(t.precision), f(t.recall), f(t.date), f(t.timex)];
};
const passageRows = [...sets.map(({ file, passages }) => ({ name: file, passages })), { name: "overall", passages: sets.flatMap((s) => s.passages) }].map(({ name, passages }) => {
  const score = scorePassages(passages);
  if (name !== "overall") say(name, score.mistakes.map((m) => `${m.passage} ${m.kind}: ${m.detail}`));
  return passageRow(name, passages, score);
});

const output: string[] = [];
output.push("Our passage sets. q = quantities (measure: share of found figures with the right measure; date: with the right date); t = times (date: resolved to the right date; timex: right TimeML value where the gold gives one)");
output.push(table([["set", "passages", "q P", "q R", "q F1", "q measure", "q date", "t P", "t R", "t date", "t timex"], ...passageRows]));

if (values.timeml.length) {
  const rows: string[][] = [];
  const pooled: Record<"all" | "dateOnly", Counts[]> = { all: [], dateOnly: [] };
  for (const dir of values.timeml) {
    const docs = readTimemlFolder(dir);
    const score = scoreTimeml(docs);
    say(dir, score.mistakes);
    for (const kind of ["all", "dateOnly"] as const) {
      pooled[kind].push(score[kind]);
      rows.push(timemlRow(`${dir} (${docs.length} docs)`, kind, score[kind]));
    }
  }
  if (values.timeml.length > 1) for (const kind of ["all", "dateOnly"] as const) rows.push(timemlRow("pooled", kind, sumCounts(pooled[kind])));
  output.push("", "TimeML corpora, TempEval-3 metrics (relaxed: overlapping spans; value/type accuracy on relaxed matches; value F1: right value over system and gold expressions; date: our date at the gold value's precision)");
  output.push(table([["corpus", "TIMEX3", "gold", "system", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "value acc", "type acc", "value F1", "date acc"], ...rows]));
}

function timemlRow(name: string, kind: "all" | "dateOnly", c: Counts): string[] {
  const m = timemlMetrics(c);
  return [name, kind === "all" ? "all" : "DATE", String(c.gold), String(c.predicted), f(m.strictF1), f(m.relaxedP), f(m.relaxedR), f(m.relaxedF1), f(m.valueAccuracy), f(m.typeAccuracy), f(m.valueF1), f(m.dateAccuracy)];
}

function sumCounts(list: Counts[]): Counts {
  return list.reduce((a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Counts] + b[k as keyof Counts]])) as unknown as Counts);
}

if (values.quantities.length) {
  const rows = values.quantities.map((file) => {
    const sentences = readQuantityCorpus(file);
    const score = scoreQuantityCorpus(sentences);
    say(file, score.mistakes);
    const m = quantityCorpusMetrics(score);
    return [`${file} (${sentences.length} sentences)`, String(score.gold), String(score.predicted), String(score.value), f(m.valueP), f(m.valueR), f(m.valueF1), String(score.valueUnit), f(m.valueUnitF1)];
  });
  output.push("", "Quantity test suites (a gold figure is found by a figure of its sentence with its value, a range by either end or its middle; value+unit also needs the measure; against a Recognizers-Text spec, which annotates one kind, only unfound figures of that kind count as extra)");
  output.push(table([["corpus", "gold", "system", "value hits", "value P", "value R", "value F1", "value+unit hits", "value+unit F1"], ...rows]));
}

if (values.mistakes) console.log("");
console.log(output.join("\n"));
