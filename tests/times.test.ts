import { describe, expect, it } from "vitest";
import { extractText } from "./support/fixtures.js";
import { datedTimes } from "../loaders/extraction/times.js";

/** The dates found in `sentence` (what v1 called times), as [text, date, precision, relation]. */
function time(sentence: string, published = "2013-10-11") {
  return datedTimes(extractText(sentence, published).times).map((t) => [t.text, t.date, t.precision, t.relation]);
}

/** Every time expression of contract v2, as [text, type, TimeML value, date]. */
function timex(sentence: string, published = "2013-10-11") {
  return extractText(sentence, published).times.map((t) => [t.text, t.type, t.timex, t.date]);
}

describe("time expressions (published Friday, Oct. 11, 2013)", () => {
  it.each([
    ["The Post reported Thursday that talks stalled.", [["Thursday", "2013-10-10", "day", "on"]]],
    ["The two met Friday.", [["Friday", "2013-10-11", "day", "on"]]],
    ["They will meet again Saturday.", [["Saturday", "2013-10-12", "day", "on"]]],
    ["Officials met on Monday.", [["Monday", "2013-10-07", "day", "on"]]],
    ["The count was taken on Aug. 1.", [["Aug. 1", "2013-08-01", "day", "on"]]],
    ["Washington wants a deal by the end of October.", [["by the end of October", "2013-10-31", "day", "by"]]],
    ["It can wait until after elections in April next year.", [["April next year", "2014-04", "month", "on"]]],
    ["Forces leave at the end of 2014.", [["the end of 2014", "2014-12-31", "day", "on"]]],
    ["No forces will stay after 2014.", [["after 2014", "2014", "year", "after"]]],
    ["Aid will continue beyond 2014.", [["beyond 2014", "2014", "year", "after"]]],
    ["The force had 130,000 troops two years ago.", [["two years ago", "2011-10", "month", "on"]]],
    ["Talks collapsed in 2011.", [["2011", "2011", "year", "on"]]],
    ["Troops have fought there since 2001.", [["since 2001", "2001", "year", "since"]]],
    ["There are currently 87,000 troops.", [["currently", "2013-10-11", "day", "on"]]],
    ["Karzai spoke this week.", [["this week", "2013-10-11", "day", "around"]]],
    ["Casualties fell last year.", [["last year", "2012", "year", "on"]]],
    ["Elections are due next year.", [["next year", "2014", "year", "on"]]],
    ["The deal is expected by the end of this month.", [["by the end of this month", "2013-10-31", "day", "by"]]],
    ["Troops served there in 2006-2007.", [["2006-2007", "2006", "year", "on"]]],
    ["The handover is due in mid-2014.", [["mid-2014", "2014", "year", "around"]]],
    ["The attack came a decade ago.", [["a decade ago", "2003-10", "month", "on"]]],
    ["The war began on Oct. 7, 2001.", [["Oct. 7, 2001", "2001-10-07", "day", "on"]]],
    ["The plan was announced in Sept. 2012.", [["Sept. 2012", "2012-09", "month", "on"]]],
    ["A runoff will be held on Nov. 7.", [["Nov. 7", "2013-11-07", "day", "on"]]],
    ["In the first six months of the year, 1,000 civilians died.", [["the first six months of the year", "2013", "year", "on"]]],
    ["Civilian deaths rose in 2009 and fell the following year.", [["2009", "2009", "year", "on"], ["the following year", "2010", "year", "on"]]],
  ])("%s", (sentence, expected) => {
    expect(time(sentence)).toEqual(expected);
  });

  it("resolves a month-day that is just ahead to the future, one long past to the past", () => {
    expect(time("The new mission begins on Jan. 1.", "2014-12-29")).toEqual([["Jan. 1", "2015-01-01", "day", "on"]]);
    expect(time("The count was taken on Dec. 1.", "2014-01-10")).toEqual([["Dec. 1", "2013-12-01", "day", "on"]]);
  });

  it("takes the reading weeks away when the tense would put a month-day almost a year off", () => {
    expect(time("The delegations agreed to meet again in Kabul on Jan. 18.", "2016-01-12")).toEqual([["Jan. 18", "2016-01-18", "day", "on"]]);
    expect(time("Washington wants the agreement signed by the end of October.", "2013-10-09")).toEqual([["by the end of October", "2013-10-31", "day", "by"]]);
    expect(time("The count was taken on Nov. 30.", "2013-10-09")).toEqual([["Nov. 30", "2012-11-30", "day", "on"]]);
  });

  it("reads an -ed word after a determiner as a noun, not a past verb", () => {
    expect(time("It needs $25 million to feed the displaced until the end of September.", "2014-07-02")).toEqual([["until the end of September", "2014-09-30", "day", "until"]]);
  });

  it("looks back from 'since', ahead from a timetable, and into the clause after an opening time", () => {
    expect(time("Prices have fallen by about 35% since June.", "2014-11-28")).toEqual([["since June", "2014-06", "month", "since"]]);
    expect(time("The league's fourth season begins on Friday.", "2011-04-04")).toEqual([["Friday", "2011-04-08", "day", "on"]]);
    expect(time("By Thursday the militants had reached Tikrit.", "2014-06-13")).toEqual([["By Thursday", "2014-06-12", "day", "by"]]);
    expect(time("Ministers meeting on Thursday left the output target unchanged.", "2014-11-28")).toEqual([["Thursday", "2014-11-27", "day", "on"]]);
    // A visit or meeting told in the present is a timetable too, adverb or not.
    expect(time("The two envoys meet separately Monday with the mediator.", "2014-11-28")).toEqual([["Monday", "2014-12-01", "day", "on"]]);
    // After "and" the words are another verb's; "planned" still looks ahead.
    expect(time("Farmers planned a march in the capital on Saturday and were weighing a blockade.", "2014-11-28")).toEqual([["Saturday", "2014-11-29", "day", "on"]]);
    // "than expected to" compares; it is no plan.
    expect(time("The warning Friday of a wider loss showed costs rising faster than expected to hit margins.", "2014-11-26")).toEqual([["Friday", "2014-11-21", "day", "on"]]);
  });

  it("reads 'that July' in the last year named, and leaves parts of a day and '£123m' alone", () => {
    expect(time("In late 2008 prices peaked at $147 a barrel that July and recovered the following year.", "2014-11-28").map((t) => t[1])).toEqual(["2008", "2008-07", "2009"]);
    expect(time("Families arrive every night, before a midnight deadline; profit fell to £123m after a fine.", "2014-11-28")).toEqual([]);
    expect(timex("Families arrive every night.", "2014-11-28")).toEqual([["every night", "set", "XXXX-XX-XXTNI", null]]);
  });

  it("counts 'the day before', 'that day', 'at the time' and 'the year before' from the last date named", () => {
    const dates = (text: string, published: string) => time(text, published).map((t) => [t[0], t[1], t[2]]);
    expect(dates("Militants took Mosul on Tuesday after fighting began the day before. Hassan escaped that day.", "2014-06-13")).toEqual([
      ["Tuesday", "2014-06-10", "day"],
      ["the day before", "2014-06-09", "day"],
      ["that day", "2014-06-10", "day"],
    ]);
    expect(dates("The last troops left in 2011. At the time, commanders were confident; the year before, they were not.", "2014-06-13")).toEqual([
      ["2011", "2011", "year"],
      ["At the time", "2011", "year"],
      ["the year before", "2010", "year"],
    ]);
  });

  it("reads a quarter with no year as a month is read: the nearest, or the next when the words look ahead", () => {
    expect(time("Sales rose in the second quarter and will rise in the third quarter.", "2015-07-22").map((t) => t[1])).toEqual(["2015", "2015"]);
    expect(time("Sales fell in the fourth quarter.", "2015-02-10").map((t) => t[1])).toEqual(["2014"]);
  });

  it("reads a numbered quarter as the latest begun, or under a forward-looking verb the first whose results are still to come", () => {
    expect(time("Net income rose in the third quarter.", "1989-11-02").map((t) => t[1])).toEqual(["1989"]);
    expect(time("The company will report third-quarter results.", "1989-10-20").map((t) => t[1])).toEqual(["1989"]);
    expect(time("It expects a loss in the first quarter.", "1989-11-02").map((t) => t[1])).toEqual(["1990"]);
  });

  it("reads a verb further back in its phrase, or after the time's noun phrase, and a deadline given in the past as the nearer date", () => {
    // The verb is more than six words back: "switched … in December".
    expect(time("The brewer switched the reporting of its results onto the calendar in December.", "1995-10-20")).toEqual([["December", "1994-12", "month", "on"]]);
    // …but not past a new subject that looks ahead, or an infinitive.
    expect(time("Analysts said they expect the merger to close by Dec. 15.", "1995-10-20")).toEqual([["by Dec. 15", "1995-12-15", "day", "by"]]);
    // The noun phrase "the mill's statement Friday of a record loss" is the subject of "surprised".
    expect(time("The mill's statement Friday of a record loss for the quarter surprised traders who expect a recovery next year.", "1995-10-23").map((t) => t.slice(0, 2))).toEqual([["Friday", "1995-10-20"], ["the quarter", "1995"], ["next year", "1996"]]);
    // A deadline someone gave: "gave the bidders until mid-November" in late October is weeks away.
    expect(time("The regulator gave the bidders until mid-November to improve their offers.", "1995-10-30")).toEqual([["until mid-November", "1995-11", "month", "until"]]);
    // A day named by what happened on it is no deadline.
    expect(time("Prices were steady before Friday's sell-off.", "1995-10-25")).toEqual([["before Friday", "1995-10-20", "day", "before"]]);
    // An opening time takes the tense of its clause's first verb.
    expect(time("On Tuesday, the union plans to show a film made last week.", "1995-10-23").map((t) => t.slice(0, 2))).toEqual([["Tuesday", "1995-10-24"], ["last week", "1995-10-16"]]);
  });

  it("dates a change 'effective' on a day ahead, 'could one day' as some day to come, a year back from a day named as a day, and a season of a spoken year", () => {
    expect(timex("The board named a new treasurer, effective Feb. 1.", "1995-10-26")).toEqual([["Feb. 1", "date", "1996-02-01", "1996-02-01"]]);
    expect(timex("She could one day run the bank, but she worked one day a week.", "1995-10-26").map(([text, type, value]) => [text, type, value])).toEqual([["one day", "date", "FUTURE_REF"], ["one day", "duration", "P1D"]]);
    expect(timex("In the 24 weeks to Aug. 12, the chain earned C$6.5 million, against C$18.1 million a year earlier.", "1995-10-26").map(([text, , value]) => [text, value])).toEqual([["the 24 weeks", "P24W"], ["Aug. 12", "1995-08-12"], ["a year earlier", "1994-08-12"]]);
    expect(timex("Prices last hit that level in the summer of nineteen eighty-two.", "1995-10-26")).toEqual([["the summer of nineteen eighty-two", "date", "1982-SU", "1982"]]);
  });

  it("takes 'overnight' before a noun for no time, and a day before an event set off after a date for that date", () => {
    // "overnight losses" names no night, so "the previous Friday" still counts from the Friday named.
    const body = "Shares closed lower Friday. They were hit by overnight losses in Tokyo. The index fell 3% from the previous Friday.";
    expect(timex(body, "1995-10-30").map(([text, , value]) => [text, value])).toEqual([["Friday", "1995-10-27"], ["from the previous Friday", "1995-10-20"]]);
    expect(time("Bonds rallied after June 3, the day before the currency crisis, and fell later.", "1995-10-30")).toEqual([["after June 3", "1995-06-03", "day", "after"], ["the day before", "1995-06-03", "day", "on"]]);
  });

  it("reads 'a week or so ago', 'the first two quarters of 1994', 'Easter week' and 'the day before last Tuesday'", () => {
    const read = (sentence: string, published: string) => timex(sentence, published).map(([text, type, value]) => [text, type, value]);
    expect(read("The plan was dropped a week or so ago.", "1995-02-22")).toEqual([["a week or so ago", "date", "1995-W07"]]);
    expect(read("Output rose in the first two quarters of 1994 and fell in the last two quarters.", "1995-02-22")[0]).toEqual(["the first two quarters of 1994", "date", "1994-H1"]);
    expect(read("Pilgrims arrive during Easter week.", "2000-04-17")).toEqual([["Easter week", "date", "2000-W16"]]);
    expect(read("The day before last Tuesday's hearing, the two met.", "2000-02-24")).toEqual([["The day before last Tuesday", "date", "2000-02-21"]]);
  });

  it("reads a past decision after an opening time as past, 'as early as' and a weekday deadline someone set as ahead, and 'overnight' before a preposition as a night", () => {
    expect(time("On Tuesday, the union agreed to end the strike.")).toEqual([["Tuesday", "2013-10-08", "day", "on"]]);
    expect(time("The envoy could arrive as early as Tuesday.")).toEqual([["Tuesday", "2013-10-15", "day", "on"]]);
    expect(timex("The judge put off until Tuesday morning her ruling on the case.")).toEqual([["until Tuesday morning", "time", "2013-10-15TMO", "2013-10-15"]]);
    expect(timex("Rebels withdrew overnight towards the border.")).toEqual([["overnight", "time", "2013-10-10TNI", "2013-10-10"]]);
  });

  it("reads the tense of the clause after an opening time", () => {
    expect(time("By the end of March, Congress had appropriated $90 billion.", "2012-07-08")).toEqual([["By the end of March", "2012-03-31", "day", "by"]]);
    expect(time("The U.S. has promised 10 drones by March, officials said.", "2014-02-02")).toEqual([["by March", "2014-03", "month", "by"]]);
  });

  it("does not take durations, vague phrases, verbs or names for times", () => {
    expect(time("The talks lasted about three hours and may resume sooner than later.")).toEqual([]);
    expect(time("Results will come in the coming weeks; troops march recently.")).toEqual([]);
    expect(time("The council passed Resolution 2096 unanimously.")).toEqual([]);
    // Stock prices in fractions, an index level, a company and a verb before a comma.
    expect(time("Corvale jumped 3 3/8 to 47 7/8. The gauge ended at 1984.6. Sun, the chipmaker, slipped. You may, some day, agree.")).toEqual([]);
  });

  it("gives offsets that slice the expression out of the body", () => {
    const body = "Kerry met Karzai on Friday. They meet again Saturday.";
    for (const t of extractText(body).times) expect(body.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("TimeML types and values (contract v2; published Friday, Oct. 11, 2013)", () => {
  it.each([
    ["The talks lasted about three hours.", [["about three hours", "duration", "PT3H", null]]],
    ["The war has gone on for two decades.", [["two decades", "duration", "P20Y", null]]],
    ["Prices rose over the past few weeks.", [["the past few weeks", "duration", "PXW", null]]],
    ["Troops have been there for the past two years.", [["the past two years", "duration", "P2Y", "2011"]]],
    ["A five-hour meeting ended the dispute.", [["five-hour", "duration", "PT5H", null]]],
    ["The market opens every weekday.", [["every weekday", "set", "XXXX-WXX-WD", null]]],
    ["Protesters gather each spring.", [["each spring", "set", "XXXX-SP", null]]],
    ["The council meets every Friday and publishes figures daily.", [["every Friday", "set", "XXXX-WXX-5", null], ["daily", "set", "P1D", null]]],
    ["Inspectors visit twice a week.", [["twice a week", "set", "P1W", null]]],
    ["Profit fell in the third quarter.", [["the third quarter", "date", "2013-Q3", "2013"]]],
    ["Output peaked in Q2 2012.", [["Q2 2012", "date", "2012-Q2", "2012"]]],
    ["Sales slowed last summer.", [["last summer", "date", "2013-SU", "2013"]]],
    ["The plant opened this spring, and it has been cold this winter.", [["this spring", "date", "2013-SP", "2013"], ["this winter", "date", "2013-WI", "2013"]]],
    ["The budget for fiscal 2015 is larger.", [["fiscal 2015", "date", "FY2015", "2015"]]],
    ["The company grew in the 1990s.", [["1990s", "date", "199", "1990"]]],
    ["Karzai spoke last week.", [["last week", "date", "2013-W40", "2013-10-04"]]],
    ["Troops are currently in Kabul.", [["currently", "date", "PRESENT_REF", "2013-10-11"]]],
    ["Violence has risen recently.", [["recently", "date", "PAST_REF", null]]],
    ["The vote closes at 10 p.m.", [["10 p.m.", "time", "2013-10-11T22:00", "2013-10-11"]]],
    ["They met on Friday morning.", [["Friday morning", "time", "2013-10-11TMO", "2013-10-11"]]],
    ["The attack came two years ago.", [["two years ago", "date", "2011", "2011-10"]]],
    ["The plant closed several years ago.", [["several years ago", "date", "PAST_REF", null]]],
    ["Crews have cleared the road in the past twenty four hours.", [["the past twenty four hours", "duration", "PT24H", "2013-10-11"]]],
    ["The vote took a minute and a half.", [["a minute and a half", "duration", "PT1M30S", null]]],
    ["The siege lasted two and a half years.", [["two and a half years", "duration", "P2Y6M", null]]],
    ["Stores close on Thanksgiving Day and reopen after Easter 2014.", [["Thanksgiving Day", "date", "2013-11-28", "2013-11-28"], ["after Easter 2014", "date", "2014-04-20", "2014-04-20"]]],
    ["The Christmas Island camp opened last May.", [["last May", "date", "2013-05", "2013-05"]]],
    ["Debt must fall by year-end.", [["by year-end", "date", "2013", "2013-12-31"]]],
    ["The hearing lasted 5 1/2 hours.", [["5 1/2 hours", "duration", "PT5H30M", null]]],
    ["The wafer ran for 1,000 hours; trains run on weekdays.", [["1,000 hours", "duration", "PT1000H", null], ["on weekdays", "set", "XXXX-WXX-WD", null]]],
    ["Cases rose to 2,870 last week from 1,940 the week before.", [["last week", "date", "2013-W40", "2013-10-04"], ["the week before", "date", "2013-W39", "2013-09-27"]]],
    ["Shares rose 6.43, on Friday, and the rule starts Jan. 1, 2014 at 1 of the plants (at 4 a.m. EDT Thursday).", [["Friday", "date", "2013-10-11", "2013-10-11"], ["Jan. 1, 2014", "date", "2014-01-01", "2014-01-01"], ["4 a.m. EDT Thursday", "time", "2013-10-10T04:00", "2013-10-10"]]],
    ["Profit for the January-March quarter rose; output is 10 million barrels a day and the fee £52 a year.", [["the January-March quarter", "date", "2013-Q1", "2013"]]],
    ["The battery lasts about 20 hours, the maker said on Friday, after 23 people complained.", [["about 20 hours", "duration", "PT20H", null], ["Friday", "date", "2013-10-11", "2013-10-11"]]],
    ["Shares fell 5.3 percent by mid-afternoon.", [["by mid-afternoon", "time", "2013-10-11TAF", "2013-10-11"]]],
    ["The deal should close by the end of this week, and a hearing is set for the week of Oct. 21.", [["by the end of this week", "date", "2013-W41", "2013-10-13"], ["the week of Oct. 21", "date", "2013-W43", "2013-10-21"]]],
    ["The union announced its plan Aug. 21; bonuses would go out on a still unannounced day in January.", [["Aug. 21", "date", "2013-08-21", "2013-08-21"], ["January", "date", "2014-01", "2014-01"]]],
    ["Protests began on Oct. 6; the previous Friday, parliament had voted, and the following Sunday it met.", [["Oct. 6", "date", "2013-10-06", "2013-10-06"], ["the previous Friday", "date", "2013-10-04", "2013-10-04"], ["the following Sunday", "date", "2013-10-13", "2013-10-13"]]],
    ["The north had three camps in 2011; two years on, there are 14, after two years on the run.", [["2011", "date", "2011", "2011"], ["two years on", "date", "2013", "2013"], ["after two years", "duration", "P2Y", null]]],
    ["The wall must be finished by the end of this month, after Danlami won a second term.", [["by the end of this month", "date", "2013-10", "2013-10-31"]]],
    ["The measures take effect on Wednesday; ministers agreed to convene again in September.", [["Wednesday", "date", "2013-10-16", "2013-10-16"], ["September", "date", "2014-09", "2014-09"]]],
    ["The missile flew at 2052 GMT on Wednesday; the killings ran between March and June 1993 and from May to July 2001.", [["2052 GMT on Wednesday", "time", "2013-10-09T20:52Z", "2013-10-09"], ["March", "date", "1993-03", "1993-03"], ["June 1993", "date", "1993-06", "1993-06"], ["from May to July 2001", "date", "2001-05", "2001-05"]]],
    ["Tokyo plans to spend 115 billion yen ($1.3 billion) on defence in the year starting in April.", [["April", "date", "2014-04", "2014-04"]]],
    ["Talks began on Oct. 6. The following Sunday they broke off; the siege lasted from December to February 2001.", [["Oct. 6", "date", "2013-10-06", "2013-10-06"], ["The following Sunday", "date", "2013-10-13", "2013-10-13"], ["from December to February 2001", "date", "2000-12", "2000-12"]]],
    ["The sides swapped prisoners on Monday, their first swap since talks collapsed in 2002; the soldiers were flown home the following morning.", [["Monday", "date", "2013-10-07", "2013-10-07"], ["2002", "date", "2002", "2002"], ["the following morning", "time", "2013-10-08TMO", "2013-10-08"]]],
    ["A drone struck on the night of Oct. 6, officials said Wednesday; the attack came shortly after 11 p.m. The shop closes at 11 p.m.", [["night of Oct. 6", "time", "2013-10-06TNI", "2013-10-06"], ["Wednesday", "date", "2013-10-09", "2013-10-09"], ["after 11 p.m.", "time", "2013-10-06T23:00", "2013-10-06"], ["11 p.m.", "time", "2013-10-11T23:00", "2013-10-11"]]],
    ["Rebels shelled the town overnight despite an overnight curfew.", [["overnight", "time", "2013-10-10TNI", "2013-10-10"]]],
    ["A boat capsized at about 4:30 a.m. (0230 GMT) on Tuesday.", [["about 4:30 a.m.", "time", "2013-10-08T04:30", "2013-10-08"], ["Tuesday", "date", "2013-10-08", "2013-10-08"]]],
    ["At mid-afternoon yesterday the bonds were flat.", [["mid-afternoon yesterday", "time", "2013-10-10TAF", "2013-10-10"]]],
    ["The crowd left within half an hour.", [["half an hour", "duration", "PT30M", null]]],
  ])("%s", (sentence, expected) => {
    expect(timex(sentence)).toEqual(expected);
  });

  it("reads an earnings story's quarters as TimeML does: the quarter it reports, and a year back at the same quarter", () => {
    const body = "Net income rose 10% in the third quarter from a year earlier. The quarter was the best since 1985, and the year-ago quarter included a charge. Results for the 1988 second quarter were restated.";
    expect(timex(body, "1989-10-27").map(([text, , value, date]) => [text, value, date])).toEqual([
      ["the third quarter", "1989-Q3", "1989"],
      ["from a year earlier", "1988-Q3", "1988"],
      ["The quarter", "1989-Q3", "1989"],
      ["since 1985", "1985", "1985"],
      ["the year-ago quarter", "1988-Q3", "1988"],
      ["the 1988 second quarter", "1988-Q2", "1988"],
    ]);
    expect(timex("Sales rose in the third quarter; a year ago they fell.", "1989-10-27").map(([, , value]) => value)).toEqual(["1989-Q3", "1988-Q3"]);
    expect(timex("The current quarter will be weaker.", "1989-10-27")).toEqual([["The current quarter", "date", "1989-Q4", "1989"]]);
    // A quarter still to come is no period reported on; "the quarter a year ago" is one quarter.
    expect(
      timex("Profit rose in the third quarter. Dividends are suspended through the second quarter of 1990. In the year-ago period it earned $4 million, against $3 million in the quarter a year ago.", "1989-10-27").map(([, , value]) => value),
    ).toEqual(["1989-Q3", "1990-Q2", "1988-Q3", "1988-Q3"]);
    // With no quarter in the story, "a year earlier" is the year before the last date named.
    expect(timex("Sales fell in 2012 from a year earlier.").map(([, , value]) => value)).toEqual(["2012", "2011"]);
  });

  it("keeps the month or year TimeML names in 'the end of', the weekend's week, days written after 'the night of', and years spoken", () => {
    expect(timex("The deal must close by the end of 2015 or the end of November.").map(([, , value, date]) => [value, date])).toEqual([
      ["2015", "2015-12-31"],
      ["2013-11", "2013-11-30"],
    ]);
    expect(timex("They met over the weekend.")).toEqual([["the weekend", "date", "2013-W40-WE", "2013-10-05"]]);
    expect(timex("The depot burned during the night of Friday, Oct. 4.")).toEqual([["night of Friday, Oct. 4", "time", "2013-10-04TNI", "2013-10-04"]]);
    expect(timex("It began in nineteen ninety-six and ends in the year two thousand and twenty, said nineteen people.").map(([text, , value]) => [text, value])).toEqual([
      ["nineteen ninety-six", "1996"],
      ["the year two thousand and twenty", "2020"],
    ]);
    expect(timex("Growth will slow in the current fiscal year and in recent years has been flat; current prices are high.").map(([text, type, value]) => [text, type, value])).toEqual([
      ["the current fiscal year", "date", "2013"],
      ["recent years", "duration", "PXY"],
      ["current", "date", "PRESENT_REF"],
    ]);
  });

  it("counts 'two years later' and 'three days later' from the last time named, and a year back from the month its sentence names", () => {
    expect(timex("The war began in 2003. Two years later, the troops left.")).toEqual([["2003", "date", "2003", "2003"], ["Two years later", "date", "2005", "2005"]]);
    expect(timex("The storm hit on Oct. 3. Three days later, the river rose.")).toEqual([["Oct. 3", "date", "2013-10-03", "2013-10-03"], ["Three days later", "date", "2013-10-06", "2013-10-06"]]);
    expect(timex("It employed 21,400 people at the end of September, up from 18,900 a year earlier.")[1]).toEqual(["a year earlier", "date", "2012-09", "2012-09"]);
    // Not from the day it was said: "said on Tuesday that sales fell from a year earlier" keeps to the article's period.
    expect(timex("Orlan said on Tuesday that sales fell from a year earlier.")[1]).toEqual(["from a year earlier", "date", "2012", "2012"]);
  });

  it("names a sports season by the year it ends in, and 'this season' as the one under way", () => {
    expect(timex("The gate was 28,900 in the 2013-14 season and 38,600 last season; this season it is 39,800.", "2017-04-24").map((t) => [t[0], t[3]])).toEqual([
      ["the 2013-14 season", "2014"], ["last season", "2016"], ["this season", "2017"],
    ]);
  });

  it("splits a clock time from its day, as TimeML does, and marks a time in GMT with ISO 8601's Z", () => {
    expect(timex("Nominations close by 18:00 GMT on Sunday.").map(([text, type, value]) => [text, type, value])).toEqual([
      ["by 18:00 GMT", "time", "2013-10-13T18:00Z"],
      ["Sunday", "date", "2013-10-13"],
    ]);
  });

  it("reads '3 1/2' and '3/4' as numbers, never as dates", () => {
    expect(timex("The new slab will be 3 1/2 in thick and cover 3/4 of the floor.")).toEqual([]);
  });

  it("marks the span TimeML draws: the expression without its relation word or approximation", async () => {
    const { timexSpan } = await import("../loaders/extraction/times.js");
    const body = "The deal must be signed by the end of 2015, roughly two weeks later.";
    const spans = extractText(body).times.map((t) => body.slice(timexSpan(t).start, timexSpan(t).end));
    expect(spans).toContain("the end of 2015");
  });
});