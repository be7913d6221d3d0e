/**
 * Colours from the Okabe–Ito colour-blind-safe set. On the page they are CSS variables
 * (style.css sets light and dark values); exports, which must render anywhere, get the
 * light values themselves.
 */
import { MILESTONE_CATEGORIES, type MilestoneCategory } from "../shared/categories.js";

export interface Palette {
  forces: [string, string];
  categories: Record<MilestoneCategory, string>;
  foreground: string;
  muted: string;
  faint: string;
  background: string;
}

export const pagePalette: Palette = {
  forces: ["var(--color-force-1)", "var(--color-force-2)"],
  categories: {
    military: "var(--color-military)",
    diplomacy: "var(--color-diplomacy)",
    politics: "var(--color-politics)",
    deadline: "var(--color-deadline)",
    other: "var(--color-other)",
  },
  foreground: "currentColor",
  muted: "var(--theme-foreground-muted)",
  faint: "var(--theme-foreground-faint)",
  background: "var(--theme-background)",
};

export const printPalette: Palette = {
  forces: ["#0072B2", "#D55E00"],
  categories: { military: "#D55E00", diplomacy: "#0072B2", politics: "#A8527F", deadline: "#007A5A", other: "#666666" },
  foreground: "#1b1e23",
  muted: "#5f6368",
  faint: "#b0b3b8",
  background: "#ffffff",
};

/** The same colours for a dark background: the adaptive preview swaps to these. */
export const printDarkPalette: Palette = {
  forces: ["#56B4E9", "#E69F00"],
  categories: { military: "#E69F00", diplomacy: "#56B4E9", politics: "#CC79A7", deadline: "#009E73", other: "#A0A0A0" },
  foreground: "#e6e6e6",
  muted: "#a6a6a6",
  faint: "#555555",
  background: "#161616",
};

/** An export's key to the kinds of event its rows have, in legend order; none for one kind, as on the page. */
export function categoryLegend(rows: { category: string }[]): { label: string; color: string }[] {
  const used = MILESTONE_CATEGORIES.filter((c) => rows.some((r) => r.category === c));
  return used.length > 1 ? used.map((c) => ({ label: c, color: printPalette.categories[c] })) : [];
}
