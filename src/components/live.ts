/**
 * The build puts a static copy of a page's parts in its HTML (publish/staticRender.ts, marked
 * data-static); each live part, once on the page, takes its copy's place. A live part still
 * waiting for its chart (`adopt`) keeps the copy's drawing until its own is ready.
 */
import { NARROW_COLUMN, NARROW_STATIC_WIDTH, STATIC_WIDTH } from "./responsive.js";

export function live<T extends Node>(node: T, { adopt, ready }: { adopt?: string; ready?: (adopted: boolean) => void } = {}): T {
  if (typeof requestAnimationFrame === "undefined" || !(node instanceof Element)) return node;
  // Hidden beside its copy (style.css) until the swap, so no frame shows both.
  node.setAttribute("data-live-pending", "");
  const swap = () => {
    if (!node.isConnected) return void requestAnimationFrame(swap);
    node.removeAttribute("data-live-pending");
    const copy = node.previousElementSibling;
    const own = copy?.hasAttribute("data-static") ? copy : null;
    // A chart inside a live part ("story.charts()") finds its copy inside that part's copy.
    const key = node.getAttribute("data-chart");
    const twin = own ?? (key ? node.ownerDocument.querySelector(`[data-static] [data-chart="${CSS.escape(key)}"]`) : null);
    let adopted = false;
    const [mine, theirs] = adopt && twin ? [node.querySelector(adopt), twin.querySelector(adopt)] : [null, null];
    if (mine && theirs && !mine.hasChildNodes()) {
      mine.replaceChildren(...theirs.childNodes);
      adopted = true;
    }
    own?.remove();
    ready?.(adopted);
  };
  requestAnimationFrame(swap);
  return node;
}

/**
 * Draws a live chart when it is needed: at once if there was no static copy to show, else when
 * the reader reaches for it (pointer, touch, keyboard) or its column is too far from the width the
 * copy it shows was drawn at to stretch it there. Until then the copy, with its links, is the chart.
 */
export function drawWhenNeeded(card: Element, adopted: boolean, draw: () => void): void {
  if (!adopted) return draw();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    draw();
  };
  for (const event of ["pointerenter", "focusin", "touchstart"]) card.addEventListener(event, once, { once: true, passive: true });
  const observer = new ResizeObserver(([entry]) => {
    const width = entry.contentRect.width;
    const copyWidth = width <= NARROW_COLUMN ? NARROW_STATIC_WIDTH : STATIC_WIDTH;
    // The copy stretches to its column (style.css): shrunk below 0.85 its type would be under 9
    // pixels; beyond 1.4 its type would be too large.
    if (width && (width < copyWidth * 0.85 || width > copyWidth * 1.4)) once();
  });
  observer.observe(card);
}

/** A module the page needs only for drawing (Plot and its d3), imported once, the first time a chart is drawn live. */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}
