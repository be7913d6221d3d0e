/**
 * npm run new-page -- <slug> [--out src/stories/<slug>.md] [--force]
 * Writes a story page for an article: the article loaded once, its header and key figures, each
 * chart its data has the shape for, and placeholder paragraphs for the editor to replace. Refuses
 * to overwrite a page without --force. Errors: one line on stderr, exit 1.
 */
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { errorLine } from "../../loaders/cli/errorLine.js";
import { ARTICLES_PATH, articleWithSlug } from "../../loaders/input/files.js";
import { writeFileAtomically } from "../../loaders/output/files.js";
import { articleFolder } from "../../src/shared/addresses.js";
import { readStory } from "../story.js";
import { STORY_FILE } from "../site.js";

const USAGE = "usage: npm run new-page -- <slug> [--out src/stories/<slug>.md] [--force]";

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML, and safe for any text. */
const yamlString = (value: string) => JSON.stringify(value);

/** The page's Markdown: prose and layout, one call per part, the slug written once. */
function storyPage(slug: string, { title, charts, tables }: { title: string; charts: { name: string; title: string }[]; tables: string[] }, out: string): string {
  const root = relative(join(out, ".."), "src").replace(/\\/g, "/") || ".";
  const chartParts = charts.flatMap(({ name, title: chartTitle }) => [
    `<div>\${story.chart(${JSON.stringify(name)})}</div>`,
    "",
    `Say what “${chartTitle}” shows and what the reader should notice. (Replace this paragraph.)`,
    "",
  ]);
  return [
    "---",
    `title: ${yamlString(title)}`,
    "---",
    "",
    "```js",
    `import {loadStory} from "${root}/components/story.js";`,
    "",
    `const story = loadStory(await FileAttachment("${root}/${articleFolder(slug)}/${STORY_FILE}").json(), {root: "${root}/"});`,
    "```",
    "",
    "<div>${story.header()}</div>",
    "",
    "Write the opening here: what happened, and why these figures matter. (Replace this paragraph.)",
    "",
    "<div>${story.keyFigures()}</div>",
    "",
    ...chartParts,
    ...(tables.includes("issues") ? ["## The sticking points", "", "<div>${story.table(\"issues\")}</div>", ""] : []),
    "## Who and what is named",
    "",
    "<div>${story.table(\"entities\")}</div>",
    "",
    "## Downloads",
    "",
    "<div>${story.downloads()}</div>",
    "",
  ].join("\n");
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: "string" }, force: { type: "boolean", default: false } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [slug, ...extra] = parsed.positionals;
  if (!slug || extra.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const out = parsed.values.out ?? join("src", "stories", `${slug}.md`);
  try {
    const story = readStory(articleWithSlug(slug, "slug"));
    const page = storyPage(slug, { title: story.article.title, charts: story.charts.map((c) => ({ name: c.name, title: c.furniture.title })), tables: Object.keys(story.tables).filter((name) => story.tables[name as keyof typeof story.tables].length) }, out);
    writeFileAtomically(out, page, { overwrite: parsed.values.force });
    process.stdout.write(`${out}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${errorLine(error, ARTICLES_PATH, "new-page")}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
