/**
 * The article body with its quantities, times and entities marked, the resolved value shown
 * on hover or focus, and every sentence an anchor (#s12) that other pages link to.
 */
import type { Extract } from "../../loaders/schemas.js";
import { qualified } from "../shared/format.js";
import { html } from "htl";
import { apDate } from "../shared/dates.js";

type Kind = "quantity" | "time" | "entity";

interface Span {
  start: number;
  end: number;
  kind: Kind;
  tip: string;
  first?: boolean;
}

function spansOf({ tables }: Extract): Span[] {
  const entities = new Map(tables.entities.map((e) => [e.id, e]));
  return [
    ...tables.quantities.map((q) => ({
      start: q.start,
      end: q.end,
      kind: "quantity" as const,
      tip: `${qualified(q.value, q.qualifier)} ${q.unit} · ${q.date ? `holds for ${apDate(q.date)}` : "a duration"}`,
    })),
    ...tables.times.map((t) => ({
      start: t.start,
      end: t.end,
      kind: "time" as const,
      tip: t.date === null ? `${t.type} · ${t.timex}` : `${t.relation === "on" ? "" : `${t.relation} `}${apDate(t.date)}${t.type === "date" ? "" : ` · ${t.timex}`}${t.note ? ` · ${t.note}` : ""}`,
    })),
    ...tables.mentions.map((m, i) => {
      const e = entities.get(m.entity)!;
      const first = !tables.mentions.slice(0, i).some((earlier) => earlier.entity === m.entity);
      return { start: m.start, end: m.end, kind: "entity" as const, tip: `${e.name} · ${e.type}, named ${e.mentions}×`, first };
    }),
  ];
}

/** Nests spans inside the ones that contain them; drops any that cross a boundary. */
function nest(spans: Span[]) {
  type Node = Span & { children: Node[] };
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    while (stack.length && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && span.end > parent.end) continue;
    const node = { ...span, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export function annotatedArticle(extract: Extract, { document = globalThis.document } = {}): HTMLElement {
  const { article, tables } = extract;
  const body = article.body;
  const spans = spansOf(extract);
  const root = document.createElement("div");
  root.className = "annotated-article";

  const render = (parent: Node, from: number, to: number, nodes: ReturnType<typeof nest>) => {
    let at = from;
    for (const node of nodes) {
      if (node.start > at) parent.appendChild(document.createTextNode(body.slice(at, node.start)));
      const mark = document.createElement("mark");
      mark.className = `mark-${node.kind}${node.first ? " first-mention" : ""}`;
      mark.tabIndex = 0;
      mark.dataset.tip = node.tip;
      render(mark, node.start, node.end, node.children);
      const hidden = document.createElement("span");
      hidden.className = "sr-only";
      hidden.textContent = ` (${node.tip})`;
      mark.appendChild(hidden);
      parent.appendChild(mark);
      at = node.end;
    }
    if (to > at) parent.appendChild(document.createTextNode(body.slice(at, to)));
  };

  let paragraph: HTMLParagraphElement | undefined;
  let paragraphNumber = 0;
  tables.sentences.forEach((s, i) => {
    if (s.paragraph !== paragraphNumber) {
      paragraph = root.appendChild(document.createElement("p"));
      paragraphNumber = s.paragraph;
    } else paragraph!.appendChild(document.createTextNode(body.slice(tables.sentences[i - 1].end, s.start)));
    const sentence = paragraph!.appendChild(document.createElement("span"));
    sentence.className = "sentence";
    sentence.id = `s${s.id}`;
    render(sentence, s.start, s.end, nest(spans.filter((x) => x.start >= s.start && x.end <= s.end)));
    const anchor = sentence.appendChild(document.createElement("a"));
    anchor.className = "sentence-anchor";
    anchor.href = `#s${s.id}`;
    anchor.textContent = String(s.id);
    anchor.setAttribute("aria-label", `Link to sentence ${s.id}`);
  });
  return root;
}

/** What the marks in an annotated article mean. */
export function markLegend() {
  return html`<p class="legend" aria-label="Legend">
    <span class="mark-quantity">quantity</span>
    <span class="mark-time">time</span>
    <span class="mark-entity">name</span> (a person, organization or place; underlined after its first mention)
    — hover, tap or tab to a mark to see what it was read as. Each sentence's number links to it.
  </p>`;
}

/** Highlights the sentence named in the address (#s12) and brings it into view. */
export function highlightTarget(root: ParentNode, hash: string): HTMLElement | null {
  for (const old of root.querySelectorAll(".sentence.is-target")) old.classList.remove("is-target");
  const target = /^#s\d+$/.test(hash) ? root.querySelector<HTMLElement>(hash) : null;
  if (target) {
    target.classList.add("is-target");
    target.scrollIntoView({ block: "center" });
  }
  return target;
}
