import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { PNG } from "pngjs";
import { ROOT, SEED } from "./support/fixtures.js";
import { tableNames } from "../loaders/schemas.js";
import { toCsv } from "../src/shared/csv.js";
import { tableColumns } from "../loaders/output/files.js";

const tsx = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;
const work = mkdtempSync(join(tmpdir(), "export-cli-"));
const SLUG = "kerry-karzai-talks-2013-10-11";
// The seed has troops and milestones, and dated figures and times, as every article may.
// The charts the seed's data has the shape for (src/charts/plans.ts).
const CHARTS = ["troops", "milestones"];
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(join(work, "data", "articles"), { recursive: true });
  cpSync(SEED, join(work, "data", "articles", `${SLUG}.md`));
  cpSync(join(ROOT, "data", "annotations"), join(work, "data", "annotations"), { recursive: true });
});

function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", tsx, join(ROOT, "publish", "cli", "export.ts"), ...args], { cwd: work, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
}

/** A tool this machine may lack: skipped with a hint, except under CI=true where it must exist. */
function tool(command: string, install: string): boolean {
  const found = spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
  if (!found && process.env.CI === "true") throw new Error(`CI=true but ${command} is missing: sudo apt-get install -y ${install}`);
  if (!found) console.warn(`skipped: ${command} not found; install it with \`sudo apt-get install -y ${install}\``);
  return found;
}

/** Rows as Python's csv module reads them: an independent RFC 4180 parser. */
function readWithPython(file: string): string[][] {
  const script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f: print(json.dumps(list(csv.reader(f))))";
  const result = spawnSync("python3", ["-c", script, file], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe("npm run export", { timeout: 60_000 }, () => {
  const out = join(work, "exports");

  it("writes every chart as SVG and PNG, every table as CSV and JSON, and a data package", () => {
    const { code, stdout, stderr } = exportCli();
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^exports: 24 files, \d+ KB\n$/);
    expect(filesUnder(out)).toEqual(
      [
        ".written-by-article-dashboard",
        ...[
          "article.json",
          "datapackage.json",
          ...CHARTS.flatMap((c) => [`charts/${c}.svg`, `charts/${c}.png`]),
          ...tableNames.flatMap((t) => [`tables/${t}.csv`, `tables/${t}.json`]),
        ].map((f) => `${SLUG}/${f}`),
      ].sort(),
    );
  });

  it("gives byte-identical files on every run", () => {
    expect(exportCli("--out", "again").code).toBe(0);
    const again = join(work, "again");
    for (const file of filesUnder(out)) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });

  it("refuses to write into a folder it did not create, and leaves it alone", () => {
    mkdirSync(join(work, "mine"));
    writeFileSync(join(work, "mine", "notes.txt"), "keep me");
    const { code, stderr } = exportCli("--out", "mine");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^mine:1: --out: exists and was not written by npm run export; refusing/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(join(work, "mine"))).toEqual(["notes.txt"]);
  });

  it("leaves the previous export whole when a later one fails, and no staging folder behind", () => {
    const before = filesUnder(out).map((f) => readFileSync(join(out, f)));
    const broken = join(work, "data", "articles", "broken.md");
    writeFileSync(broken, "---\ntitle: No date\n---\n\nA body.\n");
    try {
      const { code, stderr } = exportCli();
      expect(code).toBe(1);
      expect(stderr).toMatch(/broken\.md:\d+: published: /);
    } finally {
      rmSync(broken);
    }
    expect(filesUnder(out).map((f) => readFileSync(join(out, f)))).toEqual(before);
    expect(readdirSync(work).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("refuses two articles with the same slug, naming both files", () => {
    const twin = join(work, "data", "articles", `${SLUG.toUpperCase()}.md`);
    cpSync(SEED, twin);
    try {
      const { code, stderr } = exportCli("--out", "twins");
      expect(code).toBe(1);
      expect(stderr).toBe(`data/articles/${SLUG}.md:1: slug: "${SLUG}" is already the slug of data/articles/${SLUG.toUpperCase()}.md; rename one of them\n`);
      expect(existsSync(join(work, "twins"))).toBe(false);
    } finally {
      rmSync(twin);
    }
  });

  it("exports one article with --article, and names the choices for an unknown slug", () => {
    expect(exportCli("--article", SLUG, "--out", "one").code).toBe(0);
    expect(readdirSync(join(work, "one"))).toContain(SLUG);
    const { code, stderr } = exportCli("--article", "nope");
    expect(code).toBe(1);
    expect(stderr).toBe(`data/articles:1: --article: no article with slug "nope" (have: ${SLUG})\n`);
  });
});

describe("exported formats", { timeout: 60_000 }, () => {
  const dir = join(work, "exports", SLUG);
  const size = (svg: string) => {
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    return { width: Number(width), height: Number(height) };
  };

  it("SVG: self-contained, titled and described, sized, with text as text", () => {
    for (const chart of CHARTS) {
      const svg = readFileSync(join(dir, "charts", `${chart}.svg`), "utf8");
      const { width, height } = size(svg);
      expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
      expect(svg).toMatch(/<title>[^<]{10,}<\/title>/);
      expect(svg).toMatch(/<desc>[^<]{40,}<\/desc>/);
      expect(svg).toMatch(/<text[^>]*>Source: Al Jazeera America and Reuters, Oct\. 11, 2013<\/text>/);
      // No stylesheet, font or image from anywhere else.
      expect(svg.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:|@import|@font-face|url\(|<image/);
    }
  });

  it("SVG: renders with rsvg-convert at its own size", () => {
    if (!tool("rsvg-convert", "librsvg2-bin")) return;
    for (const chart of CHARTS) {
      const file = join(dir, "charts", `${chart}.svg`);
      const result = spawnSync("rsvg-convert", ["-f", "png", file]);
      expect(result.status).toBe(0);
      const png = PNG.sync.read(result.stdout);
      expect({ width: png.width, height: png.height }).toEqual(size(readFileSync(file, "utf8")));
    }
  });

  it("PNG: twice the SVG's size, and not blank", () => {
    for (const chart of CHARTS) {
      const png = PNG.sync.read(readFileSync(join(dir, "charts", `${chart}.png`)));
      const { width, height } = size(readFileSync(join(dir, "charts", `${chart}.svg`), "utf8"));
      expect([png.width, png.height]).toEqual([2 * width, 2 * height]);
      let sum = 0;
      let squares = 0;
      const pixels = png.width * png.height;
      for (let i = 0; i < png.data.length; i += 4) {
        const grey = (png.data[i] + png.data[i + 1] + png.data[i + 2]) / 3;
        sum += grey;
        squares += grey * grey;
      }
      const variance = squares / pixels - (sum / pixels) ** 2;
      expect(variance).toBeGreaterThan(200);
    }
  });

  it("CSV: every value of every table round-trips through Python's csv reader", () => {
    for (const table of tableNames) {
      const rows = JSON.parse(readFileSync(join(dir, "tables", `${table}.json`), "utf8")) as Record<string, unknown>[];
      const [header, ...records] = readWithPython(join(dir, "tables", `${table}.csv`));
      expect(header).toEqual(tableColumns(table));
      expect(records).toHaveLength(rows.length);
      records.forEach((record, i) =>
        header.forEach((column, j) => {
          const value = rows[i][column];
          const expected = value === null ? "" : typeof value === "string" ? (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) : typeof value === "number" ? String(value) : JSON.stringify(value);
          expect(record[j], `${table} row ${i + 1} ${column}`).toBe(expected);
        }),
      );
    }
  });

  it("CSV: hostile cells are defused, numbers stay numbers, quoting survives", () => {
    const hostile = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tindented", "\rreturn", 'say "hi", then leave', "two\r\nlines", "café – “curly” ✓"];
    const rows = hostile.map((text, i) => ({ id: i + 1, text, value: -(i + 0.5) }));
    const file = join(work, "hostile.csv");
    writeFileSync(file, toCsv(rows, ["id", "text", "value"]));
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [, ...records] = readWithPython(file);
    expect(records.map((r) => r[1])).toEqual(hostile.map((t) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t)));
    expect(records.map((r) => Number(r[2]))).toEqual(rows.map((r) => r.value));
    expect(records.map((r) => r[0])).toEqual(rows.map((r) => String(r.id)));
  });

  it("datapackage.json describes each file's fields, types and units, and names the article", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    expect(pkg.sources[0].path).toMatch(/^https?:\/\//);
    for (const resource of pkg.resources) {
      expect(existsSync(join(dir, resource.path)), resource.path).toBe(true);
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(tableColumns(resource.name));
    }
    const troops = pkg.resources.find((r: { name: string }) => r.name === "troops");
    expect(troops.schema.fields.find((f: { name: string }) => f.name === "troops")).toMatchObject({ type: "integer", unit: "troops" });
  });
});
