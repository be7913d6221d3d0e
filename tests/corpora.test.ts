/**
 * Reading and scoring other people's corpora, on small fixtures we wrote in their formats: TimeML
 * (.tml, TempEval-3 metrics) and the quantulum3 and Recognizers-Text quantity suites. The corpora
 * themselves stay outside the repository; `npm run eval -- --timeml DIR --quantities FILE` reads them.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ROOT } from "./support/fixtures.js";
import { runTypeScript } from "./support/cli.js";
import { parseTimeml, readTimemlFolder, scoreTimeml, timemlMetrics } from "./support/timeml.js";
import { goldMeasure, readQuantityCorpus, scoreQuantityCorpus, quantityCorpusMetrics } from "./support/quantityCorpora.js";

const FIXTURES = join(ROOT, "tests", "fixtures", "corpora");

describe("TimeML documents", () => {
  const [doc] = readTimemlFolder(FIXTURES);

  it("reads the DCT as the publication date and each TIMEX3 at its place in the text, entities decoded", () => {
    expect(doc.published).toBe("2013-10-11");
    expect(doc.timexes.map((t) => [doc.body.slice(t.start, t.end), t.type, t.value])).toEqual([
      ["Thursday", "DATE", "2013-10-10"],
      ["three hours", "DURATION", "PT3H"],
      ["weekly", "SET", "P1W"],
      ["last week", "DATE", "2013-W40"],
      ["the first quarter of 2014", "DATE", "2014-Q1"],
      ["now", "DATE", "PRESENT_REF"],
    ]);
    expect(doc.body).toContain("three hours & agreed");
  });

  it("writes a gold week with ISO 8601's two digits, and a decade as TimeML's guidelines do", () => {
    const week = parseTimeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-02-16"/></DCT><TEXT>Sales fell <TIMEX3 tid="t1" type="DATE" value="2000-W7">this week</TIMEX3>.</TEXT></TimeML>', "weeks");
    expect(week.timexes.map((t) => t.value)).toEqual(["2000-W07"]);
    const decade = parseTimeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-02-16"/></DCT><TEXT>Prices rose in <TIMEX3 tid="t1" type="DATE" value="197X">the 1970s</TIMEX3>, not in <TIMEX3 tid="t2" type="DATE" value="1975">1975</TIMEX3>.</TEXT></TimeML>', "decades");
    expect(decade.timexes.map((t) => t.value)).toEqual(["197", "1975"]);
    // "199X" for words that name no decade is a year left unknown, kept as written.
    const year = parseTimeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-02-16"/></DCT><TEXT>It began <TIMEX3 tid="t1" type="DATE" value="199X">a few years ago</TIMEX3>.</TEXT></TimeML>', "years");
    expect(year.timexes.map((t) => t.value)).toEqual(["199X"]);
  });

  it("refuses a document without a DCT, in one line naming it", () => {
    expect(() => parseTimeml("<TimeML><TEXT>Monday</TEXT></TimeML>", "broken")).toThrow(/^broken: no DCT/);
  });

  it("scores extents strictly and relaxed, values, types and DATE alone", () => {
    const score = scoreTimeml([doc]);
    const all = timemlMetrics(score.all);
    expect(score.all.gold).toBe(6);
    expect(score.all.relaxed).toBeGreaterThanOrEqual(5);
    expect(all.relaxedF1).toBeGreaterThan(0.8);
    expect(all.valueAccuracy).toBeGreaterThan(0.8);
    expect(score.dateOnly.gold).toBe(4);
    expect(score.mistakes.every((m) => m.startsWith("fixture-0001 "))).toBe(true);
  });
});

describe("quantity test suites", () => {
  it("reads quantulum3's and Recognizers-Text's formats", () => {
    const quantulum = readQuantityCorpus(join(FIXTURES, "quantulum-format.json"));
    const recognizers = readQuantityCorpus(join(FIXTURES, "recognizers-format.json"));
    expect(quantulum[0].figures.map((f) => [f.value, f.measure])).toEqual([[3.2, "kilometre"], [40000000, "GBP"]]);
    // A pound is sterling in a currency spec and a weight in a dimension spec.
    expect(recognizers.map((s) => s.figures[0].measure)).toEqual(["EUR", "pound", "EUR"]);
  });

  it("counts against a one-kind spec only the unfound figures of its kind", () => {
    // "8 percent" and "40 days" are figures, but a currency spec does not annotate them.
    const score = scoreQuantityCorpus(readQuantityCorpus(join(FIXTURES, "recognizers-format.json")));
    expect([score.gold, score.value, score.valueUnit, score.predicted]).toEqual([3, 3, 3, 3]);
  });

  it("names gold units as the contract does", () => {
    expect(["United States dollar", "Kilometer per hour", "dimensionless", "Square meter", "C", "dollar per hour"].map((name) => goldMeasure(name))).toEqual([
      "USD", "kilometre per hour", "count", "square metre", "degree Celsius", "USD per hour",
    ]);
  });

  it("takes the same unit by another name, a fraction for dimensionless, and a rate's currency against a currency spec as the right measure", () => {
    const gold = (value: number, unit: string, surface: string, money = false) => ({ value, unit, surface, measure: goldMeasure(unit, money) });
    const score = scoreQuantityCorpus([
      { text: "Each vial holds 20 ml of vaccine.", figures: [gold(20, "cubic centimetre", "20 ml")] },
      { text: "Two thirds of the vote went to Vale.", figures: [gold(0.6667, "dimensionless", "Two thirds")] },
      { text: "Orlan shares closed at $4.20 a share.", kind: "currency", figures: [gold(4.2, "United States dollar", "$4.20", true)] },
      // Not the same unit: a litre is a thousand millilitres.
      { text: "Each bottle holds 20 ml of water.", figures: [gold(20, "litre", "20 ml")] },
    ]);
    expect([score.gold, score.value, score.valueUnit]).toEqual([4, 4, 3]);
    expect(score.mistakes).toEqual([expect.stringMatching(/^#4 measure: "20 ml": millilitre ≠ litre$/)]);
  });

  it("matches a range by either end or, as quantulum3 writes ranges, its middle, and checks the measure", () => {
    const score = scoreQuantityCorpus(readQuantityCorpus(join(FIXTURES, "quantulum-format.json")));
    expect(score.gold).toBe(6);
    expect(score.value).toBe(6);
    expect(score.valueUnit).toBe(6);
    // "10-15 cm" found by both its ends counts as two figures; "3 to 4 km" found by its middle as one.
    expect(score.predicted).toBe(6);
    expect(quantityCorpusMetrics(score).valueF1).toBe(1);
  });
});

describe("npm run eval on corpora", { timeout: 60_000 }, () => {
  it("prints the public corpora beside our own sets", () => {
    const { code, stdout, stderr } = runTypeScript(join(ROOT, "tests", "eval.ts"), ["--timeml", FIXTURES, "--quantities", join(FIXTURES, "recognizers-format.json"), "dev.yaml"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^dev\.yaml\s/m);
    expect(stdout).toMatch(/\(1 docs\)\s+all\s+6\s/);
    expect(stdout).toMatch(/\(1 docs\)\s+DATE\s+4\s/);
    expect(stdout).toMatch(/recognizers-format\.json \(3 sentences\)\s+3\s/);
  });
});
