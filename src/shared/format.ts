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
