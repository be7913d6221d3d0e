/** A wire story's dateline: where it was filed, and the date it may carry, before the agency's name. */

// "NEW DELHI, Feb 29 (Reuters) -", "KABUL, Afghanistan (AP) —", "MANILA (Reuters) -".
const DATELINE = /^\s*(\p{Lu}[\p{L} .'-]{1,40}?)(?:,[^()\n]{1,40})?\s+\((?:Reuters|AP|AFP|Xinhua|Bloomberg|UPI|dpa|PTI)\)/u;

/** The place a text's dateline names, and where its agency's name starts; null without one. */
export function datelineOf(text: string): { place: string; agencyAt: number } | null {
  const m = DATELINE.exec(text);
  return m ? { place: m[1], agencyAt: m.index + m[0].lastIndexOf("(") } : null;
}
