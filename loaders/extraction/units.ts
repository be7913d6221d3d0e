/**
 * Units of measure as news writes them ("5.8-inch", "90 km/h", "48 µg", "square kilometres"),
 * read by js-quantities and named canonically, singular and in British spelling as the
 * contract's examples are: kilometre, mile per hour, tonne, degree Celsius.
 */
import Qty from "js-quantities";

/** What js-quantities lacks or names only by symbol: written forms, mapped to ones it reads. */
const SPELLINGS: [RegExp, string][] = [
  [/^(?:tonnes?|metric\s+tons?)$/i, "tonne"],
  [/^barrels?$/i, "bbl"],
  // "kmph" would read as kilo-mph; "grammes" is the British spelling the library lacks.
  [/^kmph$/i, "kph"],
  [/gramme(s?)$/i, "gram$1"],
  // "40 kilos of heroin": kilograms, not the library's kiloseconds.
  [/^kilos?$/i, "kilogram"],
  [/^(?:kilowatt|megawatt|gigawatt|terawatt)[\s-]hours?$/i, ""],
  // "°C", "deg c", "degrees celsius", and the spellings news gets wrong ("celcius", "farenheit").
  [/^(?:°\s*|deg(?:rees?)?\.?\s*)?(?:c|celsius|celcius|centigrade|centigrate)$/i, "celsius"],
  [/^(?:°\s*|deg(?:rees?)?\.?\s*)?(?:f|fahrenheit|farenheit|fahrenhiet)$/i, "fahrenheit"],
  // "120 nautical miles", "a 200-nautical-mile zone": the sea mile, not the statute mile.
  [/^nautical[\s-]+miles?$/i, "nmi"],
  // A degree sign alone: degrees, of heat or of angle.
  [/^°$/, "degree"],
];

/** Units whose only aliases are symbols, named by what they are. */
const SYMBOL_NAMES: Record<string, string> = { "<naut-mile>": "nautical mile", "<mph>": "mile per hour", "<kph>": "kilometre per hour", "<fps>": "foot per second", "<Wh>": "watt hour", "<metric-ton>": "tonne", "<oilbarrel>": "barrel" };
/** Units js-quantities does not define at all, by their written forms. */
const MISSING: [RegExp, string][] = [
  [/^hectares?$/i, "hectare"],
  [/^months?$/i, "month"],
  // A hundredth of a percentage point, as rates and spreads are quoted; "bps" in news is this, not bits a second.
  [/^(?:basis[\s-]+points?|bps)$/i, "basis point"],
];
const TEMPERATURES: Record<string, string> = { "<celsius>": "degree Celsius", "<fahrenheit>": "degree Fahrenheit", "<kelvin>": "kelvin", "<temp-C>": "degree Celsius", "<temp-F>": "degree Fahrenheit", "<temp-K>": "kelvin" };

/** "<meter>" → "metre": the library's British alias where it has one, else its own name. */
function unitName(key: string): string {
  const named = SYMBOL_NAMES[key] ?? TEMPERATURES[key];
  if (named) return named;
  const bare = key.slice(1, -1);
  let aliases: string[] = [];
  try {
    aliases = Qty.getAliases(bare);
  } catch {
    // A prefix ("<kilo>") or a unit known by key only.
  }
  return aliases.find((a) => /[a-z](?:re)$/.test(a) && a.length > 2) ?? bare.replace(/-/g, " ");
}

/** ["<kilo>", "<meter>", "<kilo>", "<meter>"] → "square kilometre". */
function nameFactors(keys: string[]): string {
  const names: string[] = [];
  let prefix = "";
  for (const key of keys) {
    if (key === "<1>") continue;
    const name = unitName(key);
    if (isPrefix(key)) prefix += name;
    else {
      names.push(prefix + name);
      prefix = "";
    }
  }
  // Powers: a unit written twice in a row is its square, three times its cube.
  const words: string[] = [];
  for (let i = 0; i < names.length; ) {
    let power = 1;
    while (names[i + power] === names[i]) power++;
    words.push(power === 2 ? `square ${names[i]}` : power === 3 ? `cubic ${names[i]}` : names[i]);
    i += power;
  }
  return words.join(" ");
}

const PREFIX_NAME = /^(?:yotta|zetta|exa|peta|tera|giga|mega|kilo|hecto|deca|deci|centi|milli|micro|nano|pico|femto|atto|zepto|yocto|kibi|mebi|gibi|tebi|pebi|exi|zebi|yebi)/i;
const PREFIXES = new Set(["<googol>", "<kibi>", "<mebi>", "<gibi>", "<tebi>", "<pebi>", "<exi>", "<zebi>", "<yebi>", "<yotta>", "<zetta>", "<exa>", "<peta>", "<tera>", "<giga>", "<mega>", "<kilo>", "<hecto>", "<deca>", "<deci>", "<centi>", "<milli>", "<micro>", "<nano>", "<pico>", "<femto>", "<atto>", "<zepto>", "<yocto>"]);
const isPrefix = (key: string) => PREFIXES.has(key);

/** "square kilometres" → "km^2" style input js-quantities reads; other words as they are. */
function readable(text: string): string {
  let t = text.trim().replace(/\s+/g, " ");
  for (const [pattern, replacement] of SPELLINGS) if (pattern.test(t)) return replacement ? t.replace(pattern, replacement) : t.replace(/[\s-]hours?$/i, "h").replace(/^kilowatt/i, "kW").replace(/^megawatt/i, "MW").replace(/^gigawatt/i, "GW").replace(/^terawatt/i, "TW");
  // Each side of "per" on its own: "micrograms per cubic metre" → "micrograms/metre^3".
  const powered = (part: string) => {
    const power = /^(square|sq\.?|cubic)\s+(.+)$/i.exec(part);
    return power ? `${singular(power[2])}^${/^cubic/i.test(power[1]) ? 3 : 2}` : part;
  };
  // "km squared", "km cubed": the power written after the unit.
  t = t.replace(/^(\S+)\s+(squared|cubed)$/i, (_, unit: string, power: string) => `${singular(unit)}^${/^cubed/i.test(power) ? 3 : 2}`);
  return t.split(/\s+per\s+/i).map(powered).join("/").replace(/(\w)-(\w)/g, "$1 $2");
}

function singular(word: string): string {
  if (/(?:inches|feet)$/i.test(word)) return word.replace(/inches$/i, "inch").replace(/feet$/i, "foot");
  return word.replace(/(?<=[a-z]{3})s$/i, "");
}

const cache = new Map<string, string | null>();

/**
 * The canonical name of a unit as written ("km/h" → "kilometre per hour", "tonnes" → "tonne"),
 * or null when js-quantities does not know it as a unit of measure.
 */
export function unitMeasure(text: string): string | null {
  const key = text.trim();
  if (cache.has(key)) return cache.get(key)!;
  let name: string | null = MISSING.find(([pattern]) => pattern.test(key))?.[1] ?? null;
  // "Kilometers per hour" opening a sentence: a capital the library would not read.
  const lower = /^[A-Z][a-z]{3,}/.test(key) ? key.toLowerCase() : key;
  for (const candidate of name ? [] : new Set([readable(lower), lower, readable(singular(lower))])) {
    let qty: Qty | null = null;
    try {
      qty = Qty.parse(`1 ${candidate}`);
    } catch {
      qty = null;
    }
    // Money is read by currency code, not as the library's dollars and cents.
    if (!qty || qty.kind() === "unitless" || qty.kind() === "currency") continue;
    const over = nameFactors(qty.denominator);
    const read = `${nameFactors(qty.numerator)}${over ? ` per ${over}` : ""}`;
    // "camps", "dams", "pins": English words the library splits into a prefix and a unit symbol
    // (centi-amps, deca-metres, pico-inches). A word with a vowel names its prefix in full.
    const prefix = PREFIX_NAME.exec(read)?.[0];
    if (prefix && /^[a-z]+$/.test(key) && /[aeiou]/.test(key) && !key.startsWith(prefix) && !SPELLINGS.some(([pattern]) => pattern.test(key))) continue;
    name = read;
    break;
  }
  cache.set(key, name);
  return name;
}
