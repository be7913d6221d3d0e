/**
 * Properties of extraction over random and wire-like text (fast-check, fixed seed): it never
 * throws, every span is the body's own words, every date is a real ISO partial date, and
 * every table passes its schema.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractArticle } from "../loaders/extract.js";
import { splitSentences, MAX_SENTENCE_LENGTH } from "../loaders/extraction/sentences.js";
import { ExtractSchema, type Extract } from "../loaders/schemas.js";
import { articleOf } from "./support/fixtures.js";

const RUNS = { seed: 20131011, numRuns: 250 };

/** Thousands separators without Intl, whose output depends on the ICU data installed. */
const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

const wireFragment = fc.oneof(
  fc.constantFrom(
    "U.S.", "U.N.", "Aug. 1", "Oct. 11, 2013", "Friday", "Saturday", "last week", "two years ago", "the end of 2014", "after 2014",
    "April next year", "just over", "about", "nearly", "more than", "up to", "troops", "Americans", "percent", "%", "(", ")", "“", "”",
    '"', "'", "‘", "’", "said", "will", "Mr.", "Gen.", "John Kerry", "Karzai", "NATO-led", "ISAF", "5,000 to 10,000", "2006-2007",
    "the 1990s", "half", "a third", "$", "million", "four-day", "including", "the following year", "currently", "...", "—",
  ),
  fc.integer({ min: 0, max: 10_000_000 }).map(withCommas),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([whole, part]) => `${whole}.${part}`),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
);
const separator = fc.constantFrom(" ", " ", " ", ", ", ". ", "; ", ": ", "\n\n", "-", " — ");
/** Text assembled from the pieces wire copy is made of, in any order. */
const wireText = fc
  .array(fc.tuple(wireFragment, separator), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([fragment, after]) => fragment + after).join(""));

const published = fc
  .tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** An ISO 8601 partial date naming a real day, month or year; checked without the library's own code. */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}

function checkInvariants(extract: Extract): void {
  const { body } = extract.article;
  const t = extract.tables;
  const spans: [string, { start: number; end: number }, string][] = [
    ...t.sentences.map((r) => ["sentences", r, r.text] as [string, typeof r, string]),
    ...t.times.map((r) => ["times", r, r.text] as [string, typeof r, string]),
    ...t.quantities.map((r) => ["quantities", r, r.quote] as [string, typeof r, string]),
    ...t.quotes.map((r) => ["quotes", r, r.text] as [string, typeof r, string]),
    ...t.mentions.map((r) => ["mentions", r, r.text] as [string, typeof r, string]),
  ];
  for (const [table, row, text] of spans) expect(body.slice(row.start, row.end), table).toBe(text);
  for (const row of [...t.troops, ...t.milestones, ...t.issues]) expect(body).toContain(row.quote);
  const dates = [...t.times, ...t.quantities, ...t.troops, ...t.milestones].map((r) => r.date).filter((d) => d !== null);
  for (const date of dates) expect(isCalendarDate(date), date).toBe(true);
  const sentenceIds = new Set(t.sentences.map((s) => s.id));
  for (const rows of [t.times, t.quantities, t.quotes, t.mentions, t.troops, t.milestones, t.issues]) {
    for (const row of rows) expect(sentenceIds.has(row.sentence)).toBe(true);
  }
  expect(ExtractSchema.safeParse(extract).success).toBe(true);
}

/** Extraction of any non-empty body on any publication date keeps every invariant. */
function holdsFor(text: fc.Arbitrary<string>) {
  fc.assert(
    fc.property(text, published, (raw, day) => {
      const article = articleOf(raw, day);
      fc.pre(article.body.length > 0);
      checkInvariants(extractArticle(article));
    }),
    RUNS,
  );
}

describe("extraction properties", () => {
  it("holds on wire-like text: numbers, dates, abbreviations, quotes, ranges", () => holdsFor(wireText));
  it("holds on printable ASCII", () => holdsFor(fc.string({ maxLength: 400 })));
  it("holds on any Unicode graphemes", () => holdsFor(fc.string({ unit: "grapheme", maxLength: 200 })));
  it("holds on any code units, lone surrogates and controls included", () => holdsFor(fc.string({ unit: "binary", maxLength: 200 })));

  it("holds on the seed's own sentences shuffled and joined", () => {
    const pieces = ["Kerry and Karzai will meet again Saturday.", "The force fell from 130,000 troops two years ago to just over 87,200 troops on Aug. 1.",
      '"At no point did the tone veer," the official said.', "The U.S. wants about 8,000 to 12,000 troops after 2014, including 60,000 Americans."];
    holdsFor(fc.shuffledSubarray(pieces, { minLength: 1 }).map((p) => p.join(" ")));
  });

  it("never makes a sentence longer than MAX_SENTENCE_LENGTH, however the text runs on", () => {
    fc.assert(
      fc.property(fc.constantFrom("1,", "-", "U.S. ", "“‘\"'", "Aug. 1, ", "word "), fc.integer({ min: 1, max: 6_000 }), (unit, times) => {
        const sentences = splitSentences(unit.repeat(times).trim() || "x");
        for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      }),
      { ...RUNS, numRuns: 30 },
    );
  });
});
