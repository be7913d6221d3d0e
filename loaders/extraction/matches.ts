/**
 * Every match of a global pattern in a text, as String.prototype.matchAll gives them, read with
 * exec: matchAll copies the pattern on each call, and the extractors make thousands of calls per article.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  // As matchAll does: without the flag, exec would find the first match for ever.
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match would match again where it stands.
    if (m[0] === "") pattern.lastIndex += pattern.unicode && text.codePointAt(pattern.lastIndex)! > 0xffff ? 2 : 1;
  }
  return found;
}

/**
 * The words just before `at`, as far back as `chars` characters, without a word cut at that edge:
 * all a pattern anchored at its end needs to read back from a figure or a time. Patterns anchored
 * at the end would otherwise try every position of a long sentence.
 */
export function wordsBefore(text: string, at: number, chars = 200): string {
  return at > chars ? text.slice(at - chars - 1, at).replace(/^\S*/, "") : text.slice(0, at);
}
