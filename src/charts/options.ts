/** The options every chart takes: `chart(rows, {width, ...options})`. */
import type { Palette } from "./palette.js";
import type { Furniture } from "./furniture.js";

export interface ChartOptions {
  width?: number;
  height?: number;
  palette?: Palette;
  /** "Source: …" line under the chart. */
  source?: string;
  /** Title, subtitle, legend and caption around the chart; off for exports, which draw their own. */
  furniture?: boolean;
  /** For rendering in Node (build-time SVG, exports). */
  document?: Document;
  /** The chart's words: title, subtitle, note, from the article's plan. */
  frame?: Furniture;
  /** Rows (by id) for a time still to come when the article was published: drawn hollow, as plans and forecasts. */
  upcoming?: number[];
  /** Where a mark links: its sentence. A link in the SVG itself, so a static copy links too. */
  href?: (d: { sentence?: number; article?: string }) => string;
}
