/**
 * Any text builds: articles of any Unicode (markup, "&", quotes, "]]>", controls, bidi controls,
 * emoji, very long words, huge and tiny numbers) go through extraction, every chart, SVG and PNG
 * export, the embed snippet and page, page metadata and the static render without an error, and
 * every SVG parses as XML and every HTML keeps the text as text. Then one site build with a few
 * such articles.
 */
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { JSDOM, VirtualConsole } from "jsdom";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { storyOf } from "../publish/story.js";
import { chartPng, chartSvg } from "../publish/render.js";
import { embedPage } from "../publish/embedPage.js";
import { metaTags } from "../publish/pageMeta.js";
import { inlineExpressions, renderStatic } from "../publish/staticRender.js";
import { embedSnippet } from "../src/shared/embed.js";
import { xmlSafe } from "../src/shared/escape.js";
import { articleOf, ROOT } from "./support/fixtures.js";
import { buildSite, copyProject } from "./support/site.js";

const HOSTILE = [
  "<b>", "</svg>", "<script>window.ran=1</script>", '<img src=x onerror="window.ran=1">', "&", "&amp;", '"', "'", "]]>", "<!--", "-->", "\f", "\v", "\u0000", "\u0008",
  "\u202e", "\u2066", "\u200f", "\ud800", "\udfff", "🧪", "👩‍👩‍👧", "ﷺ", "עברית", "x".repeat(400), "9".repeat(400), "0.000000001", "1e308", "-0",
];
const WIRE = [
  "Aug. 1", "on Friday", "in 2011", "12,000 people", "4,000 British troops in Basra", "rose 18 percent", "$4.5 billion", "£40m", "between 3,000 and 6,000 residents",
  "Two years later there were 14.", "The death toll reached 312 on Sunday.", "about 32,000 troops", "by the end of 2014", "the third quarter", "90 km/h",
];
const fragment = fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...WIRE), fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 }));
const text = (max: number) => fc.array(fc.tuple(fragment, fc.constantFrom(" ", ", ", ". ", "\n\n", "")), { minLength: 1, maxLength: max }).map((parts) => parts.map(([a, b]) => a + b).join(""));
/** A headline: one line of anything, never empty. */
const title = text(8).map((t) => t.replace(/[\r\n]+/g, " ").trim() || "Headline");

const { DOMParser } = new JSDOM("").window;
const parseXml = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");
const xmlErrors = (svg: string) => parseXml(svg).getElementsByTagName("parsererror").length;
// Pages' inline styles use CSS jsdom cannot parse; its complaints are not ours to read.
const quiet = new VirtualConsole();
const parseHtml = (html: string) => new JSDOM(html, { virtualConsole: quiet }).window.document;
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("any article text", () => {
  it("counts a label's characters as the schema does: four astral characters are four, not eight", () => {
    // fast-check's counterexample: a label left as "𐀀𐀀𐀀𐀀" once its date was taken out.
    expect(() => storyOf({ ...articleOf("<b>\n\n𐀀𐀀𐀀𐀀 Aug. 1 ", "2013-10-11") })).not.toThrow();
  });

  it("goes through extraction, charts, exports, embeds, metadata and the static render", async () => {
    const page = readFileSync(join(ROOT, "src", "articles", "[slug].md"), "utf8");
    const placeholders = inlineExpressions(page).map((_, i) => `<observablehq-loading></observablehq-loading><!--:${i.toString(16).padStart(8, "0")}:-->`);
    let pngs = 0;
    await fc.assert(
      fc.asyncProperty(title, text(40), async (headline, body) => {
        const article = { ...articleOf(body, "2013-10-11"), title: headline, dek: headline, byline: headline, source: headline };
        fc.pre(article.body.length > 0);
        const story = storyOf(article);
        for (const plan of story.charts) {
          const svg = chartSvg(plan, story);
          expect(xmlErrors(svg), plan.name).toBe(0);
          // Rasterising is the slowest step: a few samples show it takes any text.
          if (pngs++ < 12) expect(chartPng(svg).subarray(1, 4).toString()).toBe("PNG");
          const embed = parseHtml(embedPage({ title: plan.furniture.title, description: headline, svg: chartSvg(plan, story, { adaptive: true }), article: "../../articles/x", meta: "" }));
          expect(squash(embed.title)).toBe(squash(xmlSafe(plan.furniture.title)));
          expect(xmlErrors(embed.querySelector("figure")!.innerHTML)).toBe(0);
        }
        const snippet = parseHtml(embedSnippet("https://example.org/embed/x/y", { title: headline, image: "https://example.org/y.png" }));
        expect(snippet.querySelector("iframe")!.getAttribute("title")).toBe(xmlSafe(headline));
        // The iframe, its still image and the sizing script: nothing the title could add.
        expect(snippet.querySelectorAll("*").length).toBe(snippet.querySelectorAll("html, head, body, div, iframe, noscript, style, img, script").length);
        expect(snippet.querySelectorAll("iframe, img, script").length).toBe(3);
        const head = parseHtml(`<html><head>${metaTags({ title: headline, description: headline, image: null }, { page: "articles/x.html" })}</head></html>`);
        expect(head.querySelector('meta[property="og:title"]')!.getAttribute("content")).toBe(xmlSafe(headline));
        const rendered = parseHtml(await renderStatic(`<main>${placeholders.join("\n")}</main>`, page, { story }));
        expect(squash(rendered.querySelector("h1")!.textContent!)).toBe(squash(xmlSafe(headline)));
        expect(rendered.querySelectorAll("main script, main b, main img[onerror]").length).toBe(0);
      }),
      { seed: 20131011, numRuns: 40 },
    );
  }, 120_000);
});

describe("a site with hostile articles", () => {
  const copy = copyProject();
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("builds, and every SVG it wrote parses as XML and every page keeps its headline as text", () => {
    const samples = fc.sample(fc.tuple(title, text(60)), { seed: 7, numRuns: 3 });
    samples.forEach(([headline, body], i) => {
      // Published after the toll's dates: a series draws what was reported, never dates still ahead.
      const front = `---\ntitle: ${JSON.stringify(xmlSafe(headline))}\npublished: 2014-1${i}-15\nsource: "<i>Wire</i> & Co"\n---\n\n`;
      writeFileSync(join(copy, "data", "articles", `hostile-${i}.md`), `${front}${xmlSafe(body).replace(/\n{3,}/g, "\n\n")}\n\nThe death toll reached 312 on Aug. 1, 2014, 400 on Aug. 9, 2014 and 455 on Aug. 20, 2014.\n`);
    });
    const dist = buildSite(copy);
    const files = readdirSync(dist, { recursive: true, encoding: "utf8" });
    const svgs = files.filter((f) => f.endsWith(".svg"));
    // The seed's two charts, and the death toll's in each hostile article.
    expect(svgs.length).toBeGreaterThanOrEqual(2 + samples.length);
    for (const file of svgs) expect(xmlErrors(readFileSync(join(dist, file), "utf8")), file).toBe(0);
    for (let i = 0; i < samples.length; i++) {
      const page = parseHtml(readFileSync(join(dist, "articles", `hostile-${i}.html`), "utf8"));
      expect(squash(page.querySelector("main h1")!.textContent!)).toBe(squash(xmlSafe(samples[i][0])).replace(/^$/, "Headline"));
      expect(page.querySelectorAll("main script, main b, main img[onerror]").length).toBe(0);
    }
  }, 300_000);
});
