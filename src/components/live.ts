/**
 * The build puts a static copy of a page's parts in its HTML (publish/staticRender.ts, marked
 * data-static); each live part, once on the page, takes its copy's place. A live part still
 * waiting for its chart (`adopt`) keeps the copy's drawing until its own is ready.
 */
export function live<T extends Node>(node: T, { adopt, ready }: { adopt?: string; ready?: (adopted: boolean) => void } = {}): T {
  if (typeof requestAnimationFrame === "undefined" || !(node instanceof Element)) return node;
  const swap = () => {
    if (!node.isConnected) return void requestAnimationFrame(swap);
    const copy = node.previousElementSibling;
    let adopted = false;
    if (copy?.hasAttribute("data-static")) {
      const [mine, theirs] = adopt ? [node.querySelector(adopt), copy.querySelector(adopt)] : [null, null];
      if (mine && theirs && !mine.hasChildNodes()) {
        mine.replaceChildren(...theirs.childNodes);
        adopted = true;
      }
      copy.remove();
    }
    ready?.(adopted);
  };
  requestAnimationFrame(swap);
  return node;
}

/**
 * Draws a live chart when it is needed: at once if there was no static copy to show, else when
 * the reader reaches for it (pointer, touch, keyboard) or its column is far from the width the
 * copy was drawn at (a phone). Until then the copy, with its links, is the chart.
 */
export function drawWhenNeeded(card: Element, adopted: boolean, draw: () => void, copyWidth: number): void {
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
    if (width && (width < copyWidth * 0.75 || width > copyWidth * 1.4)) once();
  });
  observer.observe(card);
}

/** A module the page needs only for drawing (Plot and its d3), imported once, the first time a chart is drawn live. */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}
