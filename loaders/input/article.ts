/** Article files (Markdown with YAML front matter, or plain text) → a validated Article. */
import { basename, extname } from "node:path";
import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";
import { z } from "zod";
import { ArticleSchema, isoDay, type Article } from "../schemas.js";
import { InputError, lineAt, type WarningHandler } from "./errors.js";

/** Decodes a file's bytes as UTF-8 text, refusing empty, UTF-16 and binary files. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 1, "file", "is empty");
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    const encoding = utf16 === "little-endian" ? "UTF-16LE" : "UTF-16BE";
    throw new InputError(file, 1, "file", `is UTF-16 (${utf16}) text, not UTF-8: save it as UTF-8, e.g. iconv -f ${encoding} -t UTF-8 ${file} > converted.md`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, lineOfByte(bytes, nul), "file", `is not text (NUL byte at offset ${nul})`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(file, 1, "file", "is not UTF-8 text");
  }
}

/** UTF-16's byte order, from its byte-order mark or, without one, from the zero bytes of Latin characters. */
function utf16ByteOrder(bytes: Uint8Array): "little-endian" | "big-endian" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian";
  const pairs = Math.min(bytes.length >> 1, 256);
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroFirst++;
    if (bytes[2 * i + 1] === 0) zeroSecond++;
  }
  if (zeroSecond > pairs / 2 && zeroFirst === 0) return "little-endian";
  if (zeroFirst > pairs / 2 && zeroSecond === 0) return "big-endian";
  return undefined;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

export function slugOf(file: string): string {
  return basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Paragraphs joined by one blank line. Non-breaking spaces and line breaks inside a
 * paragraph become plain spaces, one for one, so quotes keep their lengths.
 */
export function normalizeBody(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/[\u00a0\u202f]/g, " ").replace(/\n/g, " ").trim())
    .filter((p) => p.length > 0)
    .join("\n\n");
}

export interface ParseOptions {
  /** Publication date (YYYY-MM-DD): required for .txt, overrides front matter for .md. */
  published?: string;
  /** Called for problems that do not stop extraction, such as an unknown front-matter key. */
  onWarning?: WarningHandler;
}

export function parseArticle(text: string, file: string, options: ParseOptions = {}): Article {
  const source = text.replace(/^\uFEFF/, "");
  if (!source.trim()) throw new InputError(file, 1, "file", "is empty");
  return extname(file).toLowerCase() === ".txt"
    ? parsePlainText(source, file, options)
    : parseMarkdown(source, file, options);
}

function parsePlainText(source: string, file: string, options: ParseOptions): Article {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const title = lines[0].trim();
  if (!title) throw new InputError(file, 1, "title", "line 1 must hold the headline");
  if (!options.published) throw new InputError(file, 1, "published", "missing: a .txt article needs --published YYYY-MM-DD");
  const bodyStart = lines.findIndex((line, i) => i > 0 && line.trim() === "");
  const body = bodyStart < 0 ? "" : normalizeBody(lines.slice(bodyStart + 1).join("\n"));
  return validate(
    { slug: slugOf(file), title, dek: null, published: options.published, source: null, byline: null, url: null, image: null, body },
    file,
    (field) => (field === "body" ? (bodyStart < 0 ? lines.length : bodyStart + 2) : 1),
  );
}

function parseMarkdown(source: string, file: string, options: ParseOptions): Article {
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) throw new InputError(file, 1, "front matter", "missing: the file must start with a line '---'");
  const close = /^---[ \t]*$/m.exec(source.slice(open[0].length));
  if (!close) throw new InputError(file, 1, "front matter", "not closed: no second '---' line");
  const yamlText = source.slice(open[0].length, open[0].length + close.index);
  const bodyOffset = open[0].length + close.index + close[0].length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line + 1;
    throw new InputError(file, line, "front matter", yamlError.message.split("\n")[0]);
  }
  if (!isMap(doc.contents)) throw new InputError(file, 2, "front matter", "must be a mapping of fields");
  const meta = doc.toJS() as Record<string, unknown>;
  const lineOfNode = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line + 1 : 1;
  };
  if (options.onWarning) warnOfUnknownKeys(doc, lineOfNode, file, options.onWarning);
  const lineOfField = (field: string) => (field === "body" ? lineAt(source, bodyOffset) + 1 : lineOfNode(fieldNode(doc, field)));
  const image = meta.image as unknown;
  const candidate = {
    slug: slugOf(file),
    title: meta.title,
    dek: meta.dek ?? null,
    published: options.published ?? asWritten(doc, "published"),
    source: meta.source ?? null,
    byline: meta.byline ?? null,
    url: meta.url ?? null,
    // A mapping without a credit gets an empty one; anything else goes to the schema to be named.
    image: isMapping(image) ? { caption: image.caption, credit: image.credit ?? "" } : (image ?? null),
    body: normalizeBody(source.slice(bodyOffset)),
  };
  return validate(candidate, file, lineOfField);
}

function fieldNode(doc: Document, field: string) {
  const path = field.split(".");
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (node?.range) return node;
  const pair = isMap(doc.contents) ? doc.contents.items.find((item) => String(item.key) === path[0]) : undefined;
  return pair?.key as { range?: [number, number, number] } | undefined;
}

/**
 * A scalar as the file spells it. A tagged !!timestamp would otherwise arrive as a Date,
 * whose day depends on a time zone; the publication date is the day written.
 */
function asWritten(doc: Document, field: string): unknown {
  const node = doc.get(field, true);
  return isScalar(node) && node.value instanceof Date ? node.source : doc.get(field);
}

const FRONT_MATTER_KEYS = ["title", "dek", "published", "source", "byline", "url", "image"];
const IMAGE_KEYS = ["caption", "credit"];

/** Warns of front-matter keys the format does not know: a typo, or a field meant for another tool. */
function warnOfUnknownKeys(doc: Document, lineOf: (node: unknown) => number, file: string, warn: WarningHandler): void {
  const check = (map: unknown, known: string[], prefix: string) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!known.includes(key)) warn(new InputError(file, lineOf(pair.key), `${prefix}${key}`, `unknown front-matter key ${JSON.stringify(key)} (known: ${known.join(", ")})`));
    }
  };
  check(doc.contents, FRONT_MATTER_KEYS, "");
  check(doc.get("image", true), IMAGE_KEYS, "image.");
}

function validate(candidate: Record<string, unknown>, file: string, lineOfField: (field: string) => number): Article {
  const result = ArticleSchema.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join(".") || "front matter";
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], candidate);
  throw new InputError(file, lineOfField(field), field, describeIssue(issue, value, field));
}

/** Fields whose problems are easier to fix with the format spelled out. */
const FORMATS: Record<string, string> = { published: "YYYY-MM-DD" };

const EXPECTED_KINDS: Record<string, string> = { string: "text", object: "a mapping of fields", array: "a list" };

function describeIssue(issue: z.core.$ZodIssue, value: unknown, field: string): string {
  const format = FORMATS[field] && !issue.message.includes(FORMATS[field]) ? `; expected ${FORMATS[field]}, e.g. 2013-10-11` : "";
  if (value === undefined || value === null) return `missing (required)${format}`;
  if (value === "") return `empty${format}`;
  // zod's own wording ("Invalid input: expected string, received number") reads as a stack trace to an editor.
  if (issue.code === "invalid_type") {
    const kind = Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : `a ${typeof value}`;
    const wanted = FORMATS[field] ?? EXPECTED_KINDS[issue.expected] ?? issue.expected;
    return `${JSON.stringify(value)} is ${kind}: expected ${wanted}${FORMATS[field] ? ", e.g. 2013-10-11" : ""}`;
  }
  return `${JSON.stringify(value)} is invalid: ${issue.message}${format}`;
}

/** Validates a YYYY-MM-DD option given on the command line. */
export function checkPublishedOption(value: string, file: string): string {
  const result = isoDay.safeParse(value);
  if (!result.success) throw new InputError(file, 1, "published", `${JSON.stringify(value)} is invalid: ${result.error.issues[0].message}`);
  return value;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
