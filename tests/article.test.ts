import { describe, expect, it } from "vitest";
import { decodeText, normalizeBody, parseArticle } from "../loaders/input/article.js";

const md = (front: string, body = "First paragraph.\n\nSecond one.") => `---\n${front}\n---\n\n${body}\n`;

describe("parseArticle", () => {
  it("reads front matter and body", () => {
    const a = parseArticle(md("title: Talks\npublished: 2013-10-11\nsource: Wire\nimage:\n  caption: A photo\n  credit: Someone"), "x/talks-2013.md");
    expect(a).toMatchObject({ slug: "talks-2013", title: "Talks", published: "2013-10-11", source: "Wire", dek: null, image: { caption: "A photo", credit: "Someone" } });
    expect(a.body).toBe("First paragraph.\n\nSecond one.");
  });

  it("reads a .txt with --published", () => {
    const a = parseArticle("Headline here\n\nBody one.\n\nBody two.\n", "story.txt", { published: "2012-01-02" });
    expect(a).toMatchObject({ title: "Headline here", published: "2012-01-02", body: "Body one.\n\nBody two." });
  });

  it.each([
    ["no front matter", "Just text", "a.md:1: front matter: missing"],
    ["unclosed front matter", "---\ntitle: x\n", "a.md:1: front matter: not closed"],
    ["missing published", md("title: T"), "a.md:1: published: missing (required)"],
    ["invalid date", md("title: T\npublished: 2013-13-40"), "a.md:3: published: \"2013-13-40\" is invalid"],
    ["date without day", md("title: T\npublished: 2013-10"), "a.md:3: published:"],
    ["missing title", md("published: 2013-10-11"), "a.md:1: title: missing (required)"],
    ["empty body", md("title: T\npublished: 2013-10-11", "   "), "a.md:5: body: empty"],
    ["malformed YAML", md("title: [unclosed\npublished: 2013-10-11"), "a.md:3: front matter:"],
    ["bad url", md("title: T\npublished: 2013-10-11\nurl: not a url"), "a.md:4: url:"],
    ["a title that is a number", md("title: 42\npublished: 2013-10-11"), "a.md:2: title: 42 is a number: expected text"],
    ["a title that is a list", md("title: [a, b]\npublished: 2013-10-11"), 'a.md:2: title: ["a","b"] is a list: expected text'],
    ["an image that is not a mapping", md("title: T\npublished: 2013-10-11\nimage: 5"), "a.md:4: image: 5 is a number: expected a mapping of fields"],
  ])("rejects %s with file, line and field", (_, text, message) => {
    expect(() => parseArticle(text, "a.md")).toThrow(message);
  });

  it("requires --published for .txt", () => {
    expect(() => parseArticle("Headline\n\nBody.", "s.txt")).toThrow("s.txt:1: published: missing");
  });
});

describe("decodeText", () => {
  it("rejects empty and binary files", () => {
    expect(() => decodeText(new Uint8Array(), "e.md")).toThrow("e.md:1: file: is empty");
    expect(() => decodeText(new Uint8Array([65, 10, 66, 0, 67]), "b.md")).toThrow("b.md:2: file: is not text (NUL byte at offset 3)");
    expect(() => decodeText(new Uint8Array([0x41, 0xc3, 0x28]), "c.md")).toThrow("c.md:1: file: is not UTF-8 text");
  });
});

describe("normalizeBody", () => {
  it("turns non-breaking spaces into spaces without changing lengths", () => {
    const raw = "Kerry and\u00a0Karzai met.";
    expect(normalizeBody(raw)).toBe("Kerry and Karzai met.");
    expect(normalizeBody(raw)).toHaveLength(raw.length);
  });
  it("joins paragraphs with one blank line and unwraps hard-wrapped lines", () => {
    expect(normalizeBody("One\nline.\n\n\n  Two.  \r\n\r\nThree.")).toBe("One line.\n\nTwo.\n\nThree.");
  });
});
