/**
 * A synthetic wire corpus for the bench: articles assembled from passages written for it, with
 * numbers, places and dates drawn from a seeded generator, so every run writes the same files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Random = () => number;

/** mulberry32: a small seeded PRNG; Math.random would make each corpus different. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const thousands = (n: number) => n.toLocaleString("en-US");

const PLACES = ["Lagos", "Manila", "Quito", "Tbilisi", "Dhaka", "Nairobi", "Lima", "Hanoi", "Accra", "Sofia", "Rabat", "Tunis"];
const PEOPLE = ["Maria Okafor", "Daniel Reyes", "Amina Haddad", "Tomas Novak", "Grace Mensah", "Ivan Petrov", "Leila Farouk", "Peter Lindqvist"];
const ROLES = ["the finance minister", "a government spokesman", "the interior minister", "a company spokeswoman", "the mayor", "a senior official"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TOPICS = ["budget", "election", "storm", "court", "company", "match"] as const;
type Topic = (typeof TOPICS)[number];

type Passage = (r: Random) => string;

const OPENINGS: Record<Topic, Passage> = {
  budget: (r) => `${pick(r, PLACES)}'s parliament approved a budget of $${between(r, 2, 90)}.${between(r, 1, 9)} billion on ${pick(r, WEEKDAYS)}, raising spending by ${between(r, 2, 14)} percent after ${between(r, 2, 9)} days of debate.`,
  election: (r) => `Voters in ${pick(r, PLACES)} went to the polls on ${pick(r, WEEKDAYS)} in an election that ${pick(r, PEOPLE)} is expected to win with about ${between(r, 40, 62)} percent of the vote, according to ${between(r, 2, 5)} opinion polls.`,
  storm: (r) => `A storm killed at least ${between(r, 3, 80)} people and left ${thousands(between(r, 2, 90) * 1000)} homes without power in ${pick(r, PLACES)} on ${pick(r, WEEKDAYS)}, ${pick(r, ROLES)} said.`,
  court: (r) => `A court in ${pick(r, PLACES)} sentenced ${between(r, 2, 14)} former officials to up to ${between(r, 3, 20)} years in prison on ${pick(r, WEEKDAYS)} for taking bribes worth more than $${between(r, 2, 40)} million.`,
  company: (r) => `The state oil company in ${pick(r, PLACES)} said on ${pick(r, WEEKDAYS)} that quarterly profit rose ${between(r, 3, 40)} percent to $${between(r, 1, 9)}.${between(r, 1, 9)} billion, and that it would cut ${thousands(between(r, 1, 12) * 500)} jobs by the end of next year.`,
  match: (r) => `${pick(r, PLACES)} beat the defending champions ${between(r, 2, 5)}-${between(r, 0, 1)} on ${pick(r, WEEKDAYS)} in front of ${thousands(between(r, 20, 90) * 1000)} fans, their first win in ${between(r, 3, 12)} years.`,
};

const DETAILS: readonly Passage[] = [
  (r) => `"We have done what we promised," ${pick(r, PEOPLE)} told reporters, adding that about ${between(r, 2, 9)} in 10 people supported the plan.`,
  (r) => `The figure compares with ${thousands(between(r, 100, 900) * 10)} a year earlier and is the highest since ${between(r, 1995, 2009)}.`,
  (r) => `Nearly half of the ${thousands(between(r, 2, 60) * 1000)} residents of the region had been moved to shelters by ${pick(r, WEEKDAYS)} evening.`,
  (r) => `Officials said ${between(r, 2, 30)} schools and ${between(r, 2, 9)} hospitals would stay closed until the end of the month.`,
  (r) => `In ${pick(r, MONTHS)}, the government had forecast growth of ${between(r, 1, 6)}.${between(r, 1, 9)} percent for next year, down from ${between(r, 3, 8)} percent last year.`,
  (r) => `More than ${thousands(between(r, 1, 40) * 100)} police officers were deployed across the capital, ${pick(r, ROLES)} said on ${pick(r, WEEKDAYS)}.`,
  (r) => `The talks, which began in ${pick(r, PLACES)} ${between(r, 2, 6)} weeks ago, are expected to last another ${between(r, 2, 5)} days.`,
  (r) => `Two years ago a similar proposal failed by just ${between(r, 2, 19)} votes, and ${pick(r, PEOPLE)} has said a second defeat would end the coalition.`,
  (r) => `Prices have risen by roughly a third since ${pick(r, MONTHS)} ${between(r, 2010, 2015)}, when the currency lost ${between(r, 10, 45)} percent of its value in ${between(r, 2, 8)} weeks.`,
  (r) => `Up to ${thousands(between(r, 5, 50) * 100)} workers could lose their jobs by the end of ${between(r, 2016, 2022)}, a union leader warned.`,
  (r) => `The ${between(r, 3, 9)}-day hearing will resume on ${pick(r, MONTHS)} ${between(r, 1, 28)}, when ${between(r, 2, 12)} more witnesses are due to testify.`,
  (r) => `About ${between(r, 15, 85)} percent of the ${thousands(between(r, 2, 20) * 1000)} families surveyed said they had cut spending on food, ${pick(r, ROLES)} said.`,
  (r) => `The agency said ${between(r, 2, 9)} aircraft and ${between(r, 12, 140)} trucks were carrying supplies, and that ${thousands(between(r, 10, 90) * 1000)} more tonnes of aid would arrive next week.`,
  (r) => `Shares closed ${between(r, 1, 9)}.${between(r, 1, 9)} percent higher on ${pick(r, WEEKDAYS)}, after falling for ${between(r, 2, 6)} straight sessions.`,
];

const HEADLINES: Record<Topic, Passage> = {
  budget: (r) => `${pick(r, PLACES)} parliament passes budget after long debate`,
  election: (r) => `${pick(r, PLACES)} votes in tight election`,
  storm: (r) => `Storm kills dozens in ${pick(r, PLACES)}`,
  court: (r) => `${pick(r, PLACES)} court jails former officials for bribery`,
  company: (r) => `State oil firm in ${pick(r, PLACES)} to cut jobs as profit rises`,
  match: (r) => `${pick(r, PLACES)} stun champions`,
};

/** One wire-length article (about 2,500–4,000 characters) as a Markdown file's text. */
export function syntheticArticle(random: Random): string {
  const topic = pick(random, TOPICS);
  const published = `${between(random, 2010, 2020)}-${String(between(random, 1, 12)).padStart(2, "0")}-${String(between(random, 1, 28)).padStart(2, "0")}`;
  const paragraphs = [OPENINGS[topic](random), ...Array.from({ length: between(random, 18, 26) }, () => pick(random, DETAILS)(random))];
  return `---\ntitle: ${JSON.stringify(HEADLINES[topic](random))}\npublished: ${published}\nsource: Synthetic Wire\n---\n\n${paragraphs.join("\n\n")}\n`;
}

/** Writes `count` articles into `dir` (created) as 000001.md, 000002.md, … and returns the folder. */
export function writeSyntheticCorpus(dir: string, count: number, seed = 1): string {
  const random = seededRandom(seed);
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) writeFileSync(join(dir, `${String(i).padStart(6, "0")}.md`), syntheticArticle(random));
  return dir;
}
