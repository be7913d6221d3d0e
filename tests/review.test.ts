/**
 * What a graphics editor's review of the fixture articles' pages found wrong, each held here:
 * dates read the wrong way, times that date no event, figures said without what they count,
 * charts with nothing to show, timelines squeezed by one outlying year.
 */
import { describe, expect, it } from "vitest";
import { articleOf, extractText, SEED } from "./support/fixtures.js";
import { readStory, storyOf } from "../publish/story.js";
import { FIXTURE_ARTICLES } from "./support/site.js";
import { join } from "node:path";
import { formatFigure } from "../src/shared/format.js";
import { splitSentences } from "../loaders/extraction/sentences.js";

const times = (text: string, published: string) => extractText(text, published).times.map((t) => [t.text, t.date, t.relation]);
const figures = (text: string, published: string) => extractText(text, published).quantities.map((q) => [q.quote, q.unit, q.concept, q.date, q.change]);
const story = (slug: string) => readStory(join(FIXTURE_ARTICLES, `${slug}.md`));

describe("dates read as the sentence tells them", () => {
  it.each([
    // Published Monday, Aug. 18, 2014: the river peaked the Wednesday before, at night.
    ["The river peaked at 9.2 metres on Wednesday night.", "2014-08-18", [["Wednesday night", "2014-08-13", "on"]]],
    // Published Tuesday, Sept. 28, 2021: a timetable in the present is still to come, and "Left" in a party's name is no verb.
    ["Talks with the Green Left begin on Thursday.", "2021-09-28", [["Thursday", "2021-09-30", "on"]]],
    // After a semicolon, a time that opens its clause takes that clause's past perfect.
    ["At Christmas, Ashcombe were nine points behind; by the end of February the gap had narrowed to four.", "2017-04-24", [["Christmas", "2016-12-25", "on"], ["by the end of February", "2017-02-28", "by"]]],
    // An appositive after the opening time is not yet its clause; "from" a date need not be past.
    ["On May 6, Varro, 44, was arrested over the fire.", "1999-10-24", [["May 6", "1999-05-06", "on"]]],
    ["Three new ferries would leave Harwich from March 30.", "1998-02-13", [["from March 30", "1998-03-30", "since"]]],
    // "46 runs" is no timetable; "children aged 2 to 11" no past verb; "to raise … from April" looks ahead.
    ["The Tigers beat the Strikers by 46 runs on Sunday.", "2015-04-13", [["Sunday", "2015-04-12", "on"]]],
    ["Flu shots will be offered to children aged 2 to 11 from Monday.", "2021-10-14", [["from Monday", "2021-10-18", "since"]]],
    ["Councillors voted on Monday night to raise council tax by 3.99 percent from April.", "2016-03-01", [["Monday night", "2016-02-29", "on"], ["from April", "2016-04", "since"]]],
    // A clock time is on the day named after it, whatever zone comes between; the day is the same one.
    ["The quake struck at 11:20 p.m. local time on Wednesday.", "2015-03-12", [["11:20 p.m.", "2015-03-11", "on"], ["Wednesday", "2015-03-11", "on"]]],
    ["Polls close at 8 p.m. on Tuesday.", "2015-03-12", [["8 p.m.", "2015-03-17", "on"], ["Tuesday", "2015-03-17", "on"]]],
    // How much earlier is a duration, not a date.
    ["The season started about a month earlier than usual.", "2021-10-14", [["about a month", null, "around"]]],
    // "had been due to" is a plan in the past.
    ["The permit had been due to lapse Friday evening.", "1989-10-30", [["Friday evening", "1989-10-27", "on"]]],
    // A comma inside "23,000" is no clause break: "was restored" is the verb.
    ["Power was restored to 23,000 homes by Sunday evening.", "2023-02-13", [["by Sunday evening", "2023-02-12", "by"]]],
  ])("%s", (text, published, expected) => {
    expect(times(text, published)).toEqual(expected);
  });

  it("reads a figure compared with as past, even in a forecast's clause", () => {
    const found = times("Norhaven said its gross margin would be roughly 52 percent, up from 49.5 percent in the third quarter.", "2022-10-27");
    expect(found).toEqual([["the third quarter", "2022", "on"]]);
  });

  it("does not make 'from a week of flooding' a time since", () => {
    expect(times("The death toll from a week of flooding rose to 312 on Sunday.", "2014-08-18")).toEqual([
      ["a week", null, "on"],
      ["Sunday", "2014-08-17", "on"],
    ]);
  });
});

describe("figures said with what they count", () => {
  it("reads a tally whose subject is long, and 'the number of dead'", () => {
    expect(figures("The death toll from a week of flooding in the Varne valley rose to 312 on Sunday.", "2014-08-18")).toEqual([["312", "toll", "death toll", "2014-08-17", null]]);
    expect(figures("The agency said the number of dead stood at 46 on Tuesday, 128 on Thursday and 241 on Saturday.", "2014-08-18").map(([q, unit, , date]) => [q, unit, date])).toEqual([
      ["46", "dead", "2014-08-12"],
      ["128", "dead", "2014-08-14"],
      ["241", "dead", "2014-08-16"],
    ]);
  });

  it("says what happened to the counted noun: still missing, will stay closed", () => {
    expect(figures("At least 60 people are still missing.", "2014-08-18")[0][2]).toBe("people missing");
    expect(figures("Nearly 300 boats were damaged and 12 piers will stay closed until the end of April.", "2019-03-11").map(([q, , concept]) => [q, concept])).toEqual([
      ["Nearly 300 boats", "boats damaged"],
      ["12 piers", "piers closed"],
    ]);
  });

  it("does not date a figure by the year it is compared with, nor call a shortfall a change", () => {
    const [share, points] = figures("The Alliance took 34.6 percent of the vote, up 5.2 percentage points from the last election in 2017.", "2021-09-28");
    expect(share[3]).not.toBe("2017");
    expect(points[3]).not.toBe("2017");
    expect(figures("It won 143 seats, falling 33 seats short of a majority.", "2021-09-28")[1][4]).toBeNull();
    // The compared figure itself is the one its year dates.
    expect(figures("Turnout was lower than the 70 percent recorded in 2004.", "2009-08-21")[0][3]).toBe("2004");
  });

  it("takes a relative clause's subject from the noun it follows", () => {
    const concept = (text: string) => figures(text, "2025-05-12").map(([q, , c]) => [q, c]);
    expect(concept("Its shares, which have gained 18% so far this year, closed 2.4% higher at Rs 1,236.")).toEqual([["18%", "shares"], ["2.4%", "shares"], ["Rs 1,236", "shares"]]);
  });

  it("says whose age an age is, and that a level compared with is of the same thing", () => {
    const concept = (text: string) => figures(text, "2013-03-05").map(([q, , c]) => [q, c]);
    expect(concept("Chief executive Roland Pryce, 58, said Eastfield signed the 21-year-old winger Tiago Varela.")).toEqual([["58", "age of Roland Pryce"], ["21-year-old", "age of Tiago Varela"]]);
    expect(concept("Net profit for 2012 fell to 41 million francs from 67 million francs.")).toEqual([["41 million francs", "Net profit"], ["67 million francs", "Net profit"]]);
    const [dividend, before] = extractText("The board proposed a dividend of 2.60 CHF per share for 2012, down from 3.10 CHF a year earlier.", "2013-03-05").quantities;
    expect([before.measure, before.concept]).toEqual([dividend.measure, dividend.concept]);
  });

  it("dates a change by its period, not by the year it is measured from", () => {
    const [fall, level] = figures("Sales fell 6.5 percent from a year earlier to 1.2 billion Swiss francs in the first half of the year.", "2017-07-25");
    expect([fall[3], level[3]]).toEqual(["2017", "2017"]);
  });

  it("does not date a later sentence's figure by a relative clause's time or a plan still to come", () => {
    const listed = figures("Qinmao, which listed in Hong Kong in 2019, said on Monday that it sold 12bn yuan of cars in the third quarter. Its shares rose 7.5% in Hong Kong.", "2022-10-31");
    expect(listed.map(([q, , , date]) => [q, date])).toEqual([["12bn yuan", "2022"], ["7.5%", "2022-10-31"]]);
    const planned = figures("The plant, due to open in the spring of 2024, will make cells. Hoshida shares closed down 2.1 percent in Tokyo.", "2021-11-19");
    expect(planned.map(([q, , , date]) => [q, date])).toEqual([["2.1 percent", "2021-11-19"]]);
  });

  it("keeps a relative clause's time and an aside's time to themselves", () => {
    const date = (text: string, published: string) => figures(text, published).map(([q, , , d]) => [q, d]);
    expect(date("Varela, who has scored 14 goals in 58 games for Alvor, signed a contract until June 2029.", "2023-01-31")).toEqual([["14 goals", "2023-01-31"], ["58 games", "2023-01-31"]]);
    expect(date("The new council, in which her party holds 27 of the 45 seats, meets for the first time on Nov. 20.", "2023-11-06")).toEqual([["27", "2023-11-06"], ["45 seats", "2023-11-06"]]);
    expect(date("The festival, first held in 1979, receives about a fifth of its €2.4 million budget from the town.", "2014-06-20")).toEqual([["about a fifth", "2014-06-20"], ["€2.4 million", "2014-06-20"]]);
    // "more than a third" is a bound, not a comparison: "since January" dates the loss.
    expect(date("The stock has lost more than a third of its value since January.", "2013-08-06")).toEqual([["more than a third", "2013-01"]]);
  });

  it("dates a market move told with no day by the day reported on, and a frequency by when it holds", () => {
    const date = (text: string, published: string) => figures(text, published).map(([q, , , d]) => [q, d]);
    expect(date("Profit rose in the January-March quarter. Its shares, which have gained 18% so far this year, closed 2.4% higher.", "2025-05-12")).toEqual([["18%", "2025"], ["2.4%", "2025-05-12"]]);
    expect(date("Trains currently run every 20 minutes; from Dec. 10 they will run every 15 minutes. The talks lasted three hours.", "2018-11-20")).toEqual([["20 minutes", "2018-11-20"], ["15 minutes", "2018-12-10"], ["three hours", null]]);
  });

  it("gives figures after 'to' and 'and' the unit of the one they continue", () => {
    const found = figures("Nitrogen dioxide fell from 44 micrograms in 2009 to 36 in 2012 and 31 in 2015.", "2016-03-03");
    expect(found.map(([q, unit, , date]) => [q, unit, date])).toEqual([
      ["44 micrograms", "micrograms", "2009"],
      ["36", "micrograms", "2012"],
      ["31", "micrograms", "2015"],
    ]);
  });

  it("prints money with its cents", () => {
    expect(formatFigure({ value: 148.2, unit: "dollars", measure: "USD" })).toBe("$148.20");
    expect(formatFigure({ value: 4.5e9, unit: "dollars", measure: "USD" })).toBe("$4.5 billion");
  });

  it("says a figure as approximately as the article did: 'nearly 300', not 'about 300'", () => {
    expect(formatFigure({ value: 300, unit: "boats", measure: "count", qualifier: "approx", quote: "Nearly 300 boats" })).toBe("nearly 300");
    expect(formatFigure({ value: 38e6, unit: "dollars", measure: "USD", qualifier: "approx", quote: "$38 million" })).toBe("about $38 million");
  });

  it("ends no sentence where no space follows the stop", () => {
    expect(splitSentences("It set window.__ran to 1. Then it stopped.").map((s) => s.text)).toEqual(["It set window.__ran to 1.", "Then it stopped."]);
  });
});

describe("pages for articles nobody here annotated", () => {
  it("chart the death toll as one series however the article words it", () => {
    const varne = story("varne-valley-floods-2014-08-18");
    const deaths = varne.charts.find((c) => c.name === "series-deaths");
    expect(deaths?.ids.length).toBe(4);
    // Cards say each thing once: the toll, not the toll and "dead".
    expect(varne.figures.filter((f) => /^(?:death toll|dead)\b/i.test(f.label))).toHaveLength(1);
  });

  it("keep times that date no event off the timeline", () => {
    const varne = story("varne-valley-floods-2014-08-18");
    const timeline = varne.charts.find((c) => c.kind === "milestones")!;
    expect(timeline.furniture.title).toBe("Key dates, August 2014");
    // "The last flood on this scale, in 1998": a year is a period, not an event on a timeline of days.
    expect(varne.tables.milestones.map((m) => m.date)).not.toContain("1998");
    const ashcombe = story("ashcombe-united-title-race-2017-04-24");
    expect(ashcombe.tables.milestones.map((m) => m.date)).not.toContain("1994");
    expect(ashcombe.tables.milestones.map((m) => m.date)).not.toContain("2014");
    // "by the end of February the gap had narrowed": the label leaves the date to the timeline,
    // which draws the month the article names, not a last day it does not.
    expect(ashcombe.tables.milestones.find((m) => m.label === "The gap had narrowed to four")).toMatchObject({ date: "2017-02", precision: "month" });
    // "Dorren, a 27-year-old who joined from …": who did what.
    expect(ashcombe.tables.milestones.map((m) => m.label)).toContain("Dorren joined from the Dutch side FC Zwolde for €18m");
    // "12 piers will stay closed until the end of April": the word that says how an event meets its date stays.
    // Its day stays: closed up to April 30, not at some time in April.
    expect(story("harbor-storm-damage-2019-03-11").tables.milestones.map((m) => [m.date, m.label])).toContainEqual(["2019-04-30", "12 piers will stay closed until the end of April"]);
  });

  it("draw every event of a timeline an editor titled, however far apart", () => {
    const seed = readStory(SEED);
    expect(seed.charts.find((c) => c.kind === "milestones")!.ids).toHaveLength(seed.tables.milestones.length);
  });

  it("give cards that say whose figure and what period, and set an election's seats side by side", () => {
    const cards = (slug: string) => story(slug).figures.map((f) => [f.label, f.value, f.note]);
    const calvora = story("calvora-election-count-2021-09-28");
    expect(calvora.figures.map((f) => f.label)).toContain("Civic Alliance seats");
    expect(calvora.figures.map((f) => f.label)).not.toContain("Seats");
    // "would spend between £35m and £40m on new players": the card is of the spending.
    expect(story("ashcombe-united-title-race-2017-04-24").figures.map((f) => f.label)).toContain("Spending on new players");
    // "took 34.6 percent of the vote, up 5.2 percentage points from the last election": the level, with its change as the note.
    expect(calvora.figures.find((f) => f.label === "Alliance vote")).toMatchObject({ value: "34.6%", note: "Up 5.2 points from the last election in 2017" });
    const seats = calvora.charts.find((c) => c.kind === "bars")!;
    expect(seats.furniture.title).toBe("Seats, Sept. 26, 2021");
    expect(seats.ids.map((id) => calvora.tables.quantities.find((q) => q.id === id)!.value).sort((a, b) => b - a)).toEqual([143, 102, 38, 19]);
    expect(cards("norhaven-systems-earnings-2022-10-27")).toContainEqual(["Revenue", "$2.3 billion", "In the third quarter of 2022"]);
    // "…while the governing National Union fell to 27.1 percent": a share of what the sentence's first share was of.
    expect(calvora.tables.quantities.find((q) => q.quote === "27.1 percent")?.concept).toBe("governing National Union vote");
    // "Turnout was 71.3 percent. It had fallen … from 68.9 percent in 2009 to 64.2 percent in 2013 and 62.5 percent in 2017."
    const turnout = calvora.charts.find((c) => c.kind === "series")!;
    expect([turnout.furniture.title, turnout.ids.map((id) => calvora.tables.quantities.find((q) => q.id === id)!.value)]).toEqual(["Turnout", [68.9, 64.2, 62.5, 71.3]]);
    expect(cards("riverton-council-budget-2019-03-08")).toContainEqual(["Property taxes", "Up 2.5%", "From July 1, 2019"]);
    expect(cards("harbor-storm-damage-2019-03-11")).toContainEqual(["Boats damaged", "nearly 300", "As of March 9, 2019"]);
    // "40 percent less lung growth than those who started in 2009" is the sentence's to say, not a card's.
    expect(cards("school-roads-lung-study-2016-03-03").map(([label]) => label)).toEqual(["Average level of nitrogen dioxide outside the roadside schools"]);
  });

  it("call only what the article calls a deadline one, and give no countdown for expectations", () => {
    const deadlines = (slug: string) => story(slug).tables.milestones.filter((m) => m.category === "deadline").map((m) => m.date);
    expect(deadlines("calvora-election-count-2021-09-28")).toEqual(["2021-11-10"]);
    expect(deadlines("harbor-storm-damage-2019-03-11")).toEqual([]);
    expect(story("harbor-storm-damage-2019-03-11").figures.some((f) => /deadline/.test(f.label))).toBe(false);
  });

  it("close a quotation a label opens, and start a label that has no subject with its sentence", () => {
    const labels = [...story("norhaven-systems-earnings-2022-10-27").tables.milestones, ...story("varne-valley-floods-2014-08-18").tables.milestones].map((m) => m.label);
    for (const label of labels) expect((label.match(/“/g) ?? []).length, label).toBe((label.match(/”/g) ?? []).length);
    for (const label of labels) expect(label, label).not.toMatch(/^(?:Was|Were|Said|Drew|Fell|Rose) /);
  });

  it("draw no series of two points or one figure repeated, and no bars of two", () => {
    for (const slug of ["calvora-election-count-2021-09-28", "school-roads-lung-study-2016-03-03", "varne-valley-floods-2014-08-18"]) {
      const { charts } = story(slug);
      expect(charts.every((c) => c.kind !== "series" || c.ids.length >= 3), slug).toBe(true);
      expect(charts.every((c) => c.kind !== "bars" || c.ids.length >= 3), slug).toBe(true);
    }
  });

  it("say a forecast is one, and label a timeline's events without the date it shows or the condition they hang on", () => {
    // What happened leads; "rice output could fall 15 percent this year" takes a card only if one is left.
    expect(story("varne-valley-floods-2014-08-18").figures.map((f) => f.label)).toEqual(["Death toll in the Varne valley", "People in relief camps", "People missing", "River at the Ostrel bridge"]);
    const { figures } = storyOf({ ...articleOf("Rice output could fall 15 percent this year, the ministry said on Monday.", "2014-08-18") });
    expect(figures.map((f) => [f.label, f.value, f.note])).toEqual([["Rice output", "Down 15%", "Forecast for 2014"]]);
    expect(story("norhaven-systems-earnings-2022-10-27").figures.find((f) => f.label === "Gross margin")?.note).toBe("Forecast for the fourth quarter of 2022");
    const labels = story("calvora-election-count-2021-09-28").tables.milestones.map((m) => m.label);
    expect(labels).toContain("The new parliament will meet for the first time");
    expect(labels).toContain("The new prime minister would be sworn in");
    const ashcombe = story("ashcombe-united-title-race-2017-04-24").tables.milestones.map((m) => [m.date, m.label]);
    expect(ashcombe).toContainEqual(["2017-05-06", "United travel to Harwell"]);
    expect(ashcombe).toContainEqual(["2017-05-21", "United finish the season at home to Pellingham"]);
    // "Saturday's storm": a date that names the event stays in its label.
    expect(story("harbor-storm-damage-2019-03-11").tables.milestones.map((m) => m.label)).toContain("Saturday's storm caused about $38 million in damage to Riverton harbor");
    // A long label ends at the comma after its date, not mid-phrase: "…rose to 312 on Sunday, officials said, and…".
    expect(story("varne-valley-floods-2014-08-18").tables.milestones.map((m) => m.label)).toContain("The death toll from a week of flooding in the Varne valley rose to 312");
  });

  it("chart an earnings story's quarters as a series, and leave out the quarter not over when it was published", () => {
    const { charts, tables } = story("norhaven-systems-earnings-2022-10-27");
    const revenue = charts.find((c) => c.name === "series-revenue")!;
    const byId = new Map(tables.quantities.map((q) => [q.id, q]));
    expect(revenue.ids.map((id) => [byId.get(id)!.period, byId.get(id)!.value])).toEqual([
      ["2021-Q1", 1.6e9], ["2021-Q3", 1.9e9], ["2022-Q1", 2e9], ["2022-Q2", 2.1e9], ["2022-Q3", 2.3e9],
    ]);
    expect(revenue.furniture.subtitle).toBe("Reported figures, Q1 2021 to Q3 2022, in dollars");
    expect(revenue.furniture.note).toBe("Lines join the figures the article gives; it gives none in between. Not drawn, as a period not over when the article was published: $2.4 billion–$2.55 billion for Q4 2022.");
    // "up from 18,900 a year earlier" than "the end of September": September a year before.
    expect(tables.quantities.find((q) => q.quote === "18,900")?.date).toBe("2021-09");
  });

  it("chart a club's average gate by season: 'was 28,900 in the 2013-14 season, 33,100 a year later and 38,600 last season'", () => {
    const { charts, tables } = story("ashcombe-united-title-race-2017-04-24");
    const gate = charts.find((c) => c.name === "series-average-league-gate")!;
    const byId = new Map(tables.quantities.map((q) => [q.id, q]));
    expect(gate.ids.map((id) => [byId.get(id)!.date, byId.get(id)!.value])).toEqual([["2014", 28900], ["2015", 33100], ["2016", 38600], ["2017", 39800]]);
    expect(gate.furniture.title).toBe("Average league gate");
  });

  it("say what a deadline is for, date a change by its own clause, and take no record's 'since' for a change's baseline", () => {
    const card = (slug: string, label: string) => story(slug).figures.find((f) => f.label === label);
    expect(card("calvora-election-count-2021-09-28", "Days left to form a coalition")).toMatchObject({ value: "43 days", note: "Until Nov. 10, 2021; from publication, Sept. 28, 2021" });
    // "raises spending on schools by about 6 percent and sets aside $120 million … by the end of next year".
    expect(card("riverton-council-budget-2019-03-08", "Spending on schools")?.note).toBe("As of March 8, 2019");
    expect(card("riverton-council-budget-2019-03-08", "Flood defenses")?.note).toBe("By Dec. 31, 2020");
    // "will rise 4 percent next season, the first increase since 2014".
    expect(card("ashcombe-united-title-race-2017-04-24", "Ticket prices")).toMatchObject({ value: "Up 4%", note: "From 2018" });
  });

  it("keep an event of a sentence with a comparison in it, and type a side a team plays as a club", () => {
    // "21,400 at the end of September, up from 18,900 a year earlier, and … would add about 1,500 engineers by the end of March".
    const norhaven = story("norhaven-systems-earnings-2022-10-27").tables.milestones.map((m) => [m.date, m.label]);
    // A target as a timeline says it, not as it was reported: "Hanne Solberg said it would add …".
    expect(norhaven).toContainEqual(["2023-03", "Target: add about 1,500 engineers by the end of March"]);
    expect(story("calvora-election-count-2021-09-28").tables.milestones.map((m) => m.label)).toContain("Deadline for Iborra to form a coalition");
    // "At Christmas, Ashcombe were nine points behind Harwell": the label drops the date and its preposition.
    expect(story("ashcombe-united-title-race-2017-04-24").tables.milestones.map((m) => [m.date, m.label])).toContainEqual(["2016-12-25", "Ashcombe were nine points behind Harwell"]);
    expect(norhaven).toContainEqual(["2022-12-15", "The company will pay a quarterly dividend of 42 cents a share, up from 38 cents"]);
    const entities = story("ashcombe-united-title-race-2017-04-24").tables.entities.map((e) => [e.name, e.type]);
    expect(entities).toContainEqual(["Pellingham", "organization"]);
    expect(entities).toContainEqual(["Stenbury", "place"]);
  });

  it("say which place a card's figure is of, in a story of several places", () => {
    const body = "Flooding continued across India and Nepal on Monday.\n\nIndia's Assam region has been hit hard, with over 1.7 million people displaced.\n\nIn Nepal, 64 people were killed on Monday, according to authorities.";
    const labels = storyOf(articleOf(body, "2019-07-15")).figures.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(["People displaced in the Assam region", "People killed in Nepal"]));
    expect(story("ashcombe-united-title-race-2017-04-24").figures.map((f) => f.label)).toContain("Record crowd at Mere Park");
    // "the Continental Cup, which is worth about £25m … to each club that reaches the group stage": not the club's money.
    expect(story("ashcombe-united-title-race-2017-04-24").figures.map((f) => f.label)).not.toContain("Prize money");
  });

  it("draw a timeline's plans and deadlines hollow, and a unit with a symbol beside its number", () => {
    const calvora = story("calvora-election-count-2021-09-28");
    const timeline = calvora.charts.find((c) => c.kind === "milestones")!;
    const upcoming = calvora.tables.milestones.filter((m) => timeline.upcoming?.includes(m.id)).map((m) => m.date);
    expect(upcoming).toEqual(["2021-09-30", "2021-10-11", "2021-11-10", "2021-11-15"]);
    expect(timeline.furniture.note).toContain("Hollow: still to come when the article was published");
    // The seed's timeline is its editor's: drawn as the editor left it.
    expect(readStory(SEED).charts.find((c) => c.kind === "milestones")?.upcoming).toEqual([]);
    expect(story("varne-valley-floods-2014-08-18").figures.find((f) => f.label === "River at the Ostrel bridge")).toMatchObject({ value: "9.2 m", note: "As of Aug. 13, 2014" });
  });

  it("put a level before its change on a card: 'Net profit: $640 million, up 18% from a year earlier'", () => {
    const card = story("norhaven-systems-earnings-2022-10-27").figures.find((f) => f.label === "Net profit");
    expect(card).toMatchObject({ value: "$640 million", note: "Up 18% from a year earlier, in the third quarter of 2022" });
  });
});
