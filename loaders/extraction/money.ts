/**
 * Money as news writes it ("$", "US$", "HK$", "£", "€", "₹", "Rs", "GBP 40m", "120 CHF",
 * "12bn yuan", "Australian dollars", "afghanis"), resolved to ISO 4217 codes from the maintained
 * list in `currency-codes`, and countries from `countries-list`.
 */
import currencyCodes from "currency-codes";
import symbolOfCurrency from "currency-symbol-map";
import { countries } from "countries-list";
import { datelineOf } from "./dateline.js";
import { scaleFactor } from "./numbers.js";

const CODES = new Set(currencyCodes.codes());

/** A name news gives a currency in capitals that ISO 4217 does not: the renminbi's "RMB". */
const CODE_ALIASES: Record<string, string> = { RMB: "CNY" };
/** Codes that are also words a headline writes in capitals ("ALL 5 solutions", "TOP 10"). */
const CODE_WORDS = new Set(["ALL", "TOP"]);

/** The codes copy also writes in lower case ("20 usd", "rmb 10"): the most traded, none an English word ("cad", "rub" are). */
const LOWER_CASE_CODES = "usd|eur|gbp|jpy|cny|rmb|chf|aud|nzd|hkd|sgd|inr|krw|brl|mxn|zar|sek|nok|dkk|pln|huf|czk";
const LOWER_CASE_CODE = new RegExp(`^(?:${LOWER_CASE_CODES})$`);
/** Business copy's prefix for thousands or millions before a code in capitals ("kEUR", "MUSD"). */
const SCALE_PREFIX = "k|M";
const CAPITAL_CODE_TOKEN = new RegExp(`^(${SCALE_PREFIX})?([A-Z]{3})$`);
/** A currency code as a regex alternation, for the figure patterns. */
export const CURRENCY_CODE = `(?:${SCALE_PREFIX})?[A-Z]{3}|${LOWER_CASE_CODES}`;

/**
 * A currency code as copy writes it: "USD", "RMB", "usd", or with business copy's prefix for
 * thousands or millions ("kEUR", "MUSD"). Its ISO code and how many units one stands for.
 */
export function currencyCode(written: string): { code: string; factor: number } | undefined {
  const m = CAPITAL_CODE_TOKEN.exec(LOWER_CASE_CODE.test(written) ? written.toUpperCase() : written);
  if (!m || CODE_WORDS.has(m[2])) return undefined;
  const code = CODES.has(m[2]) ? m[2] : CODE_ALIASES[m[2]];
  return code ? { code, factor: scaleFactor(m[1]) } : undefined;
}

/**
 * Symbols and their currencies. A dollar sign with letters before it names the country ("HK$");
 * a bare "$" is the U.S. dollar, as wire copy uses it.
 */
const SYMBOLS: Record<string, string> = {
  $: "USD", US$: "USD", C$: "CAD", CA$: "CAD", A$: "AUD", AU$: "AUD", NZ$: "NZD", HK$: "HKD", S$: "SGD", NT$: "TWD", R$: "BRL", MX$: "MXN",
  "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", Rs: "INR", "Rs.": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", Mex$: "MXN",
  // The yuan's character, as Chinese copy prices in it ("100元").
  "元": "CNY",
};
// Signs only one currency writes ("₾", "₭", "₴"), from currency-symbol-map's list; "$", "£" and "¥"
// are shared, and are read above as news reads them.
for (const code of CODES) {
  const sign = symbolOfCurrency(code);
  if (sign && /^\p{Sc}$/u.test(sign) && !SYMBOLS[sign] && [...CODES].filter((c) => symbolOfCurrency(c) === sign).length === 1) SYMBOLS[sign] = code;
}
/** "CAD$ 15", "AUD$": a dollar's or peso's code before its sign, from currency-codes' list. */
const CODE_SIGNS = new Set(currencyCodes.data.filter(({ currency }) => /\b(?:dollar|peso)\b/i.test(currency)).map(({ code }) => code));

/** Symbols as a regex alternation, longest first, for the figure patterns. */
const alternation = (symbols: string[]) =>
  [...symbols]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[$.]/g, "\\$&"))
    .join("|");
// "c $ 16.4 million", "hk $": copy split into tokens keeps the country apart from its sign. Not
// "us $5 million"; a capital "C $40 million" is a label and a dollar amount (see SPLIT_LABEL).
export const CURRENCY_SYMBOL = `${alternation(Object.keys(SYMBOLS))}|[A-Z]{3}\\$|(?:C|HK|NZ|NT)\\s\\$`;
/** "Option C $40 million": a capital letter set apart before "$" labels what the dollars are for. */
export const SPLIT_LABEL = /^[A-Z]\s/;
/** The one-character signs ("€", "£", "$"), which may also follow the amount: "15€". */
export const CURRENCY_SIGN = alternation(Object.keys(SYMBOLS).filter((s) => [...s].length === 1));

/** "¥" is the yen, or the yuan in a story about China; "Rs" the rupee of the country named. */
export function currencyOfSymbol(written: string, context: ReadonlySet<string> = new Set()): string | undefined {
  // "c $", "usd$": the figure patterns ignore case and spaces, the table does not.
  const symbol = SYMBOLS[written] ? written : written.replace(/\s+/g, "").toUpperCase();
  const coded = /^([A-Z]{3})\$$/.exec(symbol)?.[1];
  if (coded && !SYMBOLS[symbol]) return CODE_SIGNS.has(coded) ? coded : undefined;
  const code = SYMBOLS[symbol];
  if (symbol === "¥" && context.has("CN") && !context.has("JP")) return "CNY";
  if (/^Rs\.?$/.test(symbol)) return ["PK", "LK", "NP", "MU", "SC"].map(currencyOfCountry).find((c, i) => c && context.has(["PK", "LK", "NP", "MU", "SC"][i])) ?? code;
  return code;
}

const currencyOfCountry = (country: string) => (countries as Record<string, { currency: string[] }>)[country]?.currency[0];

/** The last word of each currency's name ("Pound Sterling" → "sterling", "Indian Rupee" → "rupee") → its codes. */
const CODES_BY_WORD = new Map<string, string[]>();
const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
for (const { code, currency } of currencyCodes.data) {
  // Funds and units of account ("Mvdol", "Unidad de Fomento") are not what a story prices in.
  if (/\b(?:fund|unit|unidad|mvdol|wir|sdr|convertible|gold|silver|platinum|palladium|codes)\b/i.test(currency)) continue;
  const word = plain(currency).split(/\s+/).pop()!;
  CODES_BY_WORD.set(word, [...(CODES_BY_WORD.get(word) ?? []), code]);
}

/** Words many currencies share, and the one news means by the word alone. */
const USUAL: Record<string, string> = { dollar: "USD", pound: "GBP", sterling: "GBP", franc: "CHF", peso: "MXN", rupee: "INR", krona: "SEK", krone: "NOK", dinar: "KWD", riyal: "SAR", rial: "IRR", shilling: "KES", won: "KRW", lira: "TRY", yen: "JPY", yuan: "CNY", renminbi: "CNY", euro: "EUR", rand: "ZAR", real: "BRL", ruble: "RUB", rouble: "RUB" };
/** Plurals and spellings news uses that the ISO names do not. */
const SINGULAR: Record<string, string> = { reais: "real", roubles: "rouble", kronor: "krona", kroner: "krone", lire: "lira", pence: "penny", quid: "pound", bucks: "dollar", shekels: "sheqel", shekel: "sheqel", soles: "sol" };

/** Currency words a figure can be written with, as a regex alternation. */
export const CURRENCY_WORD = [...new Set([...CODES_BY_WORD.keys(), ...Object.keys(USUAL)])]
  .filter((w) => w.length > 2 && /^[a-z]+$/.test(w) && !/^(?:mark|kip|won|real|rand|lek|vatu|mark|euro)$/.test(w))
  .concat(["euros?", "won", "rand", "real"], Object.keys(SINGULAR).filter((w) => !/^(?:pence|bucks)$/.test(w)))
  .map((w) => (w.endsWith("?") ? w : `${w}s?`))
  .join("|");

/** Adjectives of nationality that do not start with their country's name. */
const DEMONYMS: Record<string, string> = { swiss: "CH", british: "GB", french: "FR", spanish: "ES", irish: "IE", welsh: "GB", scottish: "GB", dutch: "NL", american: "US", "u.s.": "US", us: "US", turkish: "TR", thai: "TH", philippine: "PH", filipino: "PH", saudi: "SA", emirati: "AE", uae: "AE", korean: "KR", "south korean": "KR", greek: "GR", danish: "DK", swedish: "SE", norwegian: "NO", polish: "PL", czech: "CZ", chinese: "CN" };

const COUNTRY_NAMES = Object.entries(countries as Record<string, { name: string; alias?: string[] }>).flatMap(([code, c]) => [c.name, ...(c.alias ?? [])].map((name) => ({ code, name: name.toLowerCase() })));
/** The names long enough to look for in a text, with the first run of letters each starts with. */
const COUNTRY_WORDS = COUNTRY_NAMES.filter(({ name }) => name.length > 3 && /^[a-z]/.test(name)).map((c) => ({ ...c, first: /^[a-z]+/.exec(c.name)![0] }));

/** "Australian" → AU, "Hong Kong" → HK, "Canadian" → CA: a country from its name or adjective. */
export function countryOf(words: string): string | undefined {
  const w = words.toLowerCase().trim();
  if (DEMONYMS[w]) return DEMONYMS[w];
  const exact = COUNTRY_NAMES.find((c) => c.name === w);
  if (exact) return exact.code;
  // An adjective of nationality shares its country's name up to a short ending: Canad-ian,
  // India-n, Pakistan-i; of several countries, the one it shares most with (Australia, not Austria).
  let best: { code: string; shared: number } | undefined;
  for (const c of COUNTRY_NAMES) {
    let shared = 0;
    while (shared < w.length && shared < c.name.length && w[shared] === c.name[shared]) shared++;
    if (shared >= Math.max(4, c.name.length - 2) && w.length - shared <= 4 && shared > (best?.shared ?? 0)) best = { code: c.code, shared };
  }
  return best?.code;
}

/**
 * A currency by name: "usd", "euro", "pound sterling", "australian dollars", "united states
 * dollar", "rupees" (the rupee of a country the article names, else India's).
 */
export function currencyOfName(name: string, context: ReadonlySet<string> = new Set()): string | undefined {
  const words = plain(name).trim().replace(/\s+/g, " ");
  if (/^[a-z]{3}$/.test(words) && CODES.has(words.toUpperCase())) return words.toUpperCase();
  const match = /^(.*?)\s*\b([a-z]+)$/.exec(words);
  if (!match) return undefined;
  const [, qualifier, last] = match;
  const word = SINGULAR[last] ?? (CODES_BY_WORD.has(last) || USUAL[last] ? last : last.replace(/s$/, ""));
  const codes = CODES_BY_WORD.get(word) ?? (USUAL[word] ? [USUAL[word]] : undefined);
  if (!codes) return qualifier ? currencyOfName(qualifier, context) : undefined;
  // "CFA francs": West Africa's, or Central Africa's where the story is set there.
  if (/\bcfa$/.test(qualifier) && word === "franc") return [...context].map(currencyOfCountry).find((c) => c === "XOF" || c === "XAF") ?? "XOF";
  const country = qualifier && qualifier !== "pound" ? countryOf(qualifier) : undefined;
  const ofCountry = (c: string) => currencyOfCountry(c);
  if (country) {
    // "Dutch guilders", "French francs": a currency the country no longer has, not its euro.
    const code = ofCountry(country);
    return code && (codes.includes(code) || USUAL[word] === code) ? code : undefined;
  }
  const named = [...context].map(ofCountry).find((code) => code && codes.includes(code));
  return named ?? USUAL[word] ?? (codes.length === 1 ? codes[0] : undefined);
}

/** The countries a text names (by name or alias, or by the capital its dateline opens on), as codes: the context for "$" and "rupees". */
export function countriesNamed(text: string): Set<string> {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  // A name is looked for only where its first word is: one pass over the text, not one per country.
  const words = new Set(lower.match(/[a-z]+/g));
  for (const { code, name, first } of COUNTRY_WORDS) if (words.has(first) && lower.includes(name)) found.add(code);
  // "MANILA (Reuters) -", "Kabul, Dec 3 (AP) —"
  const dateline = datelineOf(text);
  const capital = dateline ? CAPITALS.get(plain(dateline.place)) : undefined;
  if (capital) found.add(capital);
  // "the Philippine city of Marisol", "the Nepali district of Khorsa": a story set there.
  for (const m of text.matchAll(PLACE_OF_COUNTRY)) {
    const country = countryOf(m[1]);
    if (country) found.add(country);
  }
  return found;
}

/** Capitals by name, leaving out names two countries share ("Kingston"). */
const CAPITALS = new Map<string, string>();
for (const [code, c] of Object.entries(countries as Record<string, { capital: string }>)) {
  const name = plain(c.capital);
  if (!name) continue;
  CAPITALS.set(name, CAPITALS.has(name) ? "" : code);
}

const PLACE_OF_COUNTRY = /\b([A-Z][a-z]+)\s+(?:city|town|village|district|province|state|region|county|capital|port|island|border\s+town)\s+of\s+[A-Z]/g;
