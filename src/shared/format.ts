/** "people in relief camps" → "People in relief camps": a label that opens a line. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Numbers the way a wire story prints them (AP style). */
export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 4 });
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  approx: "about ",
  "at least": "at least ",
  "more than": "more than ",
  "less than": "fewer than ",
  "up to": "up to ",
};

/** 87200 with "more than" → "more than 87,200". */
export function qualified(value: number, qualifier: string): string {
  return `${QUALIFIER_WORDS[qualifier] ?? ""}${formatNumber(value)}`;
}

/** Money symbols a reader knows; other currencies are written with their ISO code ("CHF 120"). */
const SYMBOLS: Record<string, string> = { USD: "$", GBP: "£", EUR: "€", JPY: "¥", CNY: "¥", INR: "₹", CAD: "C$", AUD: "A$", HKD: "HK$", NZD: "NZ$", SGD: "S$" };

/** "$4.5 billion", "120 million": a large number the way a headline shortens it. */
function shortNumber(value: number): string {
  const abs = Math.abs(value);
  const [scale, word] = abs >= 1e12 ? [1e12, " trillion"] : abs >= 1e9 ? [1e9, " billion"] : abs >= 1e6 ? [1e6, " million"] : [1, ""];
  return `${formatNumber(scale === 1 ? value : Math.round((value / scale) * 100) / 100)}${word}`;
}

/** "$148.20", not "$148.2": an amount with cents shows both; large ones shorten. */
function money(value: number): string {
  return Math.abs(value) < 1e6 && !Number.isInteger(value) ? value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : shortNumber(value);
}

export interface MeasuredFigure {
  value: number;
  value_high?: number | null;
  unit: string;
  measure: string;
  qualifier?: string;
  /** The words the article used, whose own "nearly" or "some" a label keeps. */
  quote?: string;
}

/** Words of approximation a label repeats as the article wrote them, not as "about". */
const APPROXIMATELY = /^(nearly|almost|about|around|roughly|some|approximately|an estimated|close to)\s/i;

/** Units as a headline or a card writes them; others are said in full ("barrels", "passing yards"). */
const UNIT_SYMBOLS: Record<string, string> = {
  metre: "m", kilometre: "km", centimetre: "cm", millimetre: "mm", mile: "mi", foot: "ft", inch: "in",
  kilogram: "kg", gram: "g", milligram: "mg", microgram: "µg", tonne: "t", litre: "L", millilitre: "mL",
  "degree Celsius": "°C", "degree Fahrenheit": "°F", "kilometre per hour": "km/h", "mile per hour": "mph",
  hectare: "ha", "square kilometre": "km²", "square metre": "m²", "microgram per cubic metre": "µg/m³", "milligram per cubic metre": "mg/m³",
  megawatt: "MW", gigawatt: "GW", "kilowatt hour": "kWh", "megawatt hour": "MWh", "gigawatt hour": "GWh",
};

/** "µg/m³" for "microgram per cubic metre"; undefined where a headline would spell the unit out. */
export const unitSymbol = (measure: string): string | undefined => UNIT_SYMBOLS[measure];

/** Whether a figure says its unit after the number ("31 micrograms per cubic metre"), as a chart's axis can say once for all. */
export const hasUnitWord = (q: Pick<MeasuredFigure, "measure">) => !/^(?:percent|percentage point|fraction|count|[A-Z]{3}(?: per .+)?)$/.test(q.measure);

/**
 * A figure with what it measures, as a headline prints it: "$4.5 billion", "£4.12", "18%",
 * "1.8 points", "90 km/h", "about 3,000–6,000"; a count's noun is left to its label.
 */
export function formatFigure(q: MeasuredFigure, { qualifier = true, unit = true } = {}): string {
  const range = (format: (v: number) => string) => (q.value_high == null ? format(q.value) : `${format(q.value)}–${format(q.value_high)}`);
  let text: string;
  if (q.measure === "percent") text = range((v) => `${formatNumber(v)}%`);
  else if (q.measure === "percentage point") text = `${range(formatNumber)} ${Math.abs(q.value_high ?? q.value) === 1 ? "point" : "points"}`;
  else if (q.measure === "fraction") text = range((v) => `${formatNumber(Math.round(v * 1000) / 10)}%`);
  else if (/^[A-Z]{3}(?: per .+)?$/.test(q.measure)) {
    const [code, per] = q.measure.split(" per ");
    const symbol = SYMBOLS[code];
    text = range((v) => (symbol ? `${v < 0 ? "−" : ""}${symbol}${money(Math.abs(v))}` : `${code} ${money(v)}`)) + (per ? ` a ${per}` : "");
  } else if (q.measure === "count") text = range(shortNumber);
  else {
    const symbol = unitSymbol(q.measure);
    // "40°C", "9.2 m": degrees stand against the number, other symbols a space away.
    text = !unit ? range(formatNumber) : symbol ? `${range(formatNumber)}${symbol.startsWith("°") ? "" : " "}${symbol}` : `${range(formatNumber)} ${q.unit}`;
  }
  const own = q.qualifier === "approx" ? APPROXIMATELY.exec(q.quote ?? "")?.[1].toLowerCase() : undefined;
  const words = qualifier && q.qualifier ? (own ? `${own} ` : (QUALIFIER_WORDS[q.qualifier] ?? "")) : "";
  // Amounts are "less than", counts "fewer than".
  return `${q.measure === "count" ? words : words.replace(/^fewer than/, "less than")}${text}`;
}
