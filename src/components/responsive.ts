/**
 * The widths the build draws a page's charts at, for its static first screen: a desktop column
 * and a phone's (a chart card's inside on a 390-pixel screen is about 290 pixels wide, so the copy
 * shows its 10-pixel type at 9 or more).
 */
export const STATIC_WIDTH = 960;
export const NARROW_STATIC_WIDTH = 300;
/** Columns up to this wide show the phone's copy (style.css holds the same number). */
export const NARROW_COLUMN = 560;

/**
 * A chart that redraws at its container's width, as Framework's `resize` does, for components
 * that pages call without a width: `${story.chart("troops")}`. Given a width, it draws once.
 */
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
  // column's width and a phone's, and the page's CSS shows the one its column is nearer.
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(([entry]) => draw(entry.contentRect.width)).observe(holder);
  else {
    const copy = (className: string, w: number) => Object.assign(document.createElement("div"), { className }).appendChild(render(w)).parentElement!;
    holder.replaceChildren(copy("static-wide", STATIC_WIDTH), copy("static-narrow", NARROW_STATIC_WIDTH));
  }
  return holder;
}
