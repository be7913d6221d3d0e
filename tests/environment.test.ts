/**
 * The same answer everywhere: extract's output is byte-identical whatever the machine's time
 * zone, locale and today's date, and nothing in loaders/ or src/ reads the clock or the locale.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT, SEED } from "./support/fixtures.js";
import { runCli } from "./support/cli.js";

const work = mkdtempSync(join(tmpdir(), "environment-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Articles whose dates sit where a time zone or the clock would show: a new year, a leap day. */
function generatedArticles(): string[] {
  mkdirSync(join(work, "articles"), { recursive: true });
  const articles = {
    "new-year.md":
      "---\ntitle: Talks resume\npublished: 2014-01-01\n---\n\n" +
      "Kerry met Karzai on Tuesday and will meet him again Friday, officials said on Wednesday.\n\n" +
      "About 87,200 troops remained on Dec. 31, down from 130,000 two years ago; 1.5 million people voted last week.\n",
    "leap-day.md":
      "---\ntitle: Leap day\npublished: 2012-02-29\n---\n\n" +
      "The deadline is the end of this month. Talks began Feb. 28 and end by March 1, 2012, after 3,600 troops left in January.\n",
  };
  return Object.entries(articles).map(([name, text]) => {
    const path = join(work, "articles", name);
    writeFileSync(path, text);
    return path;
  });
}

const articles = [SEED, ...generatedArticles()];
const ENVIRONMENTS: Record<string, NodeJS.ProcessEnv> = {
  "TZ=Pacific/Kiritimati (UTC+14)": { TZ: "Pacific/Kiritimati" },
  "TZ=America/Los_Angeles": { TZ: "America/Los_Angeles" },
  "LANG=de_DE.UTF-8": { LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" },
};
const FAKE_CLOCK = ["--import", join(ROOT, "tests", "support", "fakeClock.mjs")];
const TIMEOUT = 90_000;

function extract(article: string, env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): string {
  const { code, stdout, stderr } = runCli("cli/extract.ts", [article], { cwd: work, env: { ...process.env, TZ: "UTC", ...env }, nodeArgs });
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return stdout;
}

describe("the same answer everywhere", () => {
  const baseline = new Map<string, string>();
  beforeAll(() => articles.forEach((article) => baseline.set(article, extract(article))), TIMEOUT);

  it.each(Object.entries(ENVIRONMENTS))("gives byte-identical output under %s", (_, env) => {
    for (const article of articles) expect(extract(article, env), relative(ROOT, article)).toBe(baseline.get(article));
  }, TIMEOUT);

  it("gives byte-identical output with the clock at 2041-01-01", () => {
    const clock = spawnSync(process.execPath, [...FAKE_CLOCK, "--eval", "console.log(new Date().toISOString(), Date.now())"], { encoding: "utf8" });
    expect(clock.stdout).toBe(`2041-01-01T00:00:00.000Z ${Date.UTC(2041, 0, 1)}\n`);
    for (const article of articles) expect(extract(article, {}, FAKE_CLOCK), relative(ROOT, article)).toBe(baseline.get(article));
  }, TIMEOUT);

  it("keeps clock and default-locale calls out of loaders/ and src/", () => {
    const CLOCK = /Date\.now\(|new Date\(\)|performance\.now\(/;
    const LOCALE = /localeCompare\(|toLocale(?:Date|Time)?String\(\)|toLocale(?:Upper|Lower)Case\(|Intl\.\w+\(\)|new Intl\.\w+\(\s*(?:undefined)?\s*[,)]/;
    const offenders: string[] = [];
    for (const dir of ["loaders", "publish", "src"]) {
      for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
        const path = join(entry.parentPath, entry.name);
        // Framework's cache holds third-party bundles, not our code.
        if (!entry.isFile() || !/\.(ts|js|md)$/.test(entry.name) || path.includes(".observablehq")) continue;
        readFileSync(path, "utf8").split("\n").forEach((line, i) => {
          if (CLOCK.test(line) || LOCALE.test(line)) offenders.push(`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
