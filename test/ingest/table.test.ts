import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, jsonErrorLocation, readCsv, readJson, type RawTable, type TableResult } from "../../src/ingest/table";

function table(r: TableResult): RawTable {
  if (!r.ok) throw new Error(`line ${r.line}: ${r.reason.en}`);
  return r.table;
}
/** Each row as [line, ...cells]. */
const rows = (r: TableResult) => table(r).rows.map((row) => [row.line, ...row.cells]);

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

  it("readCsv counts lines after a multi-line cell with CRLF, and after a cell holding a blank line (line breaks in cells read as \\n)", () => {
    const r = readCsv('a,b\r\n1,"x\r\n\r\ny"\r\n"2\n2",z\r\n3,w');
    expect(rows(r)).toEqual([[2, "1", "x\n\ny"], [5, "2\n2", "z"], [7, "3", "w"]]);
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

  it("readCsv hands over an unterminated quote as a broken row at the line where the quote opens; rows before it are read", () => {
    const t = table(readCsv('a,b\r\n1,2\r\n3,"chưa đóng\r\n5,6\r\n'));
    expect(t.rows.map((r) => [r.line, r.broken?.vi.slice(0, 29)])).toEqual([[2, undefined], [3, "dấu ngoặc kép không được đóng"]]);
    expect(t.rows[1]?.broken?.en).toContain("the rest of the file (3 line(s) from line 3) is not read");
  });

  it("readCsv reads a file with mixed CRLF and LF line endings like any other", () => {
    expect(rows(readCsv('a,b\r\n1,2\n3,"x"\r\n5,6\n'))).toEqual([[2, "1", "2"], [3, "3", "x"], [4, "5", "6"]]);
    // Without a quote the text is split where its lines end, CR LF, LF and a lone CR alike.
    expect(rows(readCsv("a;b\r\n1;2\r3;4\n\r\n5;6\r"))).toEqual([[2, "1", "2"], [3, "3", "4"], [5, "5", "6"]]);
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
    expect(table(r).rows.map((row) => [row.line, row.cells])).toEqual([
      [2, ["637", "2024-01"]],
      [3, ["638", undefined]],
    ]);
  });

  it("readJson gives each cell the line and column where its value starts, past nested values, escapes and strings with brackets", () => {
    const text = [
      "[",
      '  {"unit_code": "637",',
      '   "ghi chú": {"a": [1, {"b": "}]"}]}, "period":',
      '      "2024-01", "k\\u00fd": 3},',
      '  {"period": "2024-02"}',
      "]",
    ].join("\r\n");
    const t = table(readJson(text));
    expect(t.headers).toEqual(["unit_code", "ghi chú", "period", "ký"]);
    expect(t.rows.map((r) => r.at)).toEqual([
      { lines: [2, 3, 4, 4], columns: [17, 15, 7, 29] },
      // Keys the object lacks: its own line, column 0.
      { lines: [5, 5, 5, 5], columns: [0, 0, 14, 0] },
    ]);
  });

  it("readJson positions every scalar value where the text holds it, whatever the line endings", () => {
    const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const object = fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 5 });
    fc.assert(
      fc.property(fc.array(object, { maxLength: 5 }), fc.constantFrom("\n", "\r\n", "\r"), fc.constantFrom(0, 2, "\t"), (objects, eol, indent) => {
        const text = JSON.stringify(objects, null, indent).replaceAll("\n", eol);
        const lines = text.split(/\r\n|\r|\n/);
        const t = table(readJson(text));
        t.rows.forEach((row, i) => {
          const object = objects[i] ?? {};
          t.headers.forEach((h, k) => {
            const line = row.at?.lines[k] ?? 0;
            const column = row.at?.columns[k] ?? 0;
            if (!Object.hasOwn(object, h)) return expect(column).toBe(0);
            expect(lines[line - 1]?.slice(column - 1).startsWith(JSON.stringify(object[h]))).toBe(true);
          });
        });
      }),
      { numRuns: 500 },
    );
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

  /** [line, column, reason] of a refused JSON text. */
  const failure = (r: TableResult) => (r.ok ? "read" : [r.line, r.column, r.reason.en]);

  it("readJson reports a trailing comma on line 4 at line 4, at the comma (V8 names no position for it)", () => {
    // Line 4 ends with a comma before the closing bracket on line 5.
    const r = readJson('[\n  {"unit_code": "637"},\n  {"unit_code": "638"},\n  {"unit_code": "639"},\n]');
    expect(failure(r)).toEqual([4, 23, "invalid JSON at line 4, column 23: trailing comma before a closing bracket"]);
    if (!r.ok) expect(r.reason.vi).toBe("JSON không hợp lệ ở dòng 4, cột 23: thừa dấu phẩy trước dấu đóng ngoặc");
  });

  it("readJson reports a trailing comma inside an object on line 4 at line 4 (V8 points at the next line)", () => {
    const r = readJson('[\n  {\n    "unit_code": "637",\n    "period": "2024-01",\n  }\n]');
    expect(failure(r)).toEqual([4, 24, expect.stringContaining("trailing comma")]);
  });

  it("readJson reports other syntax errors at the offending character: line and column", () => {
    expect(failure(readJson('[\n{"a": 1},\n{"a": 2\n]'))).toEqual([4, 1, expect.stringContaining("line 4, column 1")]);
    expect(failure(readJson('[\n  {"a": tru}\n]'))).toEqual([2, 12, expect.stringContaining("line 2, column 12")]);
    expect(failure(readJson('[\r\n  {"a": 1}\r\n]\r\nx'))).toEqual([4, 1, expect.stringContaining("line 4, column 1")]);
    expect(failure(readJson('[\n  {"a": "chưa đóng}\n'))).toEqual([2, 20, expect.stringContaining("line 2, column 20")]); // the line break in the string
  });

  it("jsonErrorLocation reads both V8 message forms, and scans the text when the message names no position", () => {
    const text = '[\n  {"a": 1},\n  {"a": 2\n]';
    const expected = { line: 4, column: 1, trailingComma: false };
    expect(jsonErrorLocation("Unexpected token ] in JSON at position 24", text)).toEqual(expected); // Node ≤ 18
    expect(jsonErrorLocation("Expected ',' or '}' after property value in JSON at position 24 (line 4 column 1)", text)).toEqual(expected); // Node ≥ 20
    expect(jsonErrorLocation("Expected ',' or '}' after property value in JSON (line 4 column 1)", text)).toEqual(expected);
    expect(jsonErrorLocation(`Unexpected token ']', "...{"a": 2\n]" is not valid JSON`, text)).toEqual(expected);
    expect(jsonErrorLocation("Unexpected end of JSON input", "[\n  {")).toEqual({ line: 2, column: 4, trailingComma: false });
  });

  it("readJson refuses anything but an array of objects", () => {
    const notArray = readJson('{"a": 1}');
    expect(notArray.ok ? "read" : notArray.reason.en).toBe("JSON must be an array of objects");
  });

  it("readJson hands over a non-object item as a broken row at its own line; the objects after it keep their lines", () => {
    const t = table(readJson('[\n{"a": 1},\n2,\n{"a": 3}, {"a": 4}\n]'));
    expect(t.rows.map((r) => [r.line, r.broken?.en ?? r.cells])).toEqual([[2, [1]], [3, "item 2 is not an object"], [4, [3]], [4, [4]]]);
  });

  it("readJson refuses a key given twice in one object, at the second", () => {
    expect(failure(readJson('[\n  {"a": 1, "b": 2, "a": 3}\n]'))).toEqual([2, 20, expect.stringMatching(/^key "a" appears twice in one object/)]);
    expect(failure(readJson('[{"a": {"x": 1}, "b": {"x": 2}}]'))).toBe("read");
  });

  it("readJson refuses nesting deeper than 64 levels with a clear error, even 100,000 deep", () => {
    const deep = (n: number) => `[{"a": ${"[".repeat(n)}${"]".repeat(n)}}]`;
    expect(failure(readJson(deep(62)))).toBe("read");
    expect(failure(readJson(deep(100_000)))).toEqual([1, 70, expect.stringMatching(/^JSON nested too deep at line 1, column 70: more than 64 levels/)]);
  });
});

describe("CSV without quotes", () => {
  it("is read line by line into the same table as the quote-aware parser reads it", () => {
    const plain = fc.string({ unit: fc.constantFrom("a", "b", "1", " ", ",", ";", "\t", "\n", "\r", "\r\n", "\ufeff", "đ"), maxLength: 60 });
    fc.assert(
      fc.property(plain, (text) => {
        // The same text with its first cell quoted goes through Papa; `"x"` reads as x, so the tables must be equal.
        const start = text.startsWith("\ufeff") ? 1 : 0;
        const delimiter = detectDelimiter(text.slice(start).split(/\r\n?|\n/)[0] ?? "");
        const ends = [delimiter, "\n", "\r"].map((c) => text.indexOf(c, start)).filter((i) => i >= 0);
        const cut = ends.length === 0 ? text.length : Math.min(...ends);
        const quoted = `${text.slice(0, start)}"${text.slice(start, cut)}"${text.slice(cut)}`;
        expect(readCsv(text)).toEqual(readCsv(quoted));
      }),
      { numRuns: 300 },
    );
  });
});

describe("one table shape", () => {
  it("CSV and JSON give the same head and rows, apart from whether a header row declared the columns", () => {
    const csv = table(readCsv("unit_code,period\n637,2025-06\n"));
    const json = table(readJson('[\n{"unit_code": "637", "period": "2025-06"}\n]'));
    expect({ headers: csv.headers, declared: csv.declared, rows: rows(readCsv("unit_code,period\n637,2025-06\n")) }).toEqual({
      headers: ["unit_code", "period"], declared: true, rows: [[2, "637", "2025-06"]],
    });
    expect({ headers: json.headers, declared: json.declared, rows: json.rows.map((r) => [r.line, ...r.cells]) }).toEqual({
      headers: ["unit_code", "period"], declared: false, rows: [[2, "637", "2025-06"]],
    });
  });
});
