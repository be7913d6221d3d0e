import { describe, expect, it } from "vitest";
import { splitSentences } from "../loaders/extraction/sentences.js";
import { seedExtract } from "./support/fixtures.js";

describe("splitSentences", () => {
  it("does not split after U.S., U.N., Aug., Gen., Mr.", () => {
    const body = "Gen. John Allen met Mr. Smith on Aug. 1 at the U.N. Security Council. The U.S. Army agreed. He left for the U.S. The talks ended.";
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      "Gen. John Allen met Mr. Smith on Aug. 1 at the U.N. Security Council.",
      "The U.S. Army agreed.",
      "He left for the U.S.",
      "The talks ended.",
    ]);
  });

  it("ends a sentence after a figure's suffix ('£113m.', '40p.'), not after an initial", () => {
    const body = "Profit rose to £113m. It will open 40 stores. Stamps cost 40p. Plan B. Dupont agreed.";
    expect(splitSentences(body).map((s) => s.text)).toEqual(["Profit rose to £113m.", "It will open 40 stores.", "Stamps cost 40p.", "Plan B. Dupont agreed."]);
  });

  it("gives offsets into the body and paragraph numbers", () => {
    const body = "One. Two.\n\nThree.";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => [s.id, s.paragraph, body.slice(s.start, s.end)])).toEqual([
      [1, 1, "One."],
      [2, 1, "Two."],
      [3, 2, "Three."],
    ]);
  });

  it("splits the seed into its 30 sentences, each verbatim", () => {
    const { article, tables } = seedExtract();
    expect(tables.sentences).toHaveLength(30);
    for (const s of tables.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
    expect(tables.sentences.find((s) => s.text.startsWith("Meanwhile"))?.text).toContain("U.N. Security Council extended");
  });
});
