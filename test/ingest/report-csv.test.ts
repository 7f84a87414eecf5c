import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formulaSafe, reportCsv } from "../../src/ingest/report-csv";

describe("reportCsv", () => {
  const csv = reportCsv([
    { severity: "error", file: "bao-cao.xlsx", sheet: "Mẫu 06", cell: "F12", line: 12, column: 6, field: "resolved_late", value: "=HYPERLINK(\"http://x\")", vi: "số âm, \"sai\"", en: "negative" },
    { severity: "warning", file: "units.csv", line: 0, column: 0, vi: "tệp trống", en: "empty file" },
  ]);

  it("starts with a byte-order mark and uses CRLF, as Excel expects", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it("parses back to the same cells, with formulas made inert", () => {
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[1]).toEqual(["lỗi / error", "bao-cao.xlsx", "Mẫu 06", "F12", "12", "6", "resolved_late", "'=HYPERLINK(\"http://x\")", "số âm, \"sai\"", "negative"]);
    expect(rows[2]!.slice(0, 6)).toEqual(["cảnh báo / warning", "units.csv", "", "", "", ""]);
  });

  it.each([["=1+1"], ["+1"], ["-1"], ["@SUM(A1)"], ["\tx"]])("makes %j inert", (v) => {
    expect(formulaSafe(v)).toBe(`'${v}`);
  });
  it("leaves ordinary text alone", () => {
    expect(formulaSafe("Xã Ia Rsai")).toBe("Xã Ia Rsai");
  });
});
