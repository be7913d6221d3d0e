/**
 * People, organisations and places, with every mention. Names are runs of capitalised
 * tokens; titles ("Secretary of State", "Gen.") mark people, a country list marks places,
 * name words ("Council", "Department") mark organisations. "John Kerry" then "Kerry" is one person.
 */
import { countries } from "countries-list";
import type { Entity, Mention } from "../schemas.js";
import type { AnalyzedSentence } from "./sentences.js";
import type { Token } from "./nlp.js";

type EntityType = Entity["type"];

const TITLES = new Set(
  ("secretary of state|secretary of defense|defense secretary|foreign minister|prime minister|vice president|president|secretary|minister|" +
    "general|gen.|lt.|col.|maj.|capt.|sgt.|adm.|admiral|sen.|senator|rep.|mr.|mrs.|ms.|dr.|ambassador|gov.|governor|king|queen|prince|" +
    "chairman|spokesman|spokeswoman|commander|lt. gen.|maj. gen.|brig. gen.|lieutenant general|major general|chief|judge|justice|mullah|sheikh|pope|" +
    "mayor|councillor|councilor|chief executive|executive|director|manager|coach|striker|midfielder|defender|goalkeeper|captain|professor|prof.|" +
    "economist|analyst|spokesperson|superintendent|inspector|detective|officer|chancellor|premier|deputy|leader|candidate|chef|author|researcher")
    .split("|"),
);
const DEMONYMS =
  /^(afghan|american|pakistani|iraqi|iranian|british|french|german|russian|chinese|indian|syrian|turkish|saudi|israeli|palestinian|egyptian|libyan|yemeni|somali|nigerian|malaysian|japanese|korean|australian|canadian|italian|spanish|dutch|polish|georgian|uzbek|tajik|kyrgyz|turkmen|kazakh|kuwaiti|qatari|emirati|jordanian|lebanese|u\.s\.|us)$/i;
const ORG_WORDS =
  /^(council|department|ministry|agency|army|forces|party|post|times|news|journal|house|pentagon|congress|senate|parliament|commission|committee|bank|fund|institute|university|corps|command|police|network|union|organization|organisation|association|front|movement|group|brigade|office|service|court|assembly|nations|taliban|qaeda|jazeera|reuters|press|tribune|guardian|telegraph|herald|monitor|company|corp\.|inc\.|navy|marines|administration|cabinet|government|mission|alliance|isaf|nato|united|rovers|athletic|wanderers|rangers|albion|fc|club|systems|partners|holdings|technologies|industries|airlines|motors|energy|labs|capital|bancorp|plc|ltd|llc|board|authority|agency|left|greens|democrats|republicans|labour|labor|conservatives|liberals|socialists)$/i;
const KNOWN_ORGS = new Map(
  [
    ["NATO", "NATO"], ["ISAF", "ISAF"], ["U.N.", "United Nations"], ["UN", "United Nations"], ["United Nations", "United Nations"],
    ["Taliban", "Taliban"], ["Pentagon", "Pentagon"], ["White House", "White House"], ["Congress", "Congress"], ["Reuters", "Reuters"],
    ["EU", "European Union"], ["European Union", "European Union"], ["Kremlin", "Kremlin"], ["al Qaeda", "al Qaeda"], ["al-Qaeda", "al Qaeda"],
    ["Al Jazeera", "Al Jazeera"], ["AP", "Associated Press"], ["Associated Press", "Associated Press"], ["CIA", "CIA"], ["FBI", "FBI"],
  ],
);
/** Names of documents, events and competitions: capitalised, but neither people, organisations nor places. */
const NOT_ENTITY_WORDS = /^(agreement|treaty|act|accord|resolution|election|elections|war|day|plan|pact|law|declaration|conference|summit|operation|strategy|initiative|program|programme|division|league|cup|championship|tournament|season|games|festival)$/i;
const SKIP_SINGLE =
  /^(i|a|the|it|he|she|they|we|you|this|that|these|those|but|and|or|if|so|still|meanwhile|indeed|however|also|while|after|before|when|as|in|on|at|for|by|with|from|failure|their|his|her|its|our|one|another|click|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec|mr|ms|mrs|gen)$/i;

/** Provinces, cities and regions that wire stories from the region name without a country. */
const REGIONS = [
  "Helmand", "Kandahar", "Kunar", "Nangarhar", "Kunduz", "Herat", "Ghazni", "Paktika", "Paktia", "Khost", "Balkh", "Mazar-i-Sharif",
  "Jalalabad", "Bagram", "Wardak", "Logar", "Uruzgan", "Zabul", "Farah", "Badakhshan", "Nuristan", "Panjshir", "Bamiyan", "Faryab",
  "Baghlan", "Parwan", "Kapisa", "Laghman", "Waziristan", "North Waziristan", "South Waziristan", "Peshawar", "Quetta", "Karachi",
  "Lahore", "Rawalpindi", "Anbar", "Falluja", "Fallujah", "Ramadi", "Mosul", "Basra", "Kirkuk", "Tikrit", "Najaf", "Karbala", "Baquba",
  "Diyala", "Sadr City", "Kurdistan", "Tehran", "Middle East", "Persian Gulf", "Gulf", "Europe", "Asia", "Central Asia", "South Asia",
];

const PLACES = placeNames();

function placeNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const country of Object.values(countries)) {
    names.set(country.name, country.name);
    for (const alias of (country as { alias?: string[] }).alias ?? []) names.set(alias, country.name);
    for (const capital of country.capital.split(/,\s*/)) if (capital) names.set(capital.replace(/\s+D\.C\.$/, ""), capital.replace(/\s+D\.C\.$/, ""));
  }
  names.set("U.S.", "United States");
  names.set("U.K.", "United Kingdom");
  names.set("Britain", "United Kingdom");
  names.set("Washington", "Washington");
  names.delete("US");
  names.set("US", "United States");
  for (const region of REGIONS) names.set(region, region);
  return names;
}


interface Span {
  tokens: Token[];
  sentence: AnalyzedSentence;
}

/** Runs of capitalised tokens, with "of" inside ("Secretary of State", "Bank of America"). */
function capitalisedRuns(sentence: AnalyzedSentence): Span[] {
  const runs: Span[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && /^(of|the|and)$/i.test(run[run.length - 1].text)) run.pop();
    if (run.length) runs.push({ tokens: run, sentence });
    run = [];
  };
  sentence.tokens.forEach((t, i) => {
    // "Green Left": a capitalised word the tagger calls a verb still continues a name.
    const capitalised = /^[A-Z]/.test(t.text) && /[a-z]|^[A-Z.]{2,}/.test(t.text) && (!/^(DET|PRON|CCONJ|SCONJ|AUX|PART|ADV|VERB)$/.test(t.pos) || (run.length > 0 && t.pos === "VERB"));
    const sentenceStart = i === 0 || /^["“(]$/.test(sentence.tokens[i - 1]?.text ?? "");
    if (capitalised && !(sentenceStart && t.pos !== "PROPN" && !PLACES.has(t.text))) run.push(t);
    else if (run.length && /^(of|al|bin|de)$/i.test(t.text) && /^[A-Z]/.test(sentence.tokens[i + 1]?.text ?? "")) run.push(t);
    // "Farmers' Voice": a plural's apostrophe inside a name.
    else if (run.length && /^['’]$/.test(t.text) && /s$/.test(run[run.length - 1].text) && /^[A-Z]/.test(sentence.tokens[i + 1]?.text ?? "")) run.push(t);
    else flush();
  });
  flush();
  return runs;
}

interface Found {
  name: string;
  type: EntityType;
  span: Span;
  start: number;
  end: number;
}

function textOf(tokens: Token[], sentence: AnalyzedSentence): string {
  return sentence.text.slice(tokens[0].start - sentence.start, tokens[tokens.length - 1].end - sentence.start);
}

/** Lowercase words that name an organisation after a capitalised name: "the Farmers' Voice party". */
const ORG_AFTER = /^\s+((?:city|county|town|state|district|national|local)\s+)?(party|council|club|group|family|committee|government|company)\b/i;
/** Lowercase words that make a name a place: "the Varne valley", "the Ostrel bridge". */
const PLACE_AFTER = /^\s+(valley|river|bridge|harbor|harbour|port|province|district|county|region|island|islands|mountains|lake|bay|coast|square|street|road|airport|stadium)\b/i;
/** Before a capitalised name, words that put it on a map: "in Riverton", "at Stenbury", "to Pellingham". */
const OPPONENT_BEFORE = /\b(?:(?:at\s+home|away)\s+to|against|beat|beating|beaten\s+by|drew\s+with|draw\s+with|lost\s+to|losing\s+to|defeated|thrashed|hosts?|hosted|face|faces|faced)\s+$/;
/** "in Rohingya refugee camps", "among Kurdish fighters": a people's name, not a place's. */
const PEOPLE_AFTER = /^\s+(?:refugees?|camps?|communit(?:y|ies)|people|families|militants|fighters|rebels|migrants|minority|villagers)\b/i;
const PLACE_BEFORE = /\b(?:in|at|near|to|outside|across|around|towards?|into)\s+(?:the\s+)?$/;
/** "Riverton's council": a possessive that civic nouns follow is a place's. */
const CIVIC_AFTER = /^['’]s\s+(?:city\s+)?(?:council|harbor|harbour|port|mayor|residents|streets|police|airport|downtown|schools|hospitals|economy|government)\b/i;

function classify(span: Span, people: Map<string, string>, orgs: Map<string, string>): Found | null {
  let tokens = span.tokens.map((t) => ({ ...t, text: t.text.replace(/-(led|based|backed)$/, "") }));
  tokens = tokens.map((t) => ({ ...t, end: t.start + t.text.length }));
  let titled = false;
  // Strip "Afghan President", "Secretary of State", "Gen." from the front.
  for (let changed = true; changed && tokens.length > 1; ) {
    changed = false;
    for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) {
      const head = tokens.slice(0, n).map((t) => t.text.toLowerCase()).join(" ").replace(/ \./g, ".");
      if (TITLES.has(head) || (n === 1 && DEMONYMS.test(head) && TITLES.has(tokens[1].text.toLowerCase()))) {
        tokens = tokens.slice(n);
        titled ||= TITLES.has(head);
        changed = true;
        break;
      }
      // "Assam Chief Minister Sarbanda Sonowal", "Texas Governor Greg Abbott": a place's title before a name.
      const placeTitle = tokens.slice(1, n + 1).map((t) => t.text.toLowerCase()).join(" ");
      if (n + 1 < tokens.length - 1 && /^[A-Z][a-z]+$/.test(tokens[0].text) && TITLES.has(placeTitle) && /^[A-Z]/.test(tokens[n].text)) {
        tokens = tokens.slice(n + 1);
        titled = true;
        changed = true;
        break;
      }
    }
  }
  const text = textOf(tokens, span.sentence);
  const found = (name: string, type: EntityType, end = tokens[tokens.length - 1].end): Found => ({ name, type, span, start: tokens[0].start, end });
  const last = tokens[tokens.length - 1].text;
  const sentenceText = span.sentence.text;
  const before = sentenceText.slice(0, tokens[0].start - span.sentence.start);
  const after = sentenceText.slice(tokens[tokens.length - 1].end - span.sentence.start);
  if (tokens.some((t) => NOT_ENTITY_WORDS.test(t.text))) return null;
  if (KNOWN_ORGS.has(text)) return found(KNOWN_ORGS.get(text)!, "organization");
  if (PLACES.has(text)) return found(PLACES.get(text)!, "place");
  if (titled) return found(text, "person");
  // "Ashcombe United" … "United", "the Civic Alliance" … "the Alliance": a short form of a name already met.
  if (orgs.has(text) && !people.has(text)) return found(orgs.get(text)!, "organization");
  // "University of Dunwell", "FC Zwolde", "Harwell Rovers": a name that opens or ends on an organisation's word.
  if (tokens.length > 1 && (ORG_WORDS.test(last) || ORG_WORDS.test(tokens[0].text))) return found(text, "organization");
  const orgAfter = ORG_AFTER.exec(after);
  if (orgAfter && !people.has(text)) return found(`${text}${orgAfter[0].replace(/\s+/g, " ")}`, "organization", tokens[tokens.length - 1].end + orgAfter[0].length);
  const placeAfter = PLACE_AFTER.exec(after);
  if (placeAfter && !people.has(text)) return found(`${text} ${placeAfter[1]}`, "place", tokens[tokens.length - 1].end + placeAfter[0].length);
  // "at home to Pellingham", "beat Corley", "drew with Harwell": a side a team plays is a club, not a place.
  if (!people.has(text) && OPPONENT_BEFORE.test(before)) return found(text, "organization");
  // "the Union", "the Commission": an organisation's word alone, named as one.
  if (tokens.length === 1 && ORG_WORDS.test(text) && /\bthe\s+$/.test(before)) return found(text, "organization");
  if (!people.has(text) && !SKIP_SINGLE.test(text) && !DEMONYMS.test(text) && !tokens.some((t) => ORG_WORDS.test(t.text)) && (CIVIC_AFTER.test(after) || (PLACE_BEFORE.test(before) && tokens.every((t) => t.pos === "PROPN" || /^[A-Z][a-z]+$/.test(t.text)) && !/^\s+(?:said|says|told)\b/.test(after) && !PEOPLE_AFTER.test(after)))) {
    return found(text, "place");
  }
  if (tokens.length === 1) {
    if (people.has(text)) return found(people.get(text)!, "person");
    if (/^[A-Z]{2,5}$/.test(text) || SKIP_SINGLE.test(text) || DEMONYMS.test(text)) return null;
    const next = span.sentence.text.slice(tokens[0].end - span.sentence.start);
    return /^\s+(said|says|told|added)\b/.test(next) ? found(text, "person") : null;
  }
  if (tokens.length <= 4 && tokens.every((t) => t.pos === "PROPN" && /^[A-Z][a-z'-]+\.?$/.test(t.text)) && !DEMONYMS.test(tokens[0].text)) {
    return found(text, "person");
  }
  return null;
}

export interface EntityExtraction {
  entities: Entity[];
  mentions: Mention[];
}

export function extractEntities(sentences: AnalyzedSentence[]): EntityExtraction {
  const people = new Map<string, string>(); // surname → full name
  const orgs = new Map<string, string>(); // a name's last word, or first, → the name
  const found: Found[] = [];
  for (const sentence of sentences) {
    for (const span of capitalisedRuns(sentence)) {
      const f = classify(span, people, orgs);
      if (!f) continue;
      if (f.type === "person" && f.name.includes(" ")) people.set(f.name.split(" ").pop()!, f.name);
      if (f.type === "organization" && /^[A-Z]\w+ [A-Z]\w+$/.test(f.name)) for (const word of f.name.split(" ")) if (!orgs.has(word) && !ORG_WORDS.test(word) || /^(?:alliance|union|united|rovers|athletic|systems)$/i.test(word)) orgs.set(word, f.name);
      found.push(f);
    }
  }
  const byKey = new Map<string, { name: string; type: EntityType; found: Found[] }>();
  for (const f of found) {
    const key = f.type === "person" ? (people.get(f.name.split(" ").pop()!) ?? f.name) : f.name;
    const entry = byKey.get(key) ?? { name: key, type: f.type, found: [] };
    entry.found.push(f);
    byKey.set(key, entry);
  }
  const ordered = [...byKey.values()].sort((a, b) => a.found[0].start - b.found[0].start);
  const entities: Entity[] = ordered.map((e, i) => ({
    id: i + 1,
    name: e.name,
    type: e.type,
    mentions: e.found.length,
    first_sentence: e.found[0].span.sentence.id,
  }));
  const mentions: Mention[] = ordered
    .flatMap((e, i) => e.found.map((f) => ({ entity: i + 1, sentence: f.span.sentence.id, start: f.start, end: f.end, text: f.span.sentence.text.slice(f.start - f.span.sentence.start, f.end - f.span.sentence.start) })))
    .sort((a, b) => a.start - b.start)
    .map((m, i) => ({ id: i + 1, ...m }));
  return { entities, mentions };
}
