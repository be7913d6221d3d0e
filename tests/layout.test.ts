/**
 * The layout follows where code runs: each folder imports only what its README says it may,
 * so browser code never pulls in Node, and the extraction library never depends on the site.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "./support/fixtures.js";

/** Folder → the folders its modules may import at run time, and those it may take types from. */
const RULES: { folder: string; imports: string[]; types?: string[] }[] = [
  { folder: "src/shared", imports: ["src/shared"] },
  { folder: "src/charts", imports: ["src/charts", "src/shared"], types: ["loaders/schemas.ts"] },
  { folder: "src/components", imports: ["src/components", "src/charts", "src/shared"], types: ["loaders/schemas.ts"] },
  { folder: "src/data", imports: [] },
  // Pages (src/*.md and their folders): what runs in the browser.
  { folder: "src", imports: ["src/components", "src/charts", "src/shared", "src/data"], types: ["loaders/schemas.ts"] },
  { folder: "loaders", imports: ["loaders", "src/shared"] },
  // The post-build step renders pages' components in Node for their static first screen.
  { folder: "publish", imports: ["publish", "loaders", "src/shared", "src/charts", "src/components"] },
];

const IMPORT = /(?:^|\n)\s*(import\s+type\b|import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|mjs|js|md)$/.test(f) && !f.includes(".observablehq") && !f.endsWith("README.md"))
    .map((f) => join(dir, f));
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

describe("the layout", () => {
  const files = ["loaders", "publish", "src"].flatMap(sources);

  it("has every module under a rule", () => {
    for (const file of files) expect(RULES.some((r) => within(file, r.folder)), file).toBe(true);
  });

  it("keeps each folder's imports to what its README allows", () => {
    const offences: string[] = [];
    for (const file of files) {
      const rule = RULES.find((r) => within(file, r.folder))!;
      for (const m of readFileSync(join(ROOT, file), "utf8").matchAll(IMPORT)) {
        const specifier = m[2] ?? m[3];
        if (specifier.startsWith("npm:")) offences.push(`${file}: ${specifier} needs the CDN`);
        if (!specifier.startsWith(".")) continue;
        const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.js$/, ".ts");
        const allowed = m[1] === "import type" ? [...rule.imports, ...(rule.types ?? [])] : rule.imports;
        if (!allowed.some((folder) => within(target, folder))) offences.push(`${file}: ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("opens every folder of code with a README saying what it holds and may import", () => {
    // Pages' folders and the data loaders' subfolders are the site's addresses, not modules.
    const folders = new Set(files.map((f) => dirname(f)).filter((d) => !/^src$|^src\/(articles|embed|data\/)/.test(d)));
    for (const folder of folders) expect(readFileSync(join(ROOT, folder, "README.md"), "utf8"), folder).toMatch(/may import/i);
  });
});
