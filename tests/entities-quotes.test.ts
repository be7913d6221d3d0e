import { describe, expect, it } from "vitest";
import { extractText, seedExtract } from "./support/fixtures.js";

describe("entities", () => {
  it("merges a full name and a surname into one person", () => {
    const { entities, mentions } = extractText("Secretary of State John Kerry met Afghan President Hamid Karzai in Kabul. Kerry said Karzai agreed. The State Department and NATO welcomed it.");
    expect(entities.map((e) => [e.name, e.type, e.mentions])).toEqual([
      ["John Kerry", "person", 2],
      ["Hamid Karzai", "person", 2],
      ["Kabul", "place", 1],
      ["State Department", "organization", 1],
      ["NATO", "organization", 1],
    ]);
    expect(mentions.filter((m) => m.entity === 1).map((m) => m.text)).toEqual(["John Kerry", "Kerry"]);
  });

  it("finds the seed's people, places and organisations", () => {
    const names = Object.fromEntries(seedExtract().tables.entities.map((e) => [e.name, e.type]));
    expect(names).toMatchObject({
      "John Kerry": "person",
      "Hamid Karzai": "person",
      "James Cunningham": "person",
      "Joseph Dunford": "person",
      "Latif Mehsud": "person",
      Afghanistan: "place",
      Pakistan: "place",
      "United States": "place",
      "U.N. Security Council": "organization",
      "State Department": "organization",
      NATO: "organization",
      Pentagon: "organization",
    });
    expect(names).not.toHaveProperty("Bilateral Security Agreement");
  });
});

describe("entities in places no list knows", () => {
  it("finds towns by their prepositions and possessives, parties by their words, and short forms of names met", () => {
    const { entities } = extractText(
      "The Civic Alliance won 143 seats and the Green Left won 38. The new Farmers' Voice party won 19. The Alliance will talk to the Union. Researchers at the University of Dunwell met in Stenbury, near the Varne valley. Riverton's council approved the plan.",
    );
    expect(entities.map((e) => [e.name, e.type, e.mentions])).toEqual([
      ["Civic Alliance", "organization", 2],
      ["Green Left", "organization", 1],
      ["Farmers' Voice party", "organization", 1],
      ["Union", "organization", 1],
      ["University of Dunwell", "organization", 1],
      ["Stenbury", "place", 1],
      ["Varne valley", "place", 1],
      ["Riverton", "place", 1],
    ]);
  });
});

describe("quotes", () => {
  it("attributes each direct quotation, including one continued in the next sentence", () => {
    const quotes = seedExtract().tables.quotes;
    expect(quotes.map((q) => [q.speaker, q.text.slice(0, 30)])).toEqual([
      ["the official", "The differences that existed c"],
      ["the official", "At no point during the convers"],
      ["another State Department official", "This is really about us buildi"],
      ["the State Department official", "The Afghans' primary goal with"],
      ["A resolution adopted unanimously by the council", "still constitutes a threat to "],
      ["the U.S. official", "It's going to be more difficul"],
    ]);
  });

  it("leaves out scare quotes and resolves a surname to the full name", () => {
    const { quotes } = extractText('An outcome known as the "zero option." John Kerry spoke. "We made real progress today," Kerry said.');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([["John Kerry", "We made real progress today"]]);
  });

  it("quotes verbatim from the body", () => {
    const { article, tables } = seedExtract();
    for (const q of tables.quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
  });
});
