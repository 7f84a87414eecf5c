import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { processing, units } from "../../src/ingest/contract";
import { loadDataDir, readDatasetFile } from "../../src/ingest/load";
import { validateDataDir } from "../../src/ingest/validate";
import { PROCESSING_HEADER, SMALL_UNITS, tempDataDir, where, windows1258 } from "./helpers";

const utf8 = (s: string) => Buffer.from(s, "utf8");

describe("readDatasetFile", () => {
  it("readDatasetFile reads an official's ; sheet: Vietnamese headers, 1.234 counts, BOM", () => {
    const csv = [
      "Mã ĐVHC;Kỳ báo cáo;Từ kỳ trước;Tiếp nhận trực tuyến;Trực tiếp, bưu chính;Trả trước hạn;Trả đúng hạn;Trả quá hạn;Trong hạn;Đang giải quyết quá hạn",
      "637;2024-01;120;1.310;1 820;1.400;1.650;40;150;10",
    ].join("\r\n");
    const loaded = readDatasetFile(processing, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(csv)]), "p.csv");
    expect(loaded.issues).toEqual([]);
    expect(loaded.account).toEqual({
      file: "p.csv", dataset: "exports/processing", encoding: "utf-8-bom", delimiter: ";", read: 1, accepted: 1, rejected: 0,
    });
    expect(loaded.records[0]?.record).toEqual({
      unit_code: "637", period: "2024-01", received_carried_over: 120, received_online: 1310, received_direct_postal: 1820,
      resolved_early: 1400, resolved_on_time: 1650, resolved_late: 40, pending_within_term: 150, pending_overdue: 10,
    });
    expect(loaded.records[0]?.ref).toMatchObject({ file: "p.csv", line: 2, columns: { unit_code: 1, pending_overdue: 10 } });
  });

  it("readDatasetFile accounts every row: read = accepted + rejected", () => {
    const csv = `${PROCESSING_HEADER}\n637,2024-01,1,1,1,1,1,1,0,0,,\n637,2024-02,x,1,1,1,1,1,0,0,,\n637,2024-03,1,1,1,1,1,1,0,0,,true,extra\n`;
    const { account, records, issues } = readDatasetFile(processing, utf8(csv), "p.csv");
    expect([account.read, account.accepted, account.rejected]).toEqual([3, 1, 2]);
    expect(records.map((r) => r.ref.line)).toEqual([2]);
    expect(issues.map((i) => `${i.line}:${i.column}:${i.field ?? ""}`)).toEqual(["3:3:received_carried_over", "4:0:"]);
  });

  it("readDatasetFile reads a file without its optional columns", () => {
    const loaded = readDatasetFile(units, utf8("code,name,type,level\n64,Gia Lai,Tỉnh,province\n"), "units.csv");
    expect(loaded.issues).toEqual([]);
    expect(loaded.records.map((r) => r.record)).toEqual([{ code: "64", name: "Gia Lai", type: "Tỉnh", level: "province" }]);
  });

  it("readDatasetFile joins NFD names with NFC ones (text is NFC-normalized and trimmed)", () => {
    const nfd = "code,name,type,level,parent_code\n637,  Krông Pa ,Huyện,district,64\n".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    const [record] = readDatasetFile(units, utf8(nfd), "units.csv").records.map((r) => r.record);
    const byName = new Map([["Krông Pa".normalize("NFC"), "637"]]);
    expect(record?.name).toBe("Krông Pa");
    expect(byName.get(record?.name ?? "")).toBe("637");
    expect(record?.type).toBe("Huyện");
  });

  it("readDatasetFile reads Windows-1258 and UTF-16 files like UTF-8 ones", () => {
    const csv = "Mã,Tên,Loại,Cấp,Mã cấp trên\n24076,Phú Túc,Thị trấn,commune,637\n23575,Thống Nhất,Phường,commune,622\n";
    const expected = readDatasetFile(units, utf8(csv), "u.csv").records.map((r) => r.record);
    expect(expected).toHaveLength(2);
    for (const bytes of [windows1258(csv), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]), Buffer.from(csv, "utf16le")])
      expect(readDatasetFile(units, bytes, "u.csv").records.map((r) => r.record)).toEqual(expected);
  });

  it("readDatasetFile rejects every row when a required column is missing, at line 1 column 0", () => {
    const loaded = readDatasetFile(units, utf8("code,name,type\n64,Gia Lai,Tỉnh\n"), "units.csv");
    expect(loaded.account).toMatchObject({ read: 1, accepted: 0, rejected: 1 });
    expect(loaded.issues).toEqual([
      expect.objectContaining({ line: 1, column: 0, field: "level", vi: 'thiếu cột bắt buộc "level"', en: 'required column "level" is missing' }),
    ]);
  });

  it("readDatasetFile rejects every row when a field comes twice", () => {
    const loaded = readDatasetFile(units, utf8("code,Mã đơn vị,name,type,level\n64,64,Gia Lai,Tỉnh,province\n"), "units.csv");
    expect(loaded.account).toMatchObject({ read: 1, accepted: 0, rejected: 1 });
    expect(loaded.issues[0]).toMatchObject({ line: 1, column: 2, field: "code", en: 'column "code" appears twice' });
  });

  it("readDatasetFile warns about unknown columns and still reads the rows", () => {
    const loaded = readDatasetFile(units, utf8("code,name,type,level,Dân số\n64,Gia Lai,Tỉnh,province,1.500.000\n"), "units.csv");
    expect(loaded.account).toMatchObject({ read: 1, accepted: 1 });
    expect(loaded.issues).toEqual([expect.objectContaining({ severity: "warning", line: 1, column: 5, value: "Dân số" })]);
  });

  it("readDatasetFile reads JSON records, their lines and JSON types", () => {
    const json = `[
  {"code": "64", "name": "Gia Lai", "type": "Tỉnh", "level": "province", "valid_to": "2025-06-30", "remote": false},
  {"code": 637, "name": "Krông Pa", "type": "Huyện", "level": "district", "parent_code": "64"}
]`;
    const loaded = readDatasetFile(units, utf8(json), "units.json");
    expect(loaded.account).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(loaded.records[0]?.record).toEqual({ code: "64", name: "Gia Lai", type: "Tỉnh", level: "province", valid_to: "2025-06-30", remote: false });
    expect(loaded.issues).toEqual([expect.objectContaining({ line: 3, field: "code", value: "637" })]);
    expect(loaded.issues[0]?.vi).toContain("giữ số 0 đầu");
  });

  it("readDatasetFile reports a missing required JSON key on the object's line", () => {
    const loaded = readDatasetFile(units, utf8('[\n{"code": "64", "name": "Gia Lai", "type": "Tỉnh"}\n]'), "units.json");
    expect(loaded.issues).toEqual([expect.objectContaining({ line: 2, field: "level", vi: "thiếu giá trị bắt buộc" })]);
  });

  it("readDatasetFile turns an undecodable file into one issue at the offending byte and reads no rows", () => {
    const loaded = readDatasetFile(units, Buffer.from([0xef, 0xbb, 0xbf, 0xff]), "units.csv");
    expect(loaded.account).toMatchObject({ read: 0, accepted: 0, rejected: 0 });
    expect(loaded.issues).toEqual([expect.objectContaining({ file: "units.csv", line: 1, column: 1 })]);
  });

  it("readDatasetFile warns once per column about values under an empty header, at the first such row", () => {
    const csv = "code,name,,type,level,\n64,Gia Lai,,Tỉnh,province,\n637,Krông Pa,ghi chú,Huyện,district,x\n622,Pleiku,khác,Thành phố,district,\n";
    const loaded = readDatasetFile(units, utf8(csv), "units.csv");
    expect(loaded.account).toMatchObject({ read: 3, accepted: 3, rejected: 0 });
    expect(loaded.issues.map((i) => [i.severity, i.line, i.column, i.en])).toEqual([
      ["warning", 3, 3, "column 3 has no header but holds values on 2 row(s) (first on line 3); they are not read: name the column or delete the values"],
      ["warning", 3, 6, "column 6 has no header but holds values on 1 row(s) (first on line 3); they are not read: name the column or delete the values"],
    ]);
    expect(loaded.issues[0]?.vi).toBe("cột 3 không có tiêu đề nhưng có giá trị ở 2 dòng (đầu tiên ở dòng 3); các giá trị này không được đọc: hãy đặt tên cột hoặc xóa chúng");
  });

  it("readDatasetFile says nothing about an empty-header column that is empty, as spreadsheets export it", () => {
    expect(readDatasetFile(units, utf8("code,name,type,level,,\n64,Gia Lai,Tỉnh,province,, \n"), "units.csv").issues).toEqual([]);
  });

  it("readDatasetFile warns about a JSON value under the empty key", () => {
    const loaded = readDatasetFile(units, utf8('[\n{"code": "64", "name": "Gia Lai", "type": "Tỉnh", "level": "province", "": 7}\n]'), "units.json");
    expect(loaded.issues.map((i) => [i.severity, i.line, i.column])).toEqual([["warning", 2, 5]]);
  });

  it("readDatasetFile reports a JSON syntax error at its line and character column", () => {
    const json = '[\n  {"code": "64", "name": "Gia Lai", "type": "Tỉnh", "level": "province"},\n  {"code": "637",\n   "name": "Krông Pa",}\n]';
    const loaded = readDatasetFile(units, utf8(json), "units.json");
    expect(loaded.issues.map((i) => [i.line, i.column])).toEqual([[4, 22]]);
    expect(loaded.issues[0]?.vi).toContain("dòng 4, cột 22");
  });

  it("readDatasetFile turns an unterminated quote into one rejected row at its line, rows before it read", () => {
    const loaded = readDatasetFile(units, utf8('code,name,type,level\n64,"Gia Lai,Tỉnh,province\n'), "units.csv");
    expect(loaded.account).toMatchObject({ read: 1, accepted: 0, rejected: 1 });
    expect(loaded.issues).toEqual([expect.objectContaining({ line: 2, column: 0, en: expect.stringContaining("unterminated") })]);
  });
});

describe("loadDataDir", () => {
  it("loadDataDir finds NAME.csv, NAME.json and NAME/ folders (.txt read as Excel Unicode text), warns about other files and skips geo/", () => {
    const { dir, cleanup } = tempDataDir({
      "units.csv": SMALL_UNITS,
      "exports/processing/2024.csv": `${PROCESSING_HEADER}\n637,2024-01,1,1,1,1,1,1,0,0,,\n`,
      "exports/processing/2025.json": "[]",
      "exports/processing/notes.txt": "ghi chú",
      "targets.json": "[]",
      "bang-tam.csv": "a,b\n",
      "geo/communes.json": "{}",
      "README.md": "# dữ liệu",
    });
    try {
      const loaded = loadDataDir(dir);
      const files = loaded.accounts.map((a) => a.file.slice(dir.length + 1));
      expect(files).toEqual(["units.csv", "exports/processing/2024.csv", "exports/processing/2025.json", "exports/processing/notes.txt", "targets.json"]);
      expect(loaded.records["exports/processing"]).toHaveLength(1);
      const warned = loaded.issues.filter((i) => i.severity === "warning" && i.line === 0).map((i) => i.file.slice(dir.length + 1));
      expect(warned).toEqual(["bang-tam.csv"]);
      // A .txt in a dataset folder is data (Excel's Unicode text); a notes file there fails loudly, not silently.
      expect(loaded.issues.some((i) => i.severity === "error" && i.file.endsWith("notes.txt") && i.field === "unit_code")).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("loadDataDir reads data files in subfolders of a dataset folder and skips README/LICENSE files there", () => {
    const { dir, cleanup } = tempDataDir({
      "units.csv": SMALL_UNITS,
      "exports/processing/2024.csv": `${PROCESSING_HEADER}\n637,2024-01,1,1,1,1,1,1,0,0,,\n`,
      "exports/processing/2024/more.csv": `${PROCESSING_HEADER}\n637,2024-02,1,1,1,1,1,1,0,0,,\n`,
      "exports/processing/2025/q3/more.json": "[]",
      "exports/processing/README.txt": "Ghi chú về dữ liệu",
      "exports/processing/2024/LICENSE.csv": "giấy phép",
      "exports/processing/2024/ghi-chu.md": "# không phải dữ liệu",
    });
    try {
      // A link back to the folder itself must not send the walk round in circles.
      symlinkSync(path.join(dir, "exports/processing"), path.join(dir, "exports/processing/2025/loop"));
      const loaded = loadDataDir(dir);
      expect(loaded.accounts.map((a) => [a.file.slice(dir.length + 1), a.dataset])).toEqual([
        ["units.csv", "units"],
        ["exports/processing/2024.csv", "exports/processing"],
        ["exports/processing/2024/more.csv", "exports/processing"],
        ["exports/processing/2025/q3/more.json", "exports/processing"],
      ]);
      expect(loaded.records["exports/processing"].map((r) => r.record.period)).toEqual(["2024-01", "2024-02"]);
      expect(loaded.issues).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it("loadDataDir reports a missing units list", () => {
    const { dir, cleanup } = tempDataDir({ "plans.json": "[]" });
    try {
      expect(loadDataDir(dir).issues.map((i) => i.en)).toEqual([
        "the units list (units.csv or units.json) is missing: unit codes cannot be checked",
      ]);
    } finally {
      cleanup();
    }
  });
});

describe("validateDataDir never throws on unreadable entries: each becomes an error naming the file", () => {
  /** A data dir with the given files and symbolic links (link → target, relative to the dir). */
  function withLinks(files: Record<string, string>, links: Record<string, string>, dirs: string[] = []) {
    const t = tempDataDir(files);
    for (const d of dirs) mkdirSync(path.join(t.dir, d), { recursive: true });
    for (const [link, target] of Object.entries(links)) {
      mkdirSync(path.dirname(path.join(t.dir, link)), { recursive: true });
      symlinkSync(path.join(t.dir, target), path.join(t.dir, link));
    }
    return t;
  }
  const errorsOf = (dir: string) => {
    const report = validateDataDir(dir);
    return { report, errors: report.issues.filter((i) => i.severity === "error").map((i) => `${where(i, dir)}: ${i.vi} / ${i.en}`) };
  };

  it("a broken symbolic link named like a dataset file (units.csv)", () => {
    const { dir, cleanup } = withLinks({ "plans.json": "[]" }, { "units.csv": "khong-co.csv" });
    try {
      const { report, errors } = errorsOf(dir);
      expect(report.ok).toBe(false);
      expect(errors).toContainEqual(expect.stringMatching(/^units\.csv: không đọc được "units\.csv": liên kết tượng trưng bị hỏng.* \/ cannot read "units\.csv": broken symbolic link/));
    } finally {
      cleanup();
    }
  });

  it("a broken symbolic link elsewhere in the data dir and inside a dataset folder", () => {
    const { dir, cleanup } = withLinks(
      { "units.csv": SMALL_UNITS },
      { "bang-tam.csv": "khong-co.csv", "exports/processing/2024.csv": "khong-co.csv", "tai-lieu": "khong-co", tasks: "khong-co" },
    );
    try {
      const { report, errors } = errorsOf(dir);
      expect(report.ok).toBe(false);
      expect(errors.map((e) => e.split(":")[0])).toEqual(["bang-tam.csv", "exports/processing/2024.csv", "tai-lieu", "tasks"]);
      for (const e of errors) expect(e).toContain("broken symbolic link");
    } finally {
      cleanup();
    }
  });

  it("a directory named published.json (or exports/processing.csv)", () => {
    const { dir, cleanup } = withLinks({ "units.csv": SMALL_UNITS, "published.json/x.txt": "?" }, {}, ["exports/processing.csv"]);
    try {
      const { report, errors } = errorsOf(dir);
      expect(report.ok).toBe(false);
      expect(errors).toEqual([
        'exports/processing.csv: "processing.csv" là một thư mục, không phải tệp dữ liệu / "processing.csv" is a directory, not a data file',
        'published.json: "published.json" là một thư mục, không phải tệp dữ liệu / "published.json" is a directory, not a data file',
      ]);
    } finally {
      cleanup();
    }
  });

  it("a data dir that does not exist", () => {
    const { dir, cleanup } = tempDataDir({});
    try {
      const { report, errors } = errorsOf(path.join(dir, "khong-co"));
      expect(report.ok).toBe(false);
      expect(errors).toContainEqual(expect.stringContaining("does not exist"));
    } finally {
      cleanup();
    }
  });
});
