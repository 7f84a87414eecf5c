import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";

/** Excel's "Unicode text" export: UTF-16LE with BOM, tab-separated, CRLF, saved as .txt, Vietnamese headers. */
function excelUnicodeText(csv: string): Buffer {
  const [, ...body] = Papa.parse<string[]>(csv.trimEnd()).data;
  const header = ["Mã đơn vị", "Kỳ báo cáo", "Từ kỳ trước", "Trực tuyến", "Trực tiếp, bưu chính", "Trả trước hạn", "Trả đúng hạn", "Trả quá hạn", "Trong hạn", "Đang giải quyết quá hạn", "known_inconsistency", "sample"];
  const text = `${Papa.unparse([header, ...body], { delimiter: "\t", newline: "\r\n" })}\r\n`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

describe("a data directory exported from Excel as Unicode text", () => {
  it("reads processing.txt (UTF-16, tabs, Vietnamese headers) to the same records as the CSV", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "excel-"));
    mkdirSync(path.join(dir, "exports"));
    copyFileSync("test/fixtures/valid/units.csv", path.join(dir, "units.csv"));
    const csv = readFileSync("test/fixtures/valid/exports/processing.csv", "utf8");
    writeFileSync(path.join(dir, "exports", "processing.txt"), excelUnicodeText(csv));
    const report = validateDataDir(dir);
    expect(report.ok).toBe(true);
    expect(report.accounts.find((a) => a.file.endsWith("processing.txt"))).toMatchObject({ encoding: "utf-16le", delimiter: "\t", read: 77, accepted: 77, rejected: 0 });
    const fromCsv = validateDataDir("test/fixtures/valid").records["exports/processing"].map((r) => r.record);
    expect(report.records["exports/processing"].map((r) => r.record)).toEqual(fromCsv);
  });
});
