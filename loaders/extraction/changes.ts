/**
 * Levels versus changes: "climbed 18 percent", "fell by 2,300", "down 4 points" and "a 4%
 * rise" are changes; "rose to 4,300" and "down from 34,000" are levels.
 */
import type { Change } from "../schemas.js";

// Bare forms after "will", "would", "to": "will rise 2.5 percent".
export const UP = "rise|climb|jump|grow|increase|surge|soar|widen|rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|grew|grown|grows|growing|increased|increases|increasing|surged|soared|rallied|advanced|widened|widens|gained|gains|up|higher";
export const DOWN = "fall|drop|decline|decrease|sink|shrink|dip|slump|narrow|fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreases|slid|slipped|sank|tumbled|plunged|plummeted|shrank|shrunk|dipped|slumped|eased|narrowed|narrows|lost|down|lower";
/** Verbs that count what they act on: "cut 3,000 jobs" counts jobs, it is not a change in a level. */
const COUNTING = /^(?:gained|gains|lost|added|cut)$/i;

const VERB_BEFORE = new RegExp(`\\b(${UP}|${DOWN})\\s+(?:by\\s+)?$`, "i");
/** Verbs that change a level they take as object: "cut Norvalian output by …", "to raise council tax by …". */
export const ACTING_VERB = "cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|lowers|lowering|slash|slashed|slashes|trim|trimmed|trims|raise|raised|raises|raising|boost|boosted|boosts|lift|lifted|lifts|increase|increased|increases|hike|hiked|hikes|grew|expand|expanded|expands";
/** "by 1.5 million barrels", "by an average of 52%": the change an acting verb makes. */
export const BY_CHANGE = String.raw`by\s+(?:an?\s+average\s+of\s+)?`;
const OBJECT_BY = new RegExp(String.raw`\b(${ACTING_VERB})\s+(?:\S+\s+){1,4}?${BY_CHANGE}$`, "i");
const NOUN_BEFORE = /\b(increase|rise|gain|jump|growth|hike|fall|drop|decline|decrease|cut|loss|reduction|slump|dip)\s+of\s+$/i;
// "a 4 percent cut in rates", "a 2% rise": the noun, not a verb with its object ("every six months cut levels").
const NOUN_AFTER = /^\s+(increase|rise|gain|jump|hike|growth|climb|surge|fall|drop|decline|decrease|cut|loss|reduction|slump|dip|contraction)\b(?=\s+(?:in|of|to|from|on|for|at|since|over|and|or|than)\b|\s*[,.;:)]|\s*$)/i;
const COMPARATIVE_AFTER = /^\s+(more|higher|larger|bigger|greater|less|lower|fewer|smaller|cheaper)\b/i;
/** "300,000 more than last winter", "about 3,900 fewer than Banks": a difference from a level. */
const DIFFERENCE_AFTER = /^\s+(more|fewer|less)\s+than\b/i;
/** "1.1 degrees Celsius above pre-industrial levels": a difference from a level named after it. */
const ABOVE_LEVEL_AFTER = /^\s+(above|below)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:levels?|average|normal|norm|target|baseline)\b/i;
/** "wiping about £1.2bn off the company's value", "adding £52 a year to the bill". */
const OFF_OR_ONTO = /\b(wip(?:e|es|ed|ing)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|add(?:s|ed|ing)?)\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than)\s+)?$/i;
const DOWNWARD = new RegExp(`^(?:${DOWN}|fall|drop|decline|decrease|cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|lowers|lowering|slash|slashed|slashes|trim|trimmed|trims|loss|reduction|slump|dip|contraction|less|lower|fewer|smaller|cheaper|below|wip[a-z]*|knock[a-z]*|shav[a-z]*)$`, "i");

/**
 * Whether a figure is a change: from the words just before it (a verb of change, "up", "down",
 * "an increase of") or after it ("a 4 percent rise", "27 percent less likely").
 */
export function changeOf(before: string, after: string, measure: string): Change | null {
  const relative = measure === "percent" || measure === "percentage point" || measure === "basis point" || measure === "fraction";
  // "falling 33 seats short of a majority": a shortfall, not a change.
  if (/^\s+short\s+of\b/i.test(after)) return null;
  const verb = VERB_BEFORE.exec(before)?.[1];
  if (verb && !(COUNTING.test(verb) && !relative)) return DOWNWARD.test(verb) ? "down" : "up";
  // "cut output by 1.5 million barrels": a verb with its object, then "by" the change.
  const acting = OBJECT_BY.exec(before)?.[1];
  if (acting) return DOWNWARD.test(acting) ? "down" : "up";
  const noun = NOUN_BEFORE.exec(before)?.[1] ?? NOUN_AFTER.exec(after)?.[1] ?? (relative ? COMPARATIVE_AFTER.exec(after)?.[1] : DIFFERENCE_AFTER.exec(after)?.[1]) ?? ABOVE_LEVEL_AFTER.exec(after)?.[1];
  if (noun) return DOWNWARD.test(noun) ? "down" : "up";
  const moved = OFF_OR_ONTO.exec(before)?.[1];
  if (moved && (/^wip|^knock|^shav/i.test(moved) ? /^\s+off\b/i : /^\s+(?:\S+\s+){0,3}?to\b/i).test(after)) return DOWNWARD.test(moved) ? "down" : "up";
  return null;
}
