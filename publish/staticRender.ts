/**
 * Static-first pages: after the build, each page that loads a story (loadStory) or the archive
 * (loadArchive) gets the first screen its calls show, rendered in Node by the same components,
 * placed where Framework will put each live part. A reader sees the headline, figures, charts and
 * tables with the first paint, and without JavaScript; the page's script replaces each static part
 * with its live one (data-static) as it runs.
 */
import { JSDOM } from "jsdom";
import type { Story } from "../src/components/story.js";
import type { ArchiveIndex } from "./archive.js";
import { xmlSafe } from "../src/shared/escape.js";

/** The `${…}` expressions of a page's Markdown, in order, outside front matter and code blocks. */
export function inlineExpressions(markdown: string): string[] {
  const text = markdown.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/^```[\s\S]*?^```/gm, "");
  const found: string[] = [];
  for (let i = text.indexOf("${"); i >= 0; i = text.indexOf("${", i)) {
    let depth = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) break;
    }
    found.push(text.slice(i + 2, j));
    i = j;
  }
  return found;
}

const PLACEHOLDER = /<observablehq-loading><\/observablehq-loading><!--:[0-9a-f]+:-->/g;
const CALL = /^\s*(story|archive)\.(\w+)\(([\s\S]*)\)\s*$/;

/** What a page loads: `const story = loadStory(await FileAttachment(…).json(), {options})`. */
export function loaderOptions(markdown: string, loader: "loadStory" | "loadArchive"): Record<string, unknown> | null {
  const call = new RegExp(`${loader}\\(await FileAttachment\\([^)]*\\)\\.json\\(\\)(?:,\\s*(\\{[^}]*\\}))?\\)`).exec(markdown);
  if (!call) return null;
  // The page's own options literal, as the editor wrote it.
  return call[1] ? (Function(`return (${call[1]})`)() as Record<string, unknown>) : {};
}

export interface StaticData {
  story?: Story;
  archive?: ArchiveIndex;
}

/**
 * The page's HTML with a static copy of each part its story or archive calls show. A page whose
 * expressions and placeholders do not line up one for one is left as it is.
 */
export async function renderStatic(html: string, markdown: string, data: StaticData): Promise<string> {
  const expressions = inlineExpressions(markdown);
  const placeholders = html.match(PLACEHOLDER) ?? [];
  if (expressions.length !== placeholders.length || !expressions.some((e) => CALL.test(e))) return html;
  const { window } = new JSDOM("<!doctype html><html><body></body></html>");
  // htl builds its templates in the global document, and tests values against the DOM's classes.
  const globals = globalThis as unknown as Record<string, unknown>;
  const names = ["window", "document", "Node", "NodeList", "HTMLCollection", "Element", "HTMLElement", "SVGElement", "DocumentFragment", "Text", "Comment", "NodeFilter"];
  const saved = Object.fromEntries(names.map((name) => [name, globals[name]]));
  Object.assign(globals, Object.fromEntries(names.map((name) => [name, name === "window" ? window : (window as unknown as Record<string, unknown>)[name]])));
  try {
    const { loadStory } = await import("../src/components/story.js");
    const { loadArchive } = await import("../src/components/archive.js");
    const { renderChart } = await import("../src/charts/registry.js");
    const { storyChart } = await import("../src/charts/storyChart.js");
    const storyOptions = loaderOptions(markdown, "loadStory");
    const views: Record<string, Record<string, (...args: unknown[]) => Node> | null> = {
      story: data.story && storyOptions ? (loadStory(data.story, { ...storyOptions, document: window.document, draw: renderChart }) as unknown as Record<string, (...args: unknown[]) => Node>) : null,
      archive: data.archive && loaderOptions(markdown, "loadArchive") ? (loadArchive(data.archive, { draw: { storyChart } }) as unknown as Record<string, (...args: unknown[]) => Node>) : null,
    };
    let index = 0;
    return html.replace(PLACEHOLDER, (placeholder) => {
      const call = CALL.exec(expressions[index++]);
      const view = call ? views[call[1]] : null;
      if (!call || !view || typeof view[call[2]] !== "function") return placeholder;
      const node = view[call[2]](...(Function(`return [${call[3]}]`)() as unknown[]));
      // A part with nothing to show ("failed()" with no failures) still hides its loading placeholder.
      if (!(node instanceof window.Element)) return `<span data-static></span>${placeholder}`;
      node.setAttribute("data-static", "");
      // The DOM keeps control characters in text as given; the file gets what XML allows.
      return `${xmlSafe(node.outerHTML)}${placeholder}`;
    });
  } finally {
    Object.assign(globals, saved);
  }
}
