/** Numbers as news writes them: digits with commas, words, scales, fractions. */

const ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, "lakh crore": 1e12, billion: 1e9, trillion: 1e12, k: 1e3, bn: 1e9, mn: 1e6, m: 1e6, tn: 1e12, b: 1e9, t: 1e12 };

/** How much a scale word or suffix multiplies by: "million" → 1e6, "crore" → 1e7, "k" → 1e3. */
export function scaleFactor(scale: string | undefined): number {
  return scale ? (SCALES[scale.trim().replace(/^-/, "").replace(/\s+/g, " ").toLowerCase()] ?? 1) : 1;
}

/** Number words a figure can be written with, as a regex alternation (longest first). */
export const NUMBER_WORD = [
  `(?:${ONES.slice(2, 11).join("|")})\\s+dozen`,
  `(?:${TENS.join("|")})(?:[\\s-](?:${ONES.slice(1, 10).join("|")})\\b)?`,
  ...ONES.slice(10).reverse(),
  ...ONES.slice(0, 10),
  "a dozen|dozen",
].join("|");

/** One to ninety-nine in words. */
const BELOW_HUNDRED = `(?:${TENS.join("|")})(?:[\\s-](?:${ONES.slice(1, 10).join("|")}))?|${ONES.slice(1).reverse().join("|")}`;
const HUNDREDS = `(?:a|${BELOW_HUNDRED})\\s+hundred(?:\\s+(?:and\\s+)?(?:${BELOW_HUNDRED})\\b)?`;
/**
 * Numbers written in several words: "a hundred", "two hundred and fifty", "two thousand five
 * hundred", "a thousand"; "a million" is "a" and its scale.
 */
export const COMPOUND_NUMBER_WORD = [
  `(?:a|${HUNDREDS}|${BELOW_HUNDRED})\\s+thousand(?:,?\\s+(?:and\\s+)?(?:${HUNDREDS}|(?:${BELOW_HUNDRED})\\b))?`,
  HUNDREDS,
  "a(?=\\s+(?:million|billion|trillion)\\b)",
].join("|");

/** "three" → 3, "twenty-five" → 25, "a dozen" → 12, "two dozen" → 24, "two hundred and fifty" → 250; undefined if not a number word. */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  if (/\s(?:hundred|thousand)\b/.test(w)) return compoundValue(w);
  if (w === "a" || w === "an") return 1;
  if (/^(a )?dozen$/.test(w)) return 12;
  const dozens = /^(\w+)\s+dozen$/.exec(w);
  if (dozens) return ONES.indexOf(dozens[1]) >= 2 ? ONES.indexOf(dozens[1]) * 12 : undefined;
  const ones = ONES.indexOf(w);
  if (ones >= 0) return ones;
  const [tens, unit] = w.split(/[\s-]+/);
  const t = TENS.indexOf(tens);
  if (t < 0) return undefined;
  if (unit === undefined) return (t + 2) * 10;
  const u = ONES.indexOf(unit);
  return u > 0 && u < 10 ? (t + 2) * 10 + u : undefined;
}

/** "two thousand five hundred" → 2500: each word adds to the group a scale word then multiplies. */
function compoundValue(words: string): number | undefined {
  let total = 0;
  let group = 0;
  for (const word of words.split(/[\s,]+/)) {
    if (word === "and") continue;
    if (word === "hundred") group = (group || 1) * 100;
    else if (word === "thousand") [total, group] = [total + (group || 1) * 1000, 0];
    else {
      const value = word === "a" ? 1 : numberWordValue(word);
      if (value === undefined) return undefined;
      group += value;
    }
  }
  return total + group;
}

/** "2½", "¾": the fractions Unicode writes as one character. */
const VULGAR_FRACTIONS: Record<string, number> = { "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8 };

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** "3 × 10^8", "2.48×10⁻⁵", "6.6×10−34" (a superscript lost in copying): a number in scientific notation. */
export const SCIENTIFIC = String.raw`\d+(?:\.\d+)?\s?[×x]\s?10(?:\^[-−]?\d+|⁻?[${SUPERSCRIPTS}]+)|\d+(?:\.\d+)?\s?×\s?10[-−]\d+`;
const SCIENTIFIC_PARTS = /^(\d+(?:\.\d+)?)\s?[×x]\s?10\^?([-−⁻]?)([\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/;

/** "87,200" → 87200; "1.5" with "million" → 1500000; "three" with "hundred" → 300; "3 × 10^8" → 300000000. */
export function amountValue(number: string, scale?: string): number {
  const scientific = SCIENTIFIC_PARTS.exec(number);
  if (scientific) {
    const exponent = Number([...scientific[3]].map((d) => (SUPERSCRIPTS.includes(d) ? SUPERSCRIPTS.indexOf(d) : d)).join(""));
    // Twelve significant digits, not four decimals: 2.48×10⁻⁵ is not zero, 6.02×10²³ not 6.0199…e23.
    return Number((Number(scientific[1]) * 10 ** (scientific[2] ? -exponent : exponent) * scaleFactor(scale)).toPrecision(12));
  }
  const vulgar = VULGAR_FRACTIONS[number.slice(-1)];
  const base = vulgar !== undefined ? Number(number.slice(0, -1) || 0) + vulgar : /\d/.test(number) ? Number(number.replace(/[,\s]/g, "")) : numberWordValue(number);
  if (base === undefined || Number.isNaN(base)) throw new Error(`not a number: ${number}`);
  return round(base * scaleFactor(scale));
}

const FRACTION_WORDS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10 };

/** "half" → 0.5, "a third" → 0.3333, "two-thirds" → 0.6667, "three-quarters" → 0.75. */
export function fractionValue(phrase: string): number | undefined {
  const m = /^(?:(a|an|one|two|three|four|five|seven|nine)[\s-])?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)$/i.exec(phrase.trim());
  if (!m) return undefined;
  const numerator = m[1] ? numberWordValue(m[1])! : 1;
  return round(numerator / FRACTION_WORDS[m[2].toLowerCase()]);
}

/** "3/4", "1/8": a fraction as written with a slash, not a month and day. */
export function isProperFraction(numerator: number, denominator: number): boolean {
  return numerator > 0 && numerator < denominator && [2, 3, 4, 5, 8, 10, 16, 32, 64].includes(denominator);
}

/** Four decimals are enough for any figure a story prints, and keep JSON stable. */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
