/**
 * Adversarial text takes time linear in its length: no regular expression backtracks
 * catastrophically and no step compares everything with everything. Each input is timed at
 * two sizes, ten times apart; linear work takes about ten times as long, quadratic a hundred.
 * The bound is loose on purpose: this guards the shape of the cost, not its speed.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../loaders/extract.js";
import { articleOf } from "./support/fixtures.js";

const MAX_RATIO = 30;

function secondsFor(unit: string, size: number): number {
  const body = `${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)} end.`;
  const start = performance.now();
  extractArticle(articleOf(body));
  return (performance.now() - start) / 1000;
}

describe("linear time on adversarial text", () => {
  // The inputs at 100 KB and 1 MB; the slowest patterns (a date per eight characters,
  // punctuation runs that wink-nlp tokenizes slowly) at 30 KB and 300 KB to keep the suite short.
  it.each([
    ["a run of digits", "1", 100_000],
    ["a run of commas", ",", 100_000],
    ["a run of dots", ".", 100_000],
    ['"U.S." repeated', "U.S. ", 100_000],
    ["nested quotation marks", "“‘\"'", 100_000],
    ["digits between commas", "1,2", 30_000],
    ["a date every eight characters", "Aug. 1, ", 30_000],
    ["ranges", "5,000 to 10,000 ", 30_000],
    ["a run of hyphens", "-", 30_000],
    ["a run of exclamation marks", "!", 30_000],
  ])("%s", (_, unit, size) => {
    secondsFor(unit, 1_000); // warm-up, so the small size is not charged for compiling
    const small = secondsFor(unit, size);
    const large = secondsFor(unit, size * 10);
    expect(large / Math.max(small, 0.01)).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
