import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/ingest/workbook";
import { workbookBytes } from "../helpers/workbooks";

describe("readWorkbook", () => {
  const bytes = workbookBytes([
    {
      name: "Mẫu 06",
      rows: [
        ["UBND HUYỆN KRÔNG PA"],
        ["Số hồ sơ nhận giải quyết", null, "Kết quả"],
        ["Tổng số", "Trực tuyến", "Ngày"],
        [{ f: "B4+5", v: 12 }, 7, { date: "2025-05-14" }],
      ],
      merges: ["A2:B2"],
    },
    { name: "Ẩn", rows: [["x"]], hidden: true },
  ]);

  it("reads sheets in order, with hidden ones marked", () => {
    const result = readWorkbook(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["Mẫu 06", false],
      ["Ẩn", true],
    ]);
  });

  it("reads cached formula values, Excel dates as ISO dates and merged ranges with their origin", () => {
    const result = readWorkbook(bytes);
    if (!result.ok) throw new Error("not read");
    const rows = result.sheets[0]!.rows;
    expect(rows[0]![0]).toEqual({ value: "UBND HUYỆN KRÔNG PA", address: "A1" });
    expect(rows[1]![1]).toEqual({ value: "Số hồ sơ nhận giải quyết", address: "B2", mergedFrom: "A2" });
    expect(rows[3]![0]).toEqual({ value: 12, address: "A4", formula: true });
    expect(rows[3]![2]).toEqual({ value: "2025-05-14", address: "C4", date: true });
  });

  it("reads the old .xls format too", () => {
    const result = readWorkbook(workbookBytes([{ name: "Sheet1", rows: [["a", 1]] }], "xls"));
    expect(result.ok && result.sheets[0]!.rows[0]!.map((c) => c?.value)).toEqual(["a", 1]);
  });

  it("refuses a text file renamed to .xlsx instead of reading it as a sheet", () => {
    const result = readWorkbook(new TextEncoder().encode("unit_code,period\n64,2025-01\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain("not an Excel workbook");
  });

  it("refuses a damaged workbook with a reason", () => {
    const damaged = bytes.slice(0, 200);
    const result = readWorkbook(damaged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.vi).toContain("không đọc được tệp Excel");
  });
});
