import { describe, expect, it } from "vitest";
import { csvParse } from "d3-dsv";
import { toCsv } from "../src/shared/csv.js";

describe("toCsv", () => {
  const csv = toCsv(
    [
      { id: 1, text: 'He said "no", then left', date: null, value: -5 },
      { id: 2, text: "=HYPERLINK(\"http://x\")", date: "2013-10", value: 0.5 },
      { id: 3, text: "+1 and @mention", date: "2013", value: 87200 },
    ],
    ["id", "text", "date", "value"],
  );

  it("starts with a BOM and ends every record with CRLF", () => {
    expect(csv.startsWith("\uFEFFid,text,date,value\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes per RFC 4180 and round-trips", () => {
    const rows = csvParse(csv.slice(1).replace(/\r\n/g, "\n"));
    expect(rows[0]).toEqual({ id: "1", text: 'He said "no", then left', date: "", value: "-5" });
  });

  it("defuses text that a spreadsheet would run as a formula, but not numbers", () => {
    const rows = csvParse(csv.slice(1));
    expect(rows[1].text).toBe("'=HYPERLINK(\"http://x\")");
    expect(rows[2].text).toBe("'+1 and @mention");
    expect(rows[0].value).toBe("-5");
  });
});
