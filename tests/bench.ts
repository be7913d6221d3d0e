/**
 * npm run bench: the time to extract one article, after warm-up, on one core.
 * Reports medians, and each stage's share, with the machine it ran on.
 */
import { cpus } from "node:os";
import { extractArticle } from "../loaders/extract.js";
import { readArticle, readAnnotations, annotationPathFor } from "../loaders/files.js";
import { splitSentences } from "../loaders/sentences.js";
import { extractTimes } from "../loaders/times.js";
import { extractQuantities } from "../loaders/quantities.js";
import { extractEntities } from "../loaders/entities.js";
import { SEED } from "./support/fixtures.js";
import { loadPassages, passageFiles } from "./support/passages.js";
import { articleOf } from "./support/fixtures.js";

const RUNS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => unknown, runs = RUNS): number {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const article = readArticle(SEED);
const annotations = readAnnotations(annotationPathFor(SEED, article.slug), article);
const sentences = splitSentences(article.body);
const times = extractTimes(sentences, article.published);

const whole = time(() => extractArticle(article, annotations));
const stages = {
  sentences: time(() => splitSentences(article.body)),
  times: time(() => extractTimes(sentences, article.published)),
  quantities: time(() => extractQuantities(sentences, times, article.published)),
  entities: time(() => extractEntities(sentences)),
};

const passages = passageFiles().flatMap(loadPassages).map((p) => articleOf(p.text, p.published));
const perPassage = time(() => passages.forEach((p) => extractArticle(p)), 20) / passages.length;

console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}`);
console.log(`seed article (${article.body.length} characters, ${sentences.length} sentences): median ${whole.toFixed(2)} ms per extraction over ${RUNS} runs after warm-up`);
for (const [stage, ms] of Object.entries(stages)) console.log(`  ${stage.padEnd(11)} ${ms.toFixed(2)} ms (${((ms / whole) * 100).toFixed(0)}%)`);
console.log(`wire passages (${passages.length}): median ${perPassage.toFixed(2)} ms per passage`);
console.log(`budget 10 ms per article: ${whole <= 10 ? "within" : "OVER"} (${(whole / 10).toFixed(2)} of budget)`);
