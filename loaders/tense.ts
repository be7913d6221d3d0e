/** Does the clause around a span talk about the future? Used to pick which way to resolve a bare weekday or month. */

const CLAUSE_BREAK = /[;:—–()]|,\s(?:but|while|although|though|whereas|after|before)\b|\b(?:but|while|whereas)\s/g;
const FUTURE =
  /\b(?:will|won't|shall|'ll|is to|are to|was to|were to|would|is due|are due|scheduled|slated|set to|expected to|plans? to|planned|planning|intends? to|aims? to|hopes? to|going to|upcoming|coming|next|target|deadline|eyeing|can wait|wants? to)\b/i;

/** The clause of `sentence` that contains the span [start, end). */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const at = match.index!;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return sentence.slice(from, to);
}

export function isFutureClause(clause: string): boolean {
  return FUTURE.test(clause);
}
