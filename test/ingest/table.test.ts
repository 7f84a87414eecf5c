import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsv, readJson, type RawTable, type TableResult } from "../../src/ingest/table";

function table(r: TableResult): RawTable {
  if (!r.ok) throw new Error(`line ${r.line}: ${r.reason.en}`);
  return r.table;
}
/** Each row as [line, ...cells]. */
const rows = (r: TableResult) => table(r).rows.map((row) => [row.line, ...Object.values(row.values)]);

describe("detectDelimiter", () => {
  it("detectDelimiter picks , ; or tab from the header line", () => {
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter("Mã đơn vị;Kỳ;Trực tuyến")).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
  });
  it("detectDelimiter ignores delimiters inside quotes", () => {
    expect(detectDelimiter('Mã đơn vị;"Trực tiếp, bưu chính";Kỳ')).toBe(";");
    expect(detectDelimiter('"a;b;c",d')).toBe(",");
  });
  it("detectDelimiter falls back to , for a single column", () => expect(detectDelimiter("code")).toBe(","));
});

describe("readCsv", () => {
  it("readCsv reads ; delimited rows with their line numbers", () => {
    const r = readCsv("Mã đơn vị;Kỳ\n637;2024-01\n638;2024-02\n");
    expect(table(r).delimiter).toBe(";");
    expect(table(r).headers).toEqual(["Mã đơn vị", "Kỳ"]);
    expect(rows(r)).toEqual([[2, "637", "2024-01"], [3, "638", "2024-02"]]);
  });

  it("readCsv reads tab delimited rows", () => {
    expect(rows(readCsv("a\tb\n1\t2,5\n"))).toEqual([[2, "1", "2,5"]]);
  });

  it("readCsv reads CRLF line endings", () => {
    expect(rows(readCsv("a,b\r\n1,2\r\n3,4\r\n"))).toEqual([[2, "1", "2"], [3, "3", "4"]]);
  });

  it("readCsv reads old Mac CR line endings", () => {
    expect(rows(readCsv("a,b\r1,2\r3,4"))).toEqual([[2, "1", "2"], [3, "3", "4"]]);
  });

  it("readCsv keeps delimiters inside quoted cells", () => {
    expect(rows(readCsv('a,b\n637,"Trực tiếp, bưu chính"\n'))).toEqual([[2, "637", "Trực tiếp, bưu chính"]]);
    expect(rows(readCsv('a;b\n637;"x;y"\n'))).toEqual([[2, "637", "x;y"]]);
  });

  it("readCsv reads doubled quotes as one quote", () => {
    expect(rows(readCsv('a,b\n1,"Quyết định ""258"""\n'))).toEqual([[2, "1", 'Quyết định "258"']]);
  });

  it("readCsv keeps line breaks in quoted cells and counts lines after a multi-line cell", () => {
    const r = readCsv('a,b\n1,"dòng một\ndòng hai\ndòng ba"\n2,x\n3,y\n');
    expect(rows(r)).toEqual([[2, "1", "dòng một\ndòng hai\ndòng ba"], [5, "2", "x"], [6, "3", "y"]]);
  });

  it("readCsv counts lines after a multi-line cell with CRLF, and after a cell holding a blank line", () => {
    const r = readCsv('a,b\r\n1,"x\r\n\r\ny"\r\n"2\n2",z\r\n3,w');
    expect(rows(r)).toEqual([[2, "1", "x\r\n\r\ny"], [5, "2\n2", "z"], [7, "3", "w"]]);
  });

  it("readCsv skips blank lines but keeps counting them", () => {
    expect(rows(readCsv("a,b\n\n1,2\n   \n3,4\n\n"))).toEqual([[3, "1", "2"], [5, "3", "4"]]);
  });

  it("readCsv skips rows of bare delimiters that spreadsheets export for empty rows", () => {
    expect(rows(readCsv("a;b;c\n1;2;3\n;;\n ; ; \n"))).toEqual([[2, "1", "2", "3"]]);
  });

  it("readCsv NFC-normalizes and trims header names", () => {
    expect(table(readCsv(` ${"Mã đơn vị".normalize("NFD")} ,Kỳ\n1,2\n`)).headers).toEqual(["Mã đơn vị", "Kỳ"]);
  });

  it("readCsv counts extra cells of a shifted row and missing cells of a short one", () => {
    const t = table(readCsv("a,b,c\n1,2,3,4\n1,2\n"));
    expect(t.rows.map((r) => [r.line, r.extraCells, r.missingCells])).toEqual([[2, 1, 0], [3, 0, 1]]);
  });

  it("readCsv refuses an unterminated quote at the line where the quote opens", () => {
    const r = readCsv('a,b\r\n1,2\r\n3,"chưa đóng\r\n5,6\r\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.line).toBe(3);
      expect(r.reason.vi).toContain("dấu ngoặc kép không được đóng");
    }
  });

  it("readCsv refuses an empty file", () => {
    for (const empty of ["", "\n\n", "  "]) {
      const r = readCsv(empty);
      expect(r.ok ? "read" : r.reason.en).toBe("empty file: no header row");
    }
  });
});

describe("readJson", () => {
  it("readJson reads an array of objects with the line each object starts on", () => {
    const r = readJson('[\n  {"unit_code": "637", "period": "2024-01"},\n  {\n    "unit_code": "638"\n  }\n]');
    expect(table(r).headers).toEqual(["unit_code", "period"]);
    expect(table(r).rows.map((row) => [row.line, row.values])).toEqual([
      [2, { unit_code: "637", period: "2024-01" }],
      [3, { unit_code: "638" }],
    ]);
  });

  it("readJson ignores brackets inside strings when finding lines", () => {
    const r = readJson('[{"note": "[{ \\"x\\" }]"},\n{"note": "b"}]');
    expect(table(r).rows.map((row) => row.line)).toEqual([1, 2]);
  });

  it("readJson refuses invalid JSON at the line of the error", () => {
    const r = readJson('[\n{"a": 1},\n{"a": 2\n]');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.line).toBe(4);
      expect(r.reason.vi).toContain("JSON không hợp lệ");
    }
  });

  it("readJson refuses anything but an array of objects", () => {
    const notArray = readJson('{"a": 1}');
    expect(notArray.ok ? "read" : notArray.reason.en).toBe("JSON must be an array of objects");
    const notObject = readJson('[\n{"a": 1},\n[2]\n]');
    expect(notObject.ok ? "read" : [notObject.line, notObject.reason.en]).toEqual([3, "item 2 is not an object"]);
  });
});
