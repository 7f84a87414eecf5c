/** The validator's rules for published figures, each shown refusing one bad row at its cell. */
import { ACCEPTED_PERIOD_FORMS } from "../../src/ingest/period-spellings";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { tempDataDir, where } from "./helpers";

const UNITS = [
  "code,name,type,level,parent_code,valid_from,valid_to",
  "52,Bình Định,Tỉnh,province,,,2025-06-30",
  "52,Gia Lai,Tỉnh,province,,2025-07-01,",
  "",
].join("\n");
const HEADER =
  "id,unit_code,unit_valid_to,period,window_from,window_to,period_label,indicator,label,value,out_of,rank,source_name,source_url,quote,quote_lang,value_from_translation,conflicts_with,inconsistent,inconsistency_note";
const GOOD = "a,52,2025-06-30,2022-Q1,,,,received_total,,131873,,,Cổng Bình Định,https://binhdinh.gov.vn/a.html,«q»,vi,,,,";

function issuesOf(...rows: string[]): string[] {
  const { dir, cleanup } = tempDataDir({ "units.csv": UNITS, "published.csv": [HEADER, ...rows, ""].join("\n") });
  try {
    return validateDataDir(dir).issues.map((i) => `${where(i, dir)} ${i.en}`);
  } finally {
    cleanup();
  }
}
const row = (changes: Record<number, string>, base = GOOD) =>
  base.split(",").map((c, i) => changes[i] ?? c).join(",");

describe("published figures: validation", () => {
  it("accepts a complete row", () => {
    expect(issuesOf(GOOD)).toEqual([]);
  });

  it.each([
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["\"java\tscript:alert(1)\""],
    ["\"https://binhdinh.gov.vn/a b\""],
    ["\"data:text/html;base64,PHNjcmlwdD4=\""],
    ["data:text/html;charset=utf-8;alert(1)"],
    ["/tin-tuc/a.html"],
    ["//binhdinh.gov.vn/a.html"],
  ])("refuses the source URL %s at its cell", (url) => {
    const issues = issuesOf(row({ 13: url }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^published\.csv:2:14 /);
  });

  it("tells the two units with code 52 apart by their last day, and checks the period against the one named", () => {
    expect(issuesOf(row({ 2: "2024-12-31" }))).toEqual([
      "published.csv:2:3 no unit 52 ending 2024-12-31; units with this code: Bình Định …→2025-06-30; Gia Lai 2025-07-01→nay",
    ]);
    expect(issuesOf(row({ 2: "" }))).toEqual([
      "published.csv:2:4 the end of the time covered, 2022-03-31, is outside the validity of Gia Lai (2025-07-01→nay)",
    ]);
  });

  it("checks ranks n/N with n ≤ N, and values within their maximum", () => {
    expect(issuesOf(row({ 11: "64/63" }))).toEqual(["published.csv:2:12 rank 64 is beyond the 63 ranked"]);
    expect(issuesOf(row({ 11: "hạng 16" }))).toEqual(["published.csv:2:12 a rank is n/N (16/63) or n"]);
    expect(issuesOf(row({ 9: "21", 10: "20", 7: "index_766_group" }))).toEqual(["published.csv:2:10 the value is above its maximum 20"]);
  });

  it("takes a period or a window, never both, and wants the absence of either said", () => {
    expect(issuesOf(row({ 5: "2022-03-31" }))).toEqual(["published.csv:2:6 give a period or a window (window_from, window_to), not both"]);
    expect(issuesOf(row({ 3: "", 4: "2022-04-01", 5: "2022-03-01" }))).toEqual(["published.csv:2:5 the window starts after it ends"]);
    expect(issuesOf(row({ 3: "" }))).toEqual(["published.csv:2:7 with no period or window, period_label must say the source states none"]);
    expect(issuesOf(row({ 3: "", 6: "Không ghi kỳ" }))).toEqual([]);
    expect(issuesOf(row({ 3: "2022-Q5" }))).toEqual([`published.csv:2:4 cannot read the period "2022-Q5"; accepted forms: ${ACCEPTED_PERIOD_FORMS.join("; ")}`]);
  });

  it("knows its indicators; other needs a label", () => {
    expect(issuesOf(row({ 7: "tong_ho_so" }))[0]).toMatch(/^published\.csv:2:8 must be one of: received_total, /);
    expect(issuesOf(row({ 7: "other" }))).toEqual(["published.csv:2:9 indicator other needs a label"]);
  });

  it("wants translations, inconsistencies and conflicts stated both ways", () => {
    expect(issuesOf(row({ 15: "en" }))).toEqual(["published.csv:2:17 the quote is a translation, so value_from_translation must be true"]);
    expect(issuesOf(row({ 18: "true" }))).toEqual(["published.csv:2:20 inconsistent = true and inconsistency_note go together"]);
    const other = row({ 0: "b", 9: "915", 13: "https://laodong.vn/b.html", 17: "a" });
    expect(issuesOf(row({ 17: "b" }), other)).toEqual([]);
    expect(issuesOf(row({ 17: "" }), other)).toEqual(['published.csv:3:18 row "a" does not point back: a conflict is recorded on both rows']);
    expect(issuesOf(row({ 17: "b" }), row({ 0: "b", 17: "a" }))).toEqual([
      "published.csv:2:18 both rows are from one source: a source contradicting itself is flagged with inconsistent",
      "published.csv:3:18 both rows are from one source: a source contradicting itself is flagged with inconsistent",
    ]);
    expect(issuesOf(row({ 17: "zz" }))).toEqual(['published.csv:2:18 no row "zz"']);
  });
});
