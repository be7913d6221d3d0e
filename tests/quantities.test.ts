import { describe, expect, it } from "vitest";
import { extractText } from "./support/fixtures.js";
import { matchesOf } from "../loaders/extraction/matches.js";

function quantities(sentence: string, published = "2013-10-11") {
  return extractText(sentence, published).quantities.map((q) => [q.quote, q.value, q.unit, q.qualifier, q.date]);
}

describe("quantities (published Oct. 11, 2013)", () => {
  it("reads the seed's troop sentence: values, units, qualifiers and dates", () => {
    expect(quantities("The international force has dropped dramatically in strength — down from 130,000 troops two years ago to just over 87,200 troops on Aug. 1, including 60,000 Americans.")).toEqual([
      ["130,000 troops", 130000, "troops", "exact", "2011-10"],
      ["just over 87,200 troops", 87200, "troops", "more than", "2013-08-01"],
      ["60,000 Americans", 60000, "americans", "exact", "2013-08-01"],
    ]);
  });

  it.each([
    ["Their talks lasted about three hours.", [["about three hours", 3, "hours", "approx", null]]],
    ["It included a 10-minute private conversation.", [["10-minute", 10, "minutes", "exact", null]]],
    ["They held a four-day discussion.", [["four-day", 4, "days", "exact", null]]],
    ["About half of the troops are American.", [["About half", 0.5, "fraction", "approx", "2013-10-11"]]],
    ["Two-thirds of voters took part in 2009.", [["Two-thirds", 0.6667, "fraction", "exact", "2009"]]],
    ["Turnout was 30 percent in 2009.", [["30 percent", 30, "percent", "exact", "2009"]]],
    ["Turnout reached 45% in 2010.", [["45%", 45, "percent", "exact", "2010"]]],
    ["Aid will total $4.1 billion after 2014.", [["$4.1 billion", 4100000000, "dollars", "exact", "2014"]]],
    ["Britain spent 4.5 billion pounds last year.", [["4.5 billion pounds", 4500000000, "pounds", "exact", "2012"]]],
    ["Talks have stumbled over two issues.", [["two issues", 2, "issues", "exact", "2013-10-11"]]],
    ["Nearly 2,000 soldiers have died.", [["Nearly 2,000 soldiers", 2000, "soldiers", "approx", "2013-10-11"]]],
    ["Up to 40 others were wounded in 2012.", [["Up to 40 others", 40, "others", "up to", "2012"]]],
    ["At least 12 civilians were killed in 2012.", [["At least 12 civilians", 12, "civilians", "at least", "2012"]]],
    ["Fewer than 500 troops will remain after 2014.", [["Fewer than 500 troops", 500, "troops", "less than", "2014"]]],
    ["Some 2,500 tribal chiefs gathered in 2013.", [["Some 2,500 tribal chiefs", 2500, "tribal chiefs", "approx", "2013"]]],
    ["A dozen gunmen attacked in 2012.", [["A dozen gunmen", 12, "gunmen", "exact", "2012"]]],
    ["2,000 U.S. soldiers served there in 2012.", [["2,000 U.S. soldiers", 2000, "soldiers", "exact", "2012"]]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence)).toEqual(expected);
  });

  it("reads compound modifiers, mis-tagged plurals and halves", () => {
    expect(quantities("Most of the roughly 51,000 NATO-led troops currently in Afghanistan are due to leave.")).toEqual([
      ["roughly 51,000 NATO-led troops", 51000, "troops", "approx", "2013-10-11"],
    ]);
    expect(quantities("In 2012, a bomber killed 61 army recruits outside a recruiting center.")).toEqual([["61 army recruits", 61, "army recruits", "exact", "2012"]]);
    expect(quantities("The war has lasted nearly seven and a half years.")).toEqual([["nearly seven and a half years", 7.5, "years", "approx", null]]);
  });

  it("gives a baseline figure the time after it, not the forecast's", () => {
    expect(quantities("The deployment will lift the force to roughly 100,000 troops by the end of August, up from about 34,000 troops when Obama took office in January.", "2009-12-02")).toEqual([
      ["roughly 100,000 troops", 100000, "troops", "approx", "2010-08-31"],
      ["about 34,000 troops", 34000, "troops", "approx", "2009-01"],
    ]);
  });

  it("counts a range as one quantity with a high end (contract v2)", () => {
    expect(quantities("NATO will keep 8,000 to 12,000 troops after 2014.")).toEqual([["8,000 to 12,000 troops", 8000, "troops", "exact", "2014"]]);
    expect(extractText("NATO will keep 8,000 to 12,000 troops after 2014.").quantities[0].value_high).toBe(12000);
  });

  it("gives a share of a figure, and a figure after 'the number of', the noun they count", () => {
    expect(quantities("The party won at least 1,310 of 2,448 council seats, results showed on Monday.", "2015-11-02")).toEqual([
      ["at least 1,310", 1310, "council seats", "at least", "2015-11-02"],
      ["2,448 council seats", 2448, "council seats", "exact", "2015-11-02"],
    ]);
    expect(quantities("Only 18 bases remain open, and the number of American troops will fall from about 24,000 now to 9,800 at the end of 2014.", "2014-10-30")).toEqual([
      ["18 bases", 18, "bases", "exact", "2014-10-30"],
      ["about 24,000", 24000, "troops", "approx", "2014-10-30"],
      ["9,800", 9800, "troops", "exact", "2014-12-31"],
    ]);
  });

  it("reads money in millions written '£123m', ages, and 'one of' as no count", () => {
    expect(quantities("Profit fell to £123m after a €600m charge, one of the country's largest, a 46-year-old analyst said.", "2016-03-10")).toEqual([
      ["£123m", 123000000, "pounds", "exact", "2016-03-10"],
      ["€600m", 600000000, "euros", "exact", "2016-03-10"],
      ["46-year-old", 46, "years", "exact", null],
    ]);
    expect(quantities("The runner ran 100m.").map((q) => q[2])).not.toContain("dollars");
  });

  it("reads a magnitude, pence, 'N of them' and a figure its subject names past another figure", () => {
    expect(quantities("The number of people killed by Saturday's magnitude 7.8 earthquake rose to more than 4,300 on Tuesday.", "2015-04-28")).toEqual([
      ["magnitude 7.8", 7.8, "magnitude", "exact", "2015-04-25"],
      ["more than 4,300", 4300, "people", "more than", "2015-04-28"],
    ]);
    expect(quantities("The U.N. says 8 million people have been affected and that 1.4 million of them need food aid; shares closed at 348p.", "2015-04-28").map((q) => [q[0], q[2]])).toEqual([
      ["8 million people", "people"],
      ["1.4 million", "people"],
      ["348p", "pence"],
    ]);
  });

  it("reads a range after 'the number of' as the noun it names", () => {
    expect(quantities("Researchers put the number of people killed since June 2004 at between 2,500 and 3,600.", "2013-10-23").map((q) => [q[0], q[1], q[2]])).toEqual([
      ["between 2,500 and 3,600", 2500, "people"],
    ]);
  });

  it("ends a unit at the verb after a plural noun", () => {
    expect(quantities("Salaries for some 350,000 security personnel account for nearly 40 percent of the budget.", "2015-01-28")).toEqual([
      ["some 350,000 security personnel", 350000, "security personnel", "approx", "2015-01-28"],
      ["nearly 40 percent", 40, "percent", "approx", "2015-01-28"],
    ]);
  });

  it("dates a figure by the time after its parenthesis, a tally over a period by its start, and a share of it alike", () => {
    expect(quantities("Parliament on Tuesday approved a budget of 412 billion afghanis ($7.2 billion) for fiscal 2015.", "2015-01-28")).toEqual([
      ["412 billion afghanis", 412000000000, "afghanis", "exact", "2015"],
      ["$7.2 billion", 7200000000, "dollars", "exact", "2015"],
    ]);
    expect(quantities("From 2001 to 2014, Congress appropriated about $104 billion, more than 60 percent of it for the army, the report said.", "2014-10-30")).toEqual([
      ["about $104 billion", 104000000000, "dollars", "approx", "2001"],
      ["more than 60 percent", 60, "percent", "more than", "2001"],
    ]);
  });

  it("dates a conversion as the amount it converts, a change as the level it changes, and an amount by the year of what it is of", () => {
    expect(quantities("The party has promised to spend 85 billion naira (about $235 million) on roads by the end of 2020.", "2019-02-26").map((q) => [q[0], q[4]])).toEqual([
      ["85 billion naira", "2020-12-31"],
      ["about $235 million", "2020-12-31"],
    ]);
    expect(figures("MADRID, Dec 27 (Reuters) - The cabinet approved a budget of 72.9 billion euros ($80 billion) for 2018 on Tuesday night, up 4.5 percent from this year.", "2017-12-27").map((q) => [q[0], q[4]])).toEqual([
      ["72.9 billion euros", "budget"],
      ["$80 billion", "budget"],
      ["4.5 percent", "budget"],
    ]);
    expect(quantities("MADRID, Dec 27 (Reuters) - The cabinet approved a budget of 72.9 billion euros ($80 billion) for 2018 on Tuesday night, up 4.5 percent from this year.", "2017-12-27").map((q) => q[4])).toEqual(["2018", "2018", "2018"]);
    // "the wettest December since records began in 1891" compares; 1891 dates nothing.
    expect(quantities("It was the region's wettest December since records began in 1891, with 212 millimetres of rain.", "2020-12-30").map((q) => q[4])).not.toContain("1891");
    // The start of a tally in the sentence before dates nothing after it.
    expect(quantities("The government survived a vote on Tuesday. It was the fourth such motion since the premier took office late last year. The opposition accused it of mismanaging a 1.4 billion lev contract.", "2018-06-12").map((q) => q[4])).toEqual(["2018-06-12"]);
    // A tally since a day, past a figure between; what was collected so far, now.
    expect(quantities("Upwards of 1,800 fighters have handed in their weapons at three camps since the programme began on May 6, an official said Wednesday. The 1,240 rifles collected so far were stored.", "2013-05-29").map((q) => q[4])).toEqual(["2013-05-06", "2013-05-06", "2013-05-29"]);
    // Present verbs of where and what something holds; two participles share one auxiliary; a
    // past figure takes no time from a clause that looks ahead.
    expect(quantities("Soldiers seized power on Monday. The treasury holds 11.8 billion CFA francs, an official said, and one person is killed or maimed every two days.", "2008-04-21").map((q) => q[4])).toEqual(["2008-04-21", "2008-04-21", "2008-04-21"]);
    expect(quantities("The brigade arrived on Thursday. It brought 38 armoured vehicles by rail, and more are due this spring.", "2015-04-10").map((q) => q[4])).toEqual(["2015-04-09"]);
    // Two verbs of one event share its time; "now" in a sentence before dates no past figure.
    expect(quantities("Kyrgyzstan imposed a curfew on Thursday after a clash killed at least three people and wounded 27 on Tuesday night.", "2021-08-19").map((q) => q[4])).toEqual(["2021-08-17", "2021-08-17"]);
    expect(quantities("The brigade arrived on Thursday. Units will now rotate. It brought 38 armoured vehicles by rail.", "2015-04-10").map((q) => q[4])).toEqual(["2015-04-09"]);
    // What is reported keeps its own tense: "…, a spokeswoman said" does not make it past.
    expect(quantities("Chad now hosts 1.2 million refugees, and the appeal this year is 31% funded. Convoys travel more than 1,800 miles to reach the camps, a spokeswoman said.", "2024-11-05").map((q) => q[4])).toEqual(["2024-11-05", "2024", "2024-11-05"]);
    // A relative clause closes at its comma, not at the comma inside "102,000".
    expect(quantities("The regular army, which numbered 102,000 soldiers in 2010, has shrunk to about 76,400.", "2024-04-25").map((q) => q[4])).toEqual(["2010", "2024-04-25"]);
    // Reported speech puts a state back a tense; a part of the figure keeps its own time.
    expect(quantities("A rebel commander said his forces were 40-50 km from the town. The rebels still hold at least 40 people, some of them since 1998.", "2006-08-03").map((q) => q[4])).toEqual(["2006-08-03", "2006-08-03"]);
    // What a participle brings about keeps its own time.
    expect(quantities("The United States will send another $610 million in arms, an official said on Thursday, bringing aid since Feb. 24 to about $14.6bn.", "2022-09-09").map((q) => q[4])).toEqual(["2022-09-08", "2022-02-24"]);
    // A dateline's date is the report's: the deal was signed on Thursday.
    expect(quantities("NEW DELHI, Feb 29 (Reuters) - India signed a Rs 4,200 crore deal on Thursday for 22 helicopters.", "2008-02-29").map((q) => q[4])).toEqual(["2008-02-28", "2008-02-28"]);
    expect(quantities("Parliament approved a 2010 budget of 94.3 billion afghanis on Wednesday.", "2010-05-19").map((q) => q[4])).toEqual(["2010"]);
  });

  it("dates a tally by its own period, not by when officials told of it; those who told, by when they told it", () => {
    expect(quantities("The ministry told the Senate on Tuesday that 317 drone strikes had hit the area since 2008.", "2013-10-23")).toEqual([
      ["317 drone strikes", 317, "drone strikes", "exact", "2008"],
    ]);
    expect(quantities("Rockets hit a depot on the night of Oct. 19, killing 12 guards, three police officials said Wednesday.", "2013-10-23").map((q) => [q[0], q[4]])).toEqual([
      ["12 guards", "2013-10-19"],
      ["three police officials", "2013-10-23"],
    ]);
    // A participle is no telling: "cases reported by parents" are the month's.
    expect(quantities("In August the clinic saw 45 cases reported by parents.", "2013-10-23").map((q) => [q[0], q[4]])).toEqual([["45 cases", "2013-08"]]);
  });

  it("reads two figures joined by 'and' in one clause, and walks back past the time of a report", () => {
    expect(quantities("The military says 376 militants and 19 soldiers have been killed since June 15.", "2014-07-02")).toEqual([
      ["376 militants", 376, "militants", "exact", "2014-06-15"],
      ["19 soldiers", 19, "soldiers", "exact", "2014-06-15"],
    ]);
    expect(quantities("In a report released on Wednesday, the inspector said Washington spent $4.7 billion in fiscal 2014. Just over half of that went on salaries.", "2014-10-30")).toEqual([
      ["$4.7 billion", 4700000000, "dollars", "exact", "2014"],
      ["Just over half", 0.5, "fraction", "more than", "2014"],
    ]);
  });

  it("gives a forecast its target date, not the day it was announced", () => {
    expect(quantities("Obama said on Tuesday that 9,800 U.S. troops would remain at the start of next year.", "2014-05-28")).toEqual([
      ["9,800 U.S. troops", 9800, "troops", "exact", "2015-01-01"],
    ]);
  });

  it("dates a past figure with no time of its own by the sentence before", () => {
    expect(quantities("A bomb exploded in Kabul on Thursday. Up to 40 people were wounded.", "2013-05-17")).toEqual([
      ["Up to 40 people", 40, "people", "up to", "2013-05-16"],
    ]);
  });

  it("dates a past figure of a later paragraph by the event the story leads with, never by a year it is compared with", () => {
    const body = "The Civic Alliance won 143 seats in Sunday's election, the commission said on Tuesday.\n\nThe Alliance took 34.6 percent of the vote, up from the last election in 2017. The Union lost 41 seats.\n\nTurnout was 71.3 percent, the highest since 2001.\n\nAt least 223 people have stood as candidates since late August.";
    expect(quantities(body, "2021-09-28").map((q) => [q[0], q[4]])).toEqual([
      ["143 seats", "2021-09-26"],
      ["34.6 percent", "2021-09-26"],
      ["41 seats", "2021-09-26"],
      ["71.3 percent", "2021-09-26"],
      ["At least 223 people", "2021-08"],
    ]);
    // A quotation speaks when it was said.
    expect(quantities("The council met on Monday.\n\n\"We rely on others for 65 percent of what we spend,\" the mayor told reporters.", "2015-01-28").map((q) => q[4])).toEqual(["2015-01-28"]);
  });

  it("ignores years, ordinals, names and unattached numbers", () => {
    expect(quantities("The second sticking point arose in 2011, after the two met. One is a U.S. request. The council passed Resolution 2096 in the zero option.")).toEqual([]);
  });

  it("quotes the article verbatim", () => {
    const body = "Some 15,000 troops are taking part, and at least 12 civilians have been killed.";
    for (const q of extractText(body).quantities) expect(body.slice(q.start, q.end)).toBe(q.quote);
  });
});

/** Contract v2: [quote, value, value_high, measure, concept, change]. */
function figures(text: string, published = "2021-03-03") {
  return extractText(text, published).quantities.map((q) => [q.quote, q.value, q.value_high, q.measure, q.concept, q.change]);
}

describe("quantities, contract v2: measures, concepts, changes and ranges", () => {
  it.each([
    ["Shares in Calloway Foods climbed 18 percent to £4.12.", [["18 percent", 18, null, "percent", "Shares in Calloway Foods", "up"], ["£4.12", 4.12, null, "GBP", "Shares in Calloway Foods", null]]],
    ["The company raised GBP 40m and paid 120 CHF a share.", [["GBP 40m", 40000000, null, "GBP", null, null], ["120 CHF", 120, null, "CHF per share", null, null]]],
    ["Sales reached 12bn yuan, or US$1.7 billion.", [["12bn yuan", 12000000000, null, "CNY", "Sales", null], ["US$1.7 billion", 1700000000, null, "USD", "Sales", null]]],
    ["The ward budget is ₹85 lakh, part of a ₹1,240 crore plan.", [["₹85 lakh", 8500000, null, "INR", "ward budget", null], ["₹1,240 crore", 12400000000, null, "INR", "plan", null]]],
    ["The phone has a 5.8-inch screen.", [["5.8-inch", 5.8, null, "inch", "screen", null]]],
    ["Winds reached 90 km/h and it was minus-12 degrees Celsius.", [["90 km/h", 90, null, "kilometre per hour", "Winds", null], ["minus-12 degrees Celsius", -12, null, "degree Celsius", null, null]]],
    ["Estimates run from about 3,000 to 6,000 people displaced by the floods.", [["about 3,000 to 6,000 people", 3000, 6000, "count", "people displaced by the floods", null]]],
    ["Between 10-15 cm of snow fell.", [["Between 10-15 cm", 10, 15, "centimetre", "snow", null]]],
    ["Brent crude rose to $71.10 a barrel.", [["$71.10", 71.1, null, "USD per barrel", "Brent crude", null]]],
    ["United won in front of a record crowd of 41,250.", [["41,250", 41250, null, "count", "record crowd", null]]],
    ["Revenue climbed to $2.3bn from $1.9bn a year earlier.", [["$2.3bn", 2300000000, null, "USD", "Revenue", null], ["$1.9bn", 1900000000, null, "USD", "Revenue", null]]],
    ["Output was halved.", [["halved", 50, null, "percent", "Output", "down"]]],
    ["Repairs will cost tens of millions of dollars.", [["tens of millions of dollars", 10000000, 100000000, "USD", "Repairs", null]]],
    ["The pipeline leak cut Norvalian output by 1.5 million barrels a day.", [["1.5 million barrels", 1500000, null, "barrel per day", "Norvalian output", "down"]]],
    ["The route needs more than 12 3/4 miles of cable.", [["more than 12 3/4 miles", 12.75, null, "mile", "cable", null]]],
    ["The rupee fell as Pakistan paid Rs 2.3 billion.", [["Rs 2.3 billion", 2300000000, null, "PKR", null, null]]],
    ["Its GDP is $2.174T, and the fund paid 10 US dollars a unit.", [["$2.174T", 2174000000000, null, "USD", "GDP", null], ["10 US dollars", 10, null, "USD per unit", null, null]]],
    ["Plans include an 8- to 16-meter telescope.", [["8- to 16-meter", 8, 16, "metre", "telescope", null]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("gives a bare number the noun of the figure it follows on from, in the next sentence too", () => {
    expect(figures("British troops in Basra numbered 4,000. Two years later there were 14.").filter((q) => q[3] === "count")).toEqual([
      ["4,000", 4000, null, "count", "British troops in Basra", null],
      ["14", 14, null, "count", "British troops in Basra", null],
    ]);
  });

  it("names who holds a figure where a verb of winning or holding says so, so each party's seats are their own thing", () => {
    const text = "The centre-left Civic Alliance won 143 of 350 seats. The Union lost 41 seats and finished with 102. The Green Left won 38 seats, and the new Farmers' Voice party won 19. The Alliance won 2.39 million votes, against 1.87 million for the National Union.";
    expect(figures(text).map((q) => [q[0], q[4]])).toEqual([
      ["143", "Civic Alliance seats"],
      ["350 seats", "seats"],
      ["41 seats", "seats"],
      ["102", "Union seats"],
      ["38 seats", "Green Left seats"],
      ["19", "Farmers' Voice party seats"],
      ["2.39 million votes", "Alliance votes"],
      ["1.87 million", "National Union votes"],
    ]);
  });

  it("reads '31 of the 32 districts affected' as a part of a whole, and what befell people as what counts them", () => {
    expect(figures("Officials said 31 of the 32 districts affected were flooded, and at least 76 people have died.").map((q) => [q[0], q[4]])).toEqual([
      ["31", "districts affected"],
      ["32 districts", "districts affected"],
      ["at least 76 people", "people died"],
    ]);
  });

  it("counts people in a toll or a crowd its verb tells without a noun: 'killing 11', 'five were wounded', '60,000-70,000 took part'", () => {
    expect(figures("Gunmen ambushed a convoy on the road, killing 11, and rockets hit the town overnight, wounding at least five. In Basra two were injured.").map((q) => [q[0], q[4]])).toEqual([
      ["11", "people killed"],
      ["at least five", "people wounded"],
      ["two", "people injured"],
    ]);
    expect(figures("Police put the crowd at 18,000; organisers said 60,000-70,000 took part, and a march in Glasgow drew about 35,000.").map((q) => [q[0], q[4]])).toEqual([
      ["18,000", "crowd"],
      ["60,000-70,000", "people took part"],
      ["about 35,000", null],
    ]);
    // "killing 11 soldiers" has its own noun.
    expect(figures("The blast killed 11 soldiers.").map((q) => [q[0], q[4]])).toEqual([["11 soldiers", "soldiers"]]);
  });

  it("reads the counted noun past a nationality, a hyphenated modifier and a whole's possessive", () => {
    expect(extractText("Britain will train about 2,000 Ukrainian recruits a month and buy 22 medium-lift helicopters; results from 41 of the state's 1,802 polling units were cancelled.").quantities.map((q) => [q.quote, q.unit])).toEqual([
      ["about 2,000 Ukrainian recruits", "recruits"],
      ["22 medium-lift helicopters", "medium-lift helicopters"],
      ["41", "polling units"],
      ["1,802 polling units", "polling units"],
    ]);
    expect(extractText("Rebels recruited 200 children, some as young as 11, to carry 50-kg sacks.").quantities.map((q) => [q.value, q.unit, q.measure])).toEqual([
      [200, "children", "count"],
      [11, "years", "year"],
      [50, "kg", "kilogram"],
    ]);
  });

  it("reads shares written 'one in five', sea miles, som and soles, ages before a name in any alphabet or 'when he was 17', and a margin's 'plus or minus'", () => {
    expect(extractText("Nearly one in five children under 5 is malnourished. The shoal lies 120 nautical miles west. Bishkek set aside 80 million som and Lima 230 million soles. Soldiers named Idrissa Maïga, 66, premier; a corporal was captured when he was 17. The margin of error was plus or minus 2.8 percentage points, and four are still being held.").quantities.map((q) => [q.quote, q.value, q.measure])).toEqual([
      ["Nearly one in five", 0.2, "fraction"],
      ["under 5", 5, "year"],
      ["120 nautical miles", 120, "nautical mile"],
      ["80 million som", 80000000, "KGS"],
      ["230 million soles", 230000000, "PEN"],
      ["66", 66, "year"],
      ["17", 17, "year"],
      ["2.8 percentage points", 2.8, "percentage point"],
      ["four", 4, "count"],
    ]);
  });

  it("names a level set 'with turnout at', a fine, and how far a place is", () => {
    expect(figures("Voters approved the charter, with turnout at 72 percent. Seoul fined the captain 30 million won. A village about 25 miles (40 kilometers) west of Miranshah was hit.").map((q) => [q[0], q[4]])).toEqual([
      ["72 percent", "turnout"],
      ["30 million won", "fine"],
      ["about 25 miles", "distance west of Miranshah"],
      ["40 kilometers", "distance west of Miranshah"],
    ]);
  });

  it("reads one unit with a bound ('about a month', 'less than a mile'), 'to double', and ages of 'people over 65'", () => {
    expect(extractText("The show ran for about a month, less than a mile away, nearly a year ago; it plans to double its staff, and shots are free for people over 65.").quantities.map((q) => [q.quote, q.value, q.measure, q.qualifier])).toEqual([
      ["about a month", 1, "month", "approx"],
      ["less than a mile", 1, "mile", "less than"],
      ["double", 100, "percent", "exact"],
      ["over 65", 65, "year", "more than"],
    ]);
  });

  it("reads a fraction before 'since', 'now' or 'majority'", () => {
    expect(extractText("The catch has fallen by almost a third since 1997, from roughly half now, and a two-thirds majority is needed.").quantities.map((q) => [q.quote, q.value])).toEqual([
      ["almost a third", 0.3333],
      ["roughly half", 0.5],
      ["two-thirds", 0.6667],
    ]);
  });

  it("reads no share where the numbers count different things, and no millions in a race's name", () => {
    expect(extractText("She won the 100m hurdles; gunmen killed five in two attacks and police arrested 12 in 24 hours.").quantities.map((q) => q.value)).toEqual([100, 5, 2, 12, 24]);
  });

  it("gives 'the 23-year-old' the age of the person last named", () => {
    expect(figures("Marcus Deveraux scored 31 points. The 23-year-old played 44 minutes, and Alvor paid €12.5 million for the 26-year-old in August.").map((q) => [q[0], q[4]])).toContainEqual(["23-year-old", "age of Marcus Deveraux"]);
  });

  it("names what money is for past a conversion, and a prison term", () => {
    expect(figures("Parliament approved 1.6 billion hryvnias (about $100 million) in emergency aid, and will spend 85 billion naira on roads, $5m in New York and €12.5 million for Iker Alday. A court sentenced Nkoyo to 22 years in prison.").map((q) => [q[0], q[4]])).toEqual([
      ["1.6 billion hryvnias", "emergency aid"],
      ["about $100 million", "emergency aid"],
      ["85 billion naira", "roads"],
      ["$5m", null],
      ["€12.5 million", "Iker Alday"],
      ["22 years", "prison sentence"],
    ]);
    // Another measure's number and unit are no part of what a figure counts.
    expect(figures("The 6.1-inch Pixel 9 costs $799.").map((q) => [q[0], q[4]])[1]).toEqual(["$799", "Pixel 9"]);
    // A currency's code before an amount is no one the figure is for.
    expect(figures("Sales rose 5% to GBP 40m.").map((q) => [q[0], q[4]])).toEqual([
      ["5%", "Sales"],
      ["GBP 40m", "Sales"],
    ]);
  });

  it("reads a list whose verb and noun are left out after the first figure, dozens, scales joined by hyphens, and nouns 'of whom' and 'there are now' stand for", () => {
    expect(figures("The Union holds 59 seats, the Social Democrats 54 and minority deputies eight; police sent two dozen officers.").map((q) => [q[0], q[1], q[4]])).toEqual([
      ["59 seats", 59, "Union seats"],
      ["54", 54, "Social Democrats seats"],
      ["eight", 8, "minority deputies seats"],
      ["two dozen officers", 24, "officers"],
    ]);
    // "up from 21" compares; no holder is left out before it.
    expect(figures("The Greens won 38 seats, up from 21.").map((q) => [q[0], q[4]])).toEqual([
      ["38 seats", "Greens seats"],
      ["21", "seats"],
    ]);
    expect(extractText("The plan belongs to a 700-million-euro package for officers, some 40,000 of whom have waited for flats. There were two camps in 2003; there are now 19.").quantities.map((q) => [q.quote, q.value, q.unit])).toEqual([
      ["700-million-euro", 700000000, "euros"],
      ["some 40,000", 40000, "officers"],
      ["two camps", 2, "camps"],
      ["19", 19, "camps"],
    ]);
  });

  it("reads 'sub-10' as a bound, and a range of estimates whose noun an earlier sentence gave", () => {
    expect(extractText("The plant will make sub-10 nanometre chips; the F-16 jets flew.").quantities.map((q) => [q.quote, q.value, q.qualifier, q.measure])).toEqual([["sub-10 nanometre", 10, "less than", "nanometre"]]);
    expect(extractText("Aid groups counted 2,000 refugees in the town. Estimates run from about 3,000 to 6,000.").quantities.map((q) => [q.quote, q.value, q.value_high, q.unit, q.qualifier])).toEqual([
      ["2,000 refugees", 2000, null, "refugees", "exact"],
      ["about 3,000 to 6,000", 3000, 6000, "refugees", "approx"],
    ]);
  });

  it("counts a bare number in its subject's noun after 'fell by' and 'will number perhaps'", () => {
    expect(extractText("Payrolls fell by 2,300 in May. British troops will number perhaps 9,500 after the drawdown.").quantities.map((q) => [q.quote, q.unit, q.concept, q.change])).toEqual([
      ["2,300", "payrolls", "Payrolls", "down"],
      ["9,500", "troops", "British troops", null],
    ]);
  });

  it("reads every match of a global pattern as matchAll does, and refuses a pattern without the flag", () => {
    expect(matchesOf(/a*/g, "baab").map((m) => [m.index, m[0]])).toEqual([...("baab".matchAll(/a*/g))].map((m) => [m.index, m[0]]));
    expect(() => matchesOf(/a/, "a")).toThrow(/global/);
  });

  it("takes no ordinal, model name, road or network for a figure", () => {
    expect(extractText("She won a second term.").quantities).toEqual([]);
    expect(figures("The FTSE 100 index and the iPhone 15 Pro rose; the A917 and 5G masts were shut.").filter((q) => q[3] === "count")).toEqual([]);
    expect(figures("Skyhaven grounded all 14 of its Boeing 737 jets.")).toEqual([["14 of its Boeing 737 jets", 14, null, "count", "Boeing 737 jets", null]]);
  });

  it.each([
    ["Half a million people fled, and a quarter million more left later.", [[500000, "count"], [250000, "count"]]],
    ["The dam cost three-quarters of a billion dollars.", [[750000000, "USD"]]],
    ["Tickets cost 15€ and 10 000 dollars bought a box; the bill came to 12,34,567 rupees.", [[15, "EUR"], [10000, "USD"], [1234567, "INR"]]],
    ["Police seized 40 pounds of cocaine, and the baby weighed 7 pounds; the fine was 300 pounds.", [[40, "pound"], [7, "pound"], [300, "GBP"]]],
    ["The lake holds 4 km squared of ice over 4km^2, at 1.7 eV, 3 L, 50 Wh, 100 cl and 278,000 t of ore.", [[4, "square kilometre"], [4, "square kilometre"], [1.7, "electronvolt"], [3, "litre"], [50, "watt hour"], [100, "centilitre"], [278000, "tonne"]]],
    ["Temperatures hit 40C (104F) on Monday; 10 Kilometers per hour is 10kmph.", [[40, "degree Celsius"], [104, "degree Fahrenheit"], [10, "kilometre per hour"], [10, "kilometre per hour"]]],
    ["The centre is 6 ft 2 in and his pencil is 2 in.", [[6.1667, "foot"], [2, "inch"]]],
    ["The fare came to seventeen dollars and thirty-five cents, the stamp £2 and 40p.", [[17.35, "USD"], [2.4, "GBP"]]],
    ["the firm paid 125 million australian dollars and 8 Danish kroner.", [[125000000, "AUD"], [8, "DKK"]]],
    ["The loss was $-99.99 and light covers 3 × 10^8 m/s; the grid is 2.5×10⁻⁵ m wide.", [[-99.99, "USD"], [300000000, "metre per second"], [0.000025, "metre"]]],
    ["The collider reached 5 fb−1 of data.", [[5, "count"]]],
    ["A 3 month old girl was among them; set the thermostat to 18°.", [[3, "month"], [18, "degree"]]],
    ["He walked half a mile, then three-quarters of a mile and one-half miles; he served seven and a half years; half the vote went to Vale.", [[0.5, "mile"], [0.75, "mile"], [0.5, "mile"], [7.5, "year"], [0.5, "fraction"]]],
    ["She lost 25 pounds; the fine was 300 pounds.", [[25, "pound"], [300, "GBP"]]],
    // Business copy's codes: millions prefixed ("MEUR"), a scale after the code, a dollar's code before its sign, the renminbi's RMB.
    ["The unit lost 42 MEUR, about MAUD 70, and 65 USD million; it bid CAD$ 12 and RMB 8 billion.", [[42000000, "EUR"], [70000000, "AUD"], [65000000, "USD"], [12, "CAD"], [8000000000, "CNY"]]],
    ["ALL 5 riders finished in the TOP 10.", [[5, "count"]]],
    ["The cabinet approved 72.9 billion shekels, and Dakar will spend 25 billion CFA francs; the ferry sank at 4:30 a.m. (0230 GMT).", [[72900000000, "ILS"], [25000000000, "XOF"]]],
    ["BOGOTA (Reuters) - The ministry set aside 2.5 billion pesos.", [[2500000000, "COP"]]],
    // A country is named by its name as a word: "woman" does not name Oman.
    ["A woman paid 50 rials.", [[50, "IRR"]]],
    ["The final drew 3m viewers and 2.4m people; the tower is 48m tall.", [[3000000, "count"], [2400000, "count"], [48, "metre"]]],
    // Codes in lower case or against the amount, a country split from its sign, signs only one currency writes.
    ["The ferry fare is 40 rmb, the bus usd 3, the visa 115USD and the tour c $ 80.", [[40, "CNY"], [3, "USD"], [115, "USD"], [80, "CAD"]]],
    ["The lamp costs 250₾ in Tbilisi and 90,000 ₭ in Vientiane; the tea was 100元.", [[250, "GEL"], [90000, "LAK"], [100, "CNY"]]],
    // "us" before "$" is a pronoun, and a capital set apart before it a label.
    ["It cost us $5 million, and Option C $40 million.", [[5000000, "USD"], [40000000, "USD"]]],
    // Cents left unnamed where an amount in words or code ends.
    ["Entry was 12 dollars and 75, and the guide charged 30 EUR 50.", [[12.75, "USD"], [30.5, "EUR"]]],
    ["The newborn was just over three pounds; a short ton is 2,000 pounds.", [[3, "pound"], [2000, "pound"]]],
    ["The hall's length is 40 m; the crane lifts 60t; she won the 400m relay; each sack weighs 20 (kg) and takes 1/2 cup of water.", [[40, "metre"], [60, "tonne"], [400, "metre"], [20, "kilogram"], [0.5, "cup"]]],
    // India's "lakh crore" (a trillion); basis points, in words or "bps"; seconds timed.
    ["The state will spend Rs 2.5 lakh crore; the bank cut rates by 25 basis points and spreads rose 40 bps; she ran 100 metres in 10.8 seconds.", [[2500000000000, "INR"], [25, "basis point"], [40, "basis point"], [100, "metre"], [10.8, "second"]]],
    ["Chief executive Roland Pryce, 58, said police seized 40 kilos and 46 relief camps opened in Kabul, 12 of them new.", [[58, "year"], [40, "kilogram"], [46, "count"], [12, "count"]]],
  ])("reads a measure as written: %s", (text, expected) => {
    expect(extractText(text).quantities.map((q) => [q.value, q.measure])).toEqual(expected);
  });

  it.each([
    ["A hundred people came, then two hundred and fifty more, then two thousand five hundred.", [[100, null, "count"], [250, null, "count"], [2500, null, "count"]]],
    ["A million people marched; over two hundred were held.", [[1000000, null, "count"], [200, null, "count"]]],
    ["The Mets are 2½ games back after 1½ hours of rain and ½ tbsp of salt.", [[2.5, null, "count"], [1.5, null, "hour"], [0.5, null, "tablespoon"]]],
    ["Overnight lows ranged from -12 °C to -27 °C.", [[-27, -12, "degree Celsius"]]],
    ["The study followed 4,812 adults aged 40–75.", [[4812, null, "count"], [40, 75, "year"]]],
    ["British troops in Basra fell from 8,000 in 2005 to 5,000 in 2007.", [[8000, null, "count"], [5000, null, "count"]]],
  ])("reads numbers in words, Unicode fractions and ranges written from the top: %s", (text, expected) => {
    expect(extractText(text).quantities.map((q) => [q.value, q.value_high, q.measure])).toEqual(expected);
  });

  it("counts a part in its whole's noun, and takes no score for a range", () => {
    expect(extractText("It will cut 450 of its 3,200 jobs and has won four of their five matches.").quantities.map((q) => [q.quote, q.value, q.unit])).toEqual([
      ["450", 450, "jobs"],
      ["3,200 jobs", 3200, "jobs"],
      ["four", 4, "matches"],
      ["five matches", 5, "matches"],
    ]);
    expect(extractText("Okafor won on Sunday, beating Hruska 7-6, 6-3 in the final to collect $520,000.").quantities.map((q) => q.quote)).toEqual(["$520,000"]);
    expect(extractText("United have 71 points from 34 games; Harwell drew 0-0 at Stenbury.").quantities.map((q) => q.quote)).toEqual(["71 points", "34 games"]);
  });

  it("tells a change from a level: differences, amounts wiped off or added, a change and the level it reached", () => {
    const changes = (text: string) => extractText(text).quantities.map((q) => [q.quote, q.value_high, q.change]);
    expect(changes("Karandi's workforce fell by 2,300 to 12,500 employees; it raised prices by 10 to 15 percent.")).toEqual([
      ["2,300", null, "down"],
      ["12,500 employees", null, null],
      ["10 to 15 percent", 15, "up"],
    ]);
    expect(changes("The stock lost more than a third of its value, wiping about £1.2bn off its market value.")).toEqual([["more than a third", null, "down"], ["about £1.2bn", null, "down"]]);
    expect(changes("It ordered 1.8 million doses, 300,000 more than last winter, and its margin narrowed by 1.5 percentage points.")).toEqual([
      ["1.8 million doses", null, null],
      ["300,000", null, "up"],
      ["1.5 percentage points", null, "down"],
    ]);
    // "every six months cut levels": a verb with its object, not "a 4% cut in rates".
    expect(changes("An injection given every six months cut levels by an average of 52%.")).toEqual([["six months", null, null], ["52%", null, "down"]]);
  });

  it("counts a plural noun tagged as a verb after 'served 14', a staff of 350, and the level a percent change reached", () => {
    expect(extractText("Okafor served 14 aces; the firm will double its staff of 350. Admissions climbed 22 percent to 1,340.").quantities.map((q) => [q.quote, q.unit])).toEqual([
      ["14 aces", "aces"],
      ["350", "staff"],
      ["22 percent", "percent"],
      ["1,340", "admissions"],
    ]);
  });

  it("reads pesos and rupees as the currency of the country a place is said to be in", () => {
    expect(extractText("Thieves in the Philippine city of Marisol took gems worth 130 million pesos.").quantities[0].measure).toBe("PHP");
    expect(extractText("The Nepali district of Khorsa is spending 45 lakh rupees.").quantities[0].measure).toBe("NPR");
    expect(extractText("It cost 130 million pesos.").quantities[0].measure).toBe("MXN");
  });

  it("takes a bound from the verb: 'passed' is more than, 'could rise to' up to", () => {
    expect(extractText("Annual revenue passed $150 million; the fee could rise to £62m; output could top 10 million barrels; sales rose to $2bn.").quantities.map((q) => [q.quote, q.qualifier])).toEqual([
      ["$150 million", "more than"],
      ["£62m", "up to"],
      ["10 million barrels", "more than"],
      ["$2bn", "exact"],
    ]);
  });

  it("names no euro for a currency a country had before it ('Dutch guilders'), and leaves it counted as written", () => {
    expect(extractText("Veldhoven Mills paid 180 million Dutch guilders and 3 million French francs.").quantities.map((q) => [q.value, q.measure, q.unit])).toEqual([
      [180000000, "count", "guilders"],
      [3000000, "count", "francs"],
    ]);
  });

  it("takes no half of a game, 13F filing or 'two in the car' for a figure", () => {
    expect(extractText("He scored in the first half. The 13F filing is due. There are two in the van.").quantities).toEqual([]);
  });

  it("reads '3 1/2' as a number and never as a date", () => {
    const { quantities, times } = extractText("The new slab will be 3 1/2 in thick.");
    expect(quantities.map((q) => [q.value, q.measure])).toEqual([[3.5, "inch"]]);
    expect(times).toEqual([]);
  });
});
