/**
 * A chart that redraws at its container's width, as Framework's `resize` does, for components
 * that pages call without a width: `${story.chart("troops")}`. Given a width, it draws once.
 */
/** The width the build draws a page's charts at, for its static first screen. */
export const STATIC_WIDTH = 960;

export function responsive(render: (width: number) => Element, { width, document = globalThis.document }: { width?: number; document?: Document } = {}): Element {
  if (width !== undefined) return render(width);
  const holder = document.createElement("div");
  holder.className = "responsive";
  let drawn = 0;
  const draw = (w: number) => {
    const rounded = Math.floor(w);
    if (!rounded || rounded === drawn) return;
    drawn = rounded;
    holder.replaceChildren(render(rounded));
  };
  // In a page, at the width it is given once placed; in the build's static render, at a desktop
  // column's width (the page's CSS scales that copy to fit until the live chart is drawn).
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(([entry]) => draw(entry.contentRect.width)).observe(holder);
  else draw(STATIC_WIDTH);
  return holder;
}
