/** npx tsx tests/score.ts [file.yaml]: the passage scores and every mistake, for working on the extractor. */
import { loadPassages, passageFiles, scorePassages } from "./support/passages.js";

const files = process.argv[2] ? [process.argv[2]] : passageFiles();
for (const file of files) {
  const score = scorePassages(loadPassages(file));
  const f = (n: number) => n.toFixed(3);
  console.log(`${file}: quantity F1 ${f(score.quantity.f1)} (tp ${score.quantity.tp}, fp ${score.quantity.fp}, fn ${score.quantity.fn}), unit ${f(score.quantity.unit)}, date ${f(score.quantity.date)}, qualifier ${f(score.quantity.qualifier)}; time recall ${f(score.time.recall)} (${score.time.found}/${score.time.gold}), resolved ${f(score.time.date)}`);
  for (const m of score.mistakes) console.log(`  ${m.passage} ${m.kind}: ${m.detail}`);
}
