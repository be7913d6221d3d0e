/** The options every chart takes: `chart(rows, {width, ...options})`. */
import type { Palette } from "./palette.js";

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
}
