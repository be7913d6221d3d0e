/**
 * What a number measures, read from the words around it: money (by symbol, ISO code or currency
 * word), a unit of measure ("3.2 kilometres", "90 km/h", "minus-12 degrees Celsius"), and a
 * rate ("$71.10 a barrel" → USD per barrel). Each gives the v1 `unit` (the word as written,
 * lowercased) and the v2 `measure` (the canonical name).
 */
import currencyCodes from "currency-codes";
import { CURRENCY_CODE, CURRENCY_WORD, countryOf, currencyCode, currencyOfName } from "./money.js";
import { scaleFactor } from "./numbers.js";
import { unitMeasure } from "./units.js";

export interface Measure {
  /** v1: the counted noun or unit as written, lowercased ("dollars", "km/h", "swiss francs"). */
  unit: string;
  /** v2: count, an ISO 4217 code, percent, percentage point, or a unit's canonical name. */
  measure: string;
  /** Where the words read end, as an offset in the text searched. */
  end: number;
  /** What the figure's value is multiplied by: 1e6 for "30 MUSD" and "75 USD million". */
  factor?: number;
}

/** Currencies whose name takes no plural. */
const INVARIANT = /^(?:yen|yuan|renminbi|won|baht|rand|kip|riel|kyat|som|lek)$/;

/** The word a currency is counted in, as v1 writes money: USD → dollars, INR → rupees, JPY → yen. */
export function currencyUnit(code: string): string {
  const name = currencyCodes.code(code)?.currency.toLowerCase() ?? code.toLowerCase();
  const word = /sterling$/.test(name) ? "pound" : /renminbi$/.test(name) ? "yuan" : name.split(/\s+/).pop()!;
  return INVARIANT.test(word) ? word : `${word}s`;
}

/** Symbols a unit of measure is written with that are too short to trust as words ("in", "a", "s"). */
export const SYMBOLS = new Set([
  "km", "cm", "mm", "nm", "dm", "kg", "mg", "µg", "μg", "ug", "ml", "cl", "dl", "L", "mi", "nmi", "ft", "lb", "lbs", "oz", "t", "Mt", "mph", "kph", "km/h", "kmh",
  "Wh", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "hp", "eV", "keV", "MeV", "GeV", "TeV", "kJ", "MJ", "GJ", "mAh", "Hz", "kHz", "MHz", "GHz",
  "Pa", "kPa", "hPa", "MPa", "psi", "GB", "TB", "MB", "KB", "kB", "Gb", "Mb", "ha", "°C", "°F", "°", "sq km", "km2", "m2", "m3",
]);
/** Nouns js-quantities also knows as units, which in news count things: "three points", "a dozen", "a second term". */
export const NOT_UNITS = /^(?:points?|picas?|rods?|leagues?|gross|dozens?|lines?|cups?|grains?|bars?|drops?|marks?|stones?|quarters?|units?|second)$/i;
const COMPOUND = /^(?:(?:square|sq\.?|cubic|metric|nautical|light)[\s-]+[A-Za-z]+|basis[\s-]+points?|deg(?:rees?)?\.?\s+[A-Za-z]+|[A-Za-z]+\s+per\s+(?:(?:square|sq\.?|cubic)\s+)?[A-Za-z]+|\w+[\s-]hours?|[A-Za-z]+\s+(?:squared|cubed))$/i;
/** After "m" or "in", the words that make them metres or inches: "2 m tall", "2 1/2 in thick". */
const DIMENSION_AFTER = /^\s+(?:tall|high|long|deep|wide|thick|across|away|in\s+diameter|above|below)\b/i;

/** Before "m", the words that make it metres: "the length is 12 m", "1 m x 1 m". */
const DIMENSION_BEFORE = /\b(?:length|height|width|depth|size|outreach|reach|distance|diameter|radius|span|altitude|elevation)\s+(?:is|was|of|at|:)?\s*(?:about|around|some|nearly|almost|over|under|just)?\s*$|(?<![A-Za-z])[x×]\s*$/i;
/** After "m", a measure going on: "1 m x 1 m", "12 m 2 dm", "1m is equal to 10 dm". */
const DIMENSION_GOES_ON = /^\s*(?:[x×]\s*\d|\d[\d.]*\s?(?:cm|mm|dm)\b|is\s+equal\b|equals\b)/i;
/** "a 3m deal", "the 40m upgrade": millions, where a length would name a kind ("the 400m relay"). */
const MONEY_NOUN_AFTER = /^\s+(?:deal|contract|fee|bid|loan|fund|budget|package|upgrade|investment|settlement|transfer|payment|bonus|salary|profit|loss|sale|offer|grant|takeover|stake|debt|bill|price|prize|purse|scheme|project|plan|programme|program|refit|revamp|overhaul|expansion|facility|bailout|windfall|fine)\b/i;
/** "20 (kg)", "20 [kg]": a unit's symbol in brackets, as a table's heading writes it. */
const BRACKETED = /^\s?[(\[{<]([A-Za-zµμ°/²³]{1,5})[)\]}>]/;

/**
 * A unit of measure after a number: the longest of up to three words that js-quantities reads.
 * `before` is the sentence up to the number, which says whether "m" is metres.
 */
export function unitOfMeasureAfter(text: string, before = ""): Measure | null {
  const bracketed = BRACKETED.exec(text);
  const bracketedMeasure = bracketed && SYMBOLS.has(bracketed[1]) ? unitMeasure(bracketed[1]) : null;
  if (bracketedMeasure) return { unit: bracketed![1].toLowerCase(), measure: bracketedMeasure, end: bracketed![0].length };
  const m = /^(?:\s?|-)((?:[A-Za-zµμ°²³/]+(?:\^?[23])?)(?:[\s-](?:[A-Za-zµμ°²³/]+[23]?)){0,3})(?![\w-])/.exec(text) ?? /^(?:\s?|-)([A-Za-zµμ°²³/]+(?:\^?[23])?)(?![\w])/.exec(text);
  if (!m) return null;
  const offset = m[0].length - m[1].length;
  const words = m[1].split(/(?=[\s-])/);
  for (let n = words.length; n > 0; n--) {
    const phrase = words.slice(0, n).join("");
    const bare = phrase.replace(/^[\s-]+/, "");
    // Several words are one unit only when they say how ("square", "per", "degrees Celsius");
    // else js-quantities would multiply them: "years in" is not year-inches.
    if (n > 1 && !COMPOUND.test(bare)) continue;
    if (NOT_UNITS.test(bare) || /^(?:per|a|an|of|in|at|to|on|s|t|g|m|l|h|d|y)$/i.test(bare)) {
      // "m" and "in" are units only where a dimension follows, "in" also where the sentence ends ("is 2 in"),
      // "m" also where the sentence measures; "t" written against its number ("100t") is tonnes.
      const after = text.slice(offset + phrase.length);
      // "the 100m hurdles", "a 12m yacht": written against its number after an article, a length names a kind.
      const metres = bare === "m" && (DIMENSION_BEFORE.test(before) || DIMENSION_GOES_ON.test(after) || (offset === 0 && /\b(?:the|a|an)\s+$/i.test(before) && !MONEY_NOUN_AFTER.test(after)));
      const tonnes = bare === "t" && offset === 0 && !/^['’\w]/.test(after);
      if (!metres && !tonnes && !(/^(?:m|in)$/.test(bare) && (DIMENSION_AFTER.test(after) || (bare === "in" && /^[.!]?$/.test(after))))) continue;
    }
    // "40C", "104F": a bare C or F is a temperature only written against its number.
    const degrees = /^[CF]$/.test(bare) && offset === 0 && /^(?:[\s,;:.)]*$|[,;:.)]|\s*\(|\s+(?:on|in|at|and|or|by|to|from|with|as|for|this|last|yesterday|today)\b)/.test(text.slice(phrase.length));
    // A unit over a unit ("m/s", "g/l") is written as one only by someone measuring.
    if (bare.length <= 3 && !/^[A-Za-z]{3,}$/.test(bare) && !/^[a-zA-Zµμ]+\/[a-zA-Z]+$/.test(bare) && !SYMBOLS.has(bare) && !/^(?:m|in)$/.test(bare) && !degrees) continue;
    // "4,500 day laborers", "a six-year term": a singular time word before a noun names the noun.
    // "a 3 month old girl" is an age all the same.
    if (/^(?:second|minute|hour|day|week|month|year|decade)$/i.test(bare) && /^\s+(?!old\b)[a-z]{3,}/.test(text.slice(offset + phrase.length))) continue;
    const measure = unitMeasure(bare);
    // "a 90 day old baby": the age ends after "old".
    const old = /^(?:day|week|month|year)s?$/i.test(bare) ? (/^\s+old\b/.exec(text.slice(offset + phrase.length))?.[0].length ?? 0) : 0;
    if (measure) return { unit: bare.toLowerCase(), measure, end: offset + phrase.length + old };
  }
  return null;
}

// "Swiss francs", "New Zealand dollars", "US dollars", "U.S. dollars".
const CURRENCY_AFTER = new RegExp(String.raw`^\s+(?:((?:[A-Z][a-z]+\s+){1,2}|U\.?S\.?\s+|CFA\s+))?(${CURRENCY_WORD})\b`);
const LOWER_CASE_CURRENCY_AFTER = new RegExp(String.raw`^\s+([a-z]+\s+(?:[a-z]+\s+)?)(${CURRENCY_WORD})\b`);
// "120 CHF", "115USD", "30 MUSD", "75 USD million".
const CODE_AFTER = new RegExp(String.raw`^\s?(${CURRENCY_CODE})\b(?:\s+(thousand|million|billion)\b)?`);

/** Money named after its amount: "12bn yuan", "1.2 billion Swiss francs", "120 CHF", "412 billion afghanis". */
export function currencyAfter(text: string, context: ReadonlySet<string>): Measure | null {
  // Copy set in lower case ("125 million australian dollars") names the country all the same.
  const lower = LOWER_CASE_CURRENCY_AFTER.exec(text);
  const word = lower && countryOf(lower[1]) ? lower : CURRENCY_AFTER.exec(text);
  if (word) {
    const code = currencyOfName(`${word[1] ?? ""}${word[2]}`, context);
    if (code) return { unit: `${word[1] ?? ""}${word[2]}`.toLowerCase(), measure: code, end: word[0].length };
  }
  const code = CODE_AFTER.exec(text);
  const currency = code ? currencyCode(code[1]) : undefined;
  if (currency) return { unit: currencyUnit(currency.code), measure: currency.code, end: code![0].length, factor: currency.factor * scaleFactor(code![2]) };
  return null;
}

// "$71.10 a barrel", "per share"; not "$1.9bn a year earlier", which is when, not a rate.
const RATE = /^\s*(?:(?:a|an|per|each)\s+|\/\s?)([A-Za-z]+)\b(?!\s+(?:earlier|ago|before|later|after|previously)\b)/;

/** "a barrel", "per share", "/kg" after a figure: the measure becomes a rate, "USD per barrel". */
export function rateAfter(text: string, measure: string): string | null {
  const m = RATE.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  if (/^(?:few|lot|little|number|result|record|total|bit|quarter|half|third|while|time|further|new|year-on-year)$/.test(word)) return null;
  const unit = unitMeasure(word) ?? (word.length > 2 ? word.replace(/(?<=[a-z]{3})s$/, "") : null);
  return unit ? `${measure} per ${unit}` : null;
}
