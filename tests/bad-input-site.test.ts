/**
 * The bad-input matrix through the site's tools: `npm run export`, and the prepare step every
 * article page reads from, as a build runs it (one line, exit 1) and as `npm run dev` runs it
 * (the line as {"error"} for the page to show). The 10 MB case is left to the extract matrix:
 * it would take a minute per tool here and exercises the same extraction.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inputCases, type InputCase } from "./support/badInputs.js";
import { runTypeScript } from "./support/cli.js";
import { copyProject } from "./support/site.js";
import { ROOT } from "./support/fixtures.js";
import { slugOf } from "../loaders/input/article.js";

const work = mkdtempSync(join(tmpdir(), "bad-input-site-"));
const project = copyProject();
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

const cases = inputCases.filter((c) => c.file.endsWith(".md") && c.content !== null && c.name !== "a 10 MB article");

/** Puts the case's article (and annotations) into `root`'s data folder. */
function place(input: InputCase, root: string): void {
  mkdirSync(join(root, "data", "articles"), { recursive: true });
  writeFileSync(join(root, "data", "articles", input.file), input.content!());
  if (input.annotations !== undefined) {
    mkdirSync(join(root, "data", "annotations"), { recursive: true });
    writeFileSync(join(root, "data", "annotations", `${slugOf(input.file)}.yaml`), input.annotations);
  }
}

const oneLine = (stderr: string, pattern: RegExp | null) => expect(stderr.split("\n")).toEqual(pattern ? [expect.stringMatching(pattern), ""] : [""]);

describe("bad input in npm run export", { timeout: 120_000 }, () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, input) => {
    const root = join(work, slugOf(input.file));
    place(input, root);
    const { code, stderr } = runTypeScript(join(ROOT, "publish", "cli", "export.ts"), ["--out", "out"], { cwd: root, timeoutMs: 100_000 });
    expect(stderr).not.toContain("    at ");
    oneLine(stderr, input.stderr);
    expect(code).toBe(input.exitCode);
    expect(existsSync(join(root, "out"))).toBe(input.exitCode === 0);
  });
});

describe("bad input in the site's prepare step", { timeout: 120_000 }, () => {
  const prepare = (preview: boolean) =>
    runTypeScript(join(project, "publish", "cli", "prepare.ts"), preview ? ["--preview"] : [], { cwd: project, timeoutMs: 100_000 });
  const storyOf = (input: InputCase) => JSON.parse(readFileSync(join(project, "src", "data", "articles", slugOf(input.file), "story.json"), "utf8"));
  const remove = (input: InputCase) => rmSync(join(project, "data", "articles", input.file), { force: true });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, input) => {
    place(input, project);
    try {
      const preview = prepare(true);
      expect(preview.stderr).not.toContain("    at ");
      const shown = storyOf(input);
      if (input.exitCode === 0) {
        expect(shown.article.slug).toBe(slugOf(input.file));
        for (const text of input.keeps ?? []) expect(shown.article.body).toContain(text);
        oneLine(preview.stderr, input.stderr);
      } else {
        expect(shown).toEqual({ error: expect.stringMatching(input.stderr!) });
        expect(preview.stderr).toBe("");
      }
      expect(preview.code).toBe(0);
    } finally {
      remove(input);
    }
  });

  it.each(cases.filter((c) => c.exitCode === 1).slice(0, 4).map((c) => [c.name, c] as const))("stops a build: %s", (_, input) => {
    place(input, project);
    try {
      const build = prepare(false);
      oneLine(build.stderr, input.stderr);
      expect(build.code).toBe(1);
    } finally {
      remove(input);
    }
  });
});
