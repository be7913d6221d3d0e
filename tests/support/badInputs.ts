/**
 * Bad and awkward article files, as data: each case names its files, the arguments, and the
 * answer a command-line tool must give. tests/bad-input.test.ts runs them through `extract`;
 * other tools that read articles (import, export, the site) can run the same cases.
 */

export interface InputCase {
  name: string;
  /** The article's file name: its extension picks Markdown or plain text, its stem the slug. */
  file: string;
  /** The file's bytes, made on demand (some are megabytes); null for a file that does not exist. */
  content: (() => string | Uint8Array) | null;
  /** data/annotations/<slug>.yaml beside data/articles/, when the case needs one. */
  annotations?: string;
  args?: string[];
  exitCode: 0 | 1;
  /**
   * The one line expected on stderr, naming the file, line and field; null when the tool
   * must print nothing there.
   */
  stderr: RegExp | null;
  /** Strings the article body must keep verbatim (a case that succeeds). */
  keeps?: string[];
  /** Another case whose tables this one must equal, offsets included. */
  sameTablesAs?: string;
}

const front = (extra = "") => `---\ntitle: Kerry and Karzai meet\npublished: 2013-10-11\n${extra}---\n\n`;
const BODY =
  "Secretary of State John Kerry met Afghan President Hamid Karzai on Friday, a U.S. official said.\n\n" +
  "The force fell to just over 87,200 troops on Aug. 1, and Kerry and Karzai will meet again Saturday.\n";
const withDate = (published: string) => `---\ntitle: T\npublished: ${published}\n---\n\n${BODY}`;

/** The seed-like body repeated to about `size` characters, in paragraphs or as one. */
function longBody(size: number, joiner: string): string {
  const paragraphs: string[] = [];
  for (let length = 0; length < size; length += BODY.length + joiner.length) paragraphs.push(BODY.trim().replace(/\n\n/g, joiner));
  return paragraphs.join(joiner).slice(0, size);
}

function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const bytes = Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf16le");
  if (order === "be") bytes.swap16();
  return bytes;
}

export const inputCases: InputCase[] = [
  // Front matter
  { name: "no front matter", file: "no-front.md", content: () => BODY, exitCode: 1, stderr: /no-front\.md:1: front matter: missing/ },
  { name: "front matter never closed", file: "unclosed.md", content: () => `---\ntitle: T\n\n${BODY}`, exitCode: 1, stderr: /unclosed\.md:1: front matter: not closed/ },
  { name: "front matter that is not valid YAML", file: "bad-yaml.md", content: () => `---\ntitle: [unclosed\npublished: 2013-10-11\n---\n\n${BODY}`, exitCode: 1, stderr: /bad-yaml\.md:3: front matter: / },
  { name: "front matter that is a list", file: "list.md", content: () => `---\n- title\n- published\n---\n\n${BODY}`, exitCode: 1, stderr: /list\.md:2: front matter: must be a mapping/ },
  { name: "missing title", file: "no-title.md", content: () => `---\npublished: 2013-10-11\n---\n\n${BODY}`, exitCode: 1, stderr: /no-title\.md:1: title: missing/ },
  { name: "missing published", file: "no-date.md", content: () => `---\ntitle: T\n---\n\n${BODY}`, exitCode: 1, stderr: /no-date\.md:1: published: missing \(required\); expected YYYY-MM-DD/ },
  // Dates
  { name: "an impossible date", file: "feb-30.md", content: () => withDate("2013-02-30"), exitCode: 1, stderr: /feb-30\.md:3: published: "2013-02-30" is invalid: not a calendar date; expected YYYY-MM-DD/ },
  { name: "a date written out", file: "written.md", content: () => withDate("Oct. 11, 2013"), exitCode: 1, stderr: /written\.md:3: published: "Oct\. 11, 2013" is invalid: expected YYYY-MM-DD/ },
  { name: "a day/month/year date", file: "slashes.md", content: () => withDate("11/10/2013"), exitCode: 1, stderr: /slashes\.md:3: published: "11\/10\/2013" is invalid: expected YYYY-MM-DD/ },
  { name: "a timestamp with a time", file: "timestamp.md", content: () => withDate("2013-10-11T10:00:00Z"), exitCode: 1, stderr: /timestamp\.md:3: published: "2013-10-11T10:00:00Z" is invalid: expected YYYY-MM-DD/ },
  { name: "a YAML timestamp the parser makes a Date", file: "tagged.md", content: () => withDate("!!timestamp 2013-10-11 10:00:00"), exitCode: 1, stderr: /tagged\.md:3: published: "2013-10-11 10:00:00" is invalid: expected YYYY-MM-DD/ },
  { name: "a date as a number", file: "number.md", content: () => withDate("20131011"), exitCode: 1, stderr: /number\.md:3: published: 20131011 is a number: expected YYYY-MM-DD, e\.g\. 2013-10-11$/ },
  { name: "a .txt without --published", file: "story.txt", content: () => `Headline\n\n${BODY}`, exitCode: 1, stderr: /story\.txt:1: published: missing: a \.txt article needs --published/ },
  { name: "a bad --published", file: "dated.txt", content: () => `Headline\n\n${BODY}`, args: ["--published", "2013-1-1"], exitCode: 1, stderr: /dated\.txt:1: published: "2013-1-1" is invalid/ },
  // The body and the bytes
  { name: "an empty body", file: "no-body.md", content: () => front() + "\n\n", exitCode: 1, stderr: /no-body\.md:5: body: empty/ },
  { name: "an empty file", file: "empty.md", content: () => "", exitCode: 1, stderr: /empty\.md:1: file: is empty/ },
  { name: "a binary file", file: "image.md", content: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), exitCode: 1, stderr: /image\.md:3: file: is not text \(NUL byte at offset 8\)/ },
  { name: "UTF-16 with a byte-order mark", file: "utf16-le.md", content: () => utf16(front() + BODY, "le", true), exitCode: 1, stderr: /utf16-le\.md:1: file: is UTF-16 \(little-endian\) text, not UTF-8: save it as UTF-8, e\.g\. iconv -f UTF-16LE -t UTF-8/ },
  { name: "UTF-16 without a byte-order mark", file: "utf16-be.md", content: () => utf16(front() + BODY, "be", false), exitCode: 1, stderr: /utf16-be\.md:1: file: is UTF-16 \(big-endian\) text/ },
  { name: "Latin-1 text", file: "latin1.md", content: () => Buffer.from(front() + "Caf\u00e9 talks.\n", "latin1"), exitCode: 1, stderr: /latin1\.md:1: file: is not UTF-8 text/ },
  { name: "a file that does not exist", file: "nowhere.md", content: null, exitCode: 1, stderr: /nowhere\.md:1: file: cannot be read \(ENOENT\)/ },
  // Annotations
  {
    name: "an annotation quote not in the article",
    file: "misquoted.md",
    content: () => front() + BODY,
    annotations: "milestones:\n  - quote: Kerry and Karzai will meet again Sunday\n    label: Another meeting\n    category: diplomacy\n",
    exitCode: 1,
    stderr: /annotations\/misquoted\.yaml:2: milestones\[0\]\.quote: not in the article; nearest: "Kerry and Karzai will meet again Saturday"/,
  },
  {
    name: "an annotation whose number disagrees with its quote",
    file: "wrong-number.md",
    content: () => front() + BODY,
    annotations: "troops:\n  - quote: just over 87,200 troops on Aug. 1\n    force: NATO\n    troops: 87000\n",
    exitCode: 1,
    stderr: /annotations\/wrong-number\.yaml:2: troops\[0\]\.troops: 87000 is not a figure extraction found in the quote \(found: 87200\)/,
  },
  {
    name: "an annotation whose date disagrees with its quote",
    file: "wrong-date.md",
    content: () => front() + BODY,
    annotations: "milestones:\n  - quote: will meet again Saturday\n    label: Kerry and Karzai meet again\n    category: diplomacy\n    date: \"2013-10-05\"\n",
    exitCode: 1,
    stderr: /annotations\/wrong-date\.yaml:2: milestones\[0\]\.date: 2013-10-05 disagrees with the dates extraction found in the quote \(2013-10-12\)/,
  },
  // Inputs that must simply work
  { name: "a well-formed article", file: "plain.md", content: () => front() + BODY, exitCode: 0, stderr: null, keeps: ["just over 87,200 troops on Aug. 1"] },
  { name: "a UTF-8 byte-order mark and CRLF line endings", file: "windows.md", content: () => `\uFEFF${front()}${BODY}`.replace(/\n/g, "\r\n"), exitCode: 0, stderr: null, sameTablesAs: "a well-formed article" },
  {
    name: "an unknown front-matter key",
    file: "extra-key.md",
    content: () => front("xyz: 1\n") + BODY,
    exitCode: 0,
    stderr: /extra-key\.md:4: xyz: unknown front-matter key "xyz" \(known: title, dek, published, source, byline, url, image\)/,
    sameTablesAs: "a well-formed article",
  },
  {
    name: "HTML and a script in the text",
    file: "html.md",
    content: () => `${front()}<p>Kerry met <b>Karzai</b> &amp; aides.</p>\n\n<script>alert("87,200 troops")</script> was in the page.\n`,
    exitCode: 0,
    stderr: null,
    keeps: ["<p>Kerry met <b>Karzai</b> &amp; aides.</p>", '<script>alert("87,200 troops")</script> was in the page.'],
  },
  {
    name: "Markdown syntax in the text",
    file: "markdown.md",
    content: () => `${front()}# Talks\n\n**Kerry** met _Karzai_ in [Kabul](http://example.com/kabul).\n\n> 1. About 87,200 troops remain.\n`,
    exitCode: 0,
    stderr: null,
    keeps: ["# Talks", "**Kerry** met _Karzai_ in [Kabul](http://example.com/kabul).", "> 1. About 87,200 troops remain."],
  },
  { name: "a 10 MB article", file: "ten-megabytes.md", content: () => front() + longBody(10_000_000, "\n\n"), exitCode: 0, stderr: null },
  { name: "a 200,000-character paragraph", file: "long-paragraph.md", content: () => front() + longBody(200_000, " "), exitCode: 0, stderr: null },
];
