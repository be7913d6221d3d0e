/**
 * Levels versus changes: "climbed 18 percent", "fell by 2,300", "down 4 points" and "a 4%
 * rise" are changes; "rose to 4,300" and "down from 34,000" are levels.
 */
import type { Change } from "../schemas.js";

// Bare forms after "will", "would", "to": "will rise 2.5 percent".
const UP = "rise|climb|jump|grow|increase|surge|soar|rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|grew|grown|grows|growing|increased|increases|increasing|surged|soared|rallied|advanced|gained|gains|up|higher";
const DOWN = "fall|drop|decline|decrease|sink|shrink|dip|slump|fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreases|slid|slipped|sank|tumbled|plunged|plummeted|shrank|shrunk|dipped|slumped|eased|lost|down|lower";
/** Verbs that count what they act on: "cut 3,000 jobs" counts jobs, it is not a change in a level. */
const COUNTING = /^(?:gained|gains|lost|added|cut)$/i;

const VERB_BEFORE = new RegExp(`\\b(${UP}|${DOWN})\\s+(?:by\\s+)?$`, "i");
/** "cut Norvalian output by 1.5 million barrels", "raised prices by 10 to 15 percent". */
const OBJECT_BY = /\b(cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|slashed|trimmed|raised|raises|raising|boosted|lifted|increased|increases|hiked|grew|expanded)\s+(?:\S+\s+){1,4}?by\s+$/i;
const NOUN_BEFORE = /\b(increase|rise|gain|jump|growth|hike|fall|drop|decline|decrease|cut|loss|reduction|slump|dip)\s+of\s+$/i;
const NOUN_AFTER = /^\s+(increase|rise|gain|jump|hike|growth|climb|surge|fall|drop|decline|decrease|cut|loss|reduction|slump|dip|contraction)\b/i;
const COMPARATIVE_AFTER = /^\s+(more|higher|larger|bigger|greater|less|lower|fewer|smaller|cheaper)\b/i;
const DOWNWARD = new RegExp(`^(?:${DOWN}|fall|drop|decline|decrease|cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|slashed|trimmed|loss|reduction|slump|dip|contraction|less|lower|fewer|smaller|cheaper)$`, "i");

/**
 * Whether a figure is a change: from the words just before it (a verb of change, "up", "down",
 * "an increase of") or after it ("a 4 percent rise", "27 percent less likely").
 */
export function changeOf(before: string, after: string, measure: string): Change | null {
  const relative = measure === "percent" || measure === "percentage point";
  // "falling 33 seats short of a majority": a shortfall, not a change.
  if (/^\s+short\s+of\b/i.test(after)) return null;
  const verb = VERB_BEFORE.exec(before)?.[1];
  if (verb && !(COUNTING.test(verb) && !relative)) return DOWNWARD.test(verb) ? "down" : "up";
  // "cut output by 1.5 million barrels": a verb with its object, then "by" the change.
  const acting = OBJECT_BY.exec(before)?.[1];
  if (acting) return DOWNWARD.test(acting) ? "down" : "up";
  const noun = NOUN_BEFORE.exec(before)?.[1] ?? NOUN_AFTER.exec(after)?.[1] ?? (relative ? COMPARATIVE_AFTER.exec(after)?.[1] : undefined);
  if (noun) return DOWNWARD.test(noun) ? "down" : "up";
  return null;
}
