/** A chart's furniture: title, subtitle, notes and source line, on the page and in exports. */
import type { Article } from "../../loaders/schemas.js";
import { apDate } from "../shared/dates.js";

export interface Furniture {
  title: string;
  subtitle?: string;
  note?: string;
  /** What a troop chart calls a scenario's figures ("“Zero option”"). */
  scenario?: string;
}

/** News agencies a byline credits: their copy is a source; a reporter's name is not. */
const AGENCY = /^(?:Reuters|(?:The\s+)?Associated\s+Press|AP|AFP|Agence\s+France-Presse|Bloomberg(?:\s+News)?|dpa|Xinhua|EFE|PA(?:\s+Media)?|ANSA|Kyodo(?:\s+News)?|Yonhap|UPI|Press\s+Association|Anadolu(?:\s+Agency)?|Al\s+Jazeera)$/i;

/** "Source: Al Jazeera America and Reuters, Oct. 11, 2013": the publication, agencies in the byline, the date. */
export function sourceLine(article: Pick<Article, "source" | "byline" | "published">): string {
  const agencies = (article.byline ?? "").split(/,\s*|\s+and\s+/).map((n) => n.trim()).filter((n) => AGENCY.test(n));
  const names = [article.source, ...agencies].filter((n): n is string => Boolean(n && n.trim()));
  const distinct = names.filter((n, i) => !names.slice(0, i).some((m) => m.includes(n) || n.includes(m)));
  const who = distinct.length > 1 ? `${distinct.slice(0, -1).join(", ")} and ${distinct[distinct.length - 1]}` : (distinct[0] ?? "the article");
  return `Source: ${who}, ${apDate(article.published)}`;
}

/** Plot's title, subtitle and caption options, or none for an export that draws its own. */
export function framing(furniture: Furniture, options: { furniture: boolean; source?: string; document?: Document }) {
  if (!options.furniture) return {};
  const doc = options.document ?? globalThis.document;
  const caption = doc.createElement("span");
  for (const line of [furniture.note, options.source]) {
    if (!line) continue;
    const p = doc.createElement("span");
    p.className = "caption-line";
    p.textContent = line;
    caption.append(p);
  }
  return { title: furniture.title, subtitle: furniture.subtitle, caption };
}
