import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport, validateDataDir } from "../../src/ingest/validate";
import { defectDir, FIXTURES, VALID_DIR, where } from "./helpers";

describe("test/fixtures/valid", () => {
  const report = validateDataDir(VALID_DIR);
  const rel = (file: string) => path.relative(VALID_DIR, file).split(path.sep).join("/");

  it("validateDataDir(valid) is valid, with one warning: the flagged form-06 row", () => {
    expect(report.ok).toBe(true);
    expect(report.errors).toBe(0);
    expect(report.issues.map((i) => [where(i, VALID_DIR), i.severity, i.field])).toEqual([
      ["exports/processing.csv:30:3", "warning", "received_carried_over"],
    ]);
    expect(report.issues[0]?.vi).toContain("dòng được giữ và gắn cờ sai lệch của nguồn");
  });

  it("validateDataDir(valid) accepts every row of every file", () => {
    expect(report.accounts.map((a) => [rel(a.file), a.read, a.accepted, a.rejected])).toEqual([
      ["units.csv", 16, 16, 0],
      ["unit-changes.csv", 5, 5, 0],
      ["exports/processing.csv", 77, 77, 0],
      ["exports/online-services.csv", 26, 26, 0],
      ["exports/digitization.csv", 77, 77, 0],
      ["exports/satisfaction.csv", 77, 77, 0],
      ["plans.csv", 3, 3, 0],
      ["tasks.csv", 6, 6, 0],
      ["targets.csv", 9, 9, 0],
      ["agencies.csv", 10, 10, 0],
      ["published.csv", 8, 8, 0],
    ]);
  });

  it("formatReport(valid) prints the accounting lines and the verdict", () => {
    const text = formatReport(report);
    expect(text).toMatch(/exports\/processing\.csv\s+77 =\s+77 \+\s+0$/m);
    expect(text).toMatch(/Tổng \/ total\s+314 =\s+314 \+\s+0$/m);
    expect(text).toContain("Hợp lệ: 1 cảnh báo. / Valid: 1 warning(s).");
  });

  it("the flagged row is kept, with its note", () => {
    const flagged = report.records["exports/processing"].filter((r) => r.record.known_inconsistency !== undefined);
    expect(flagged.map((r) => [r.record.unit_code, r.record.period, r.ref.line])).toEqual([["637", "2024-11", 30]]);
    expect(flagged[0]?.record.known_inconsistency).toContain("lệch 2 hồ sơ");
  });

  it("code 52 is two units: Bình Định until 2025-06-30, then the new Gia Lai", () => {
    const units52 = report.records.units.filter((u) => u.record.code === "52").map((u) => u.record);
    expect(units52.map((u) => [u.name, u.valid_from, u.valid_to])).toEqual([
      ["Bình Định", undefined, "2025-06-30"],
      ["Gia Lai", "2025-07-01", undefined],
    ]);
    const reused = report.records.units.filter((u) => u.record.code === "24112").map((u) => u.record.name);
    expect(reused).toEqual(["Chư Rcăm", "Ia Rsai"]);
  });

  it("export rows cover 3 districts × 18 months before the reform and 4 communes × 6 months after, minus one missing month", () => {
    const rows = report.records["exports/processing"].map((r) => r.record);
    const periodsOf = (code: string) => rows.filter((r) => r.unit_code === code).map((r) => r.period);
    expect(periodsOf("622")).toHaveLength(18);
    expect(periodsOf("637")).toHaveLength(18);
    expect(periodsOf("638")).toHaveLength(17);
    expect(periodsOf("638")).not.toContain("2024-09");
    for (const commune of ["23575", "24076", "24109", "24112"])
      expect(periodsOf(commune)).toEqual(["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]);
    for (const name of ["exports/processing", "exports/online-services", "exports/digitization", "exports/satisfaction"] as const)
      expect(report.records[name].every((r) => r.record.sample === true)).toBe(true);
  });

  it("processing values are plausible: early + on time is 90–99% of resolved", () => {
    for (const { record: r } of report.records["exports/processing"]) {
      const resolved = r.resolved_early + r.resolved_on_time + r.resolved_late;
      const share = (r.resolved_early + r.resolved_on_time) / resolved;
      expect(share).toBeGreaterThan(0.9);
      expect(share).toBeLessThan(0.99);
    }
  });

  it("digitization.csv is an official's sheet: ; delimiter, Vietnamese headers, 1.234 numbers", () => {
    const account = report.accounts.find((a) => rel(a.file) === "exports/digitization.csv");
    expect(account?.delimiter).toBe(";");
    expect(report.records["exports/digitization"][0]?.record).toMatchObject({ unit_code: "622", period: "2024-01", dossiers_received: 5365 });
  });
});

/** Each defect: where its issue is, what its reason says, how many errors the directory has. */
const DEFECTS: [name: string, location: string, reason: string, errors?: number][] = [
  ["missing-column", "exports/processing.csv:1:0", 'thiếu cột bắt buộc "pending_overdue"'],
  ["bad-count", "exports/processing.csv:3:4", '"12a" không phải là số nguyên'],
  ["ambiguous-number", "exports/satisfaction.csv:2:3", '"1,234" không rõ: dấu phẩy là dấu thập phân', 2],
  ["ambiguous-number", "exports/satisfaction.csv:3:8", '"1.234" không rõ: có thể là 1234', 2],
  ["negative-count", "exports/processing.csv:3:10", "số đếm không được âm"],
  ["unknown-unit", "exports/processing.csv:3:1", "mã đơn vị không có trong danh mục đơn vị"],
  ["hostile-source-url", "published.csv:2:9", "địa chỉ chứa khoảng trắng, dấu tab, xuống dòng hoặc ký tự điều khiển"],
  ["period-malformed", "exports/processing.csv:3:2", "không đọc được kỳ báo cáo «2024-3»; các cách viết được chấp nhận: 2025-06; 06/2025"],
  ["period-outside-validity", "exports/processing.csv:3:1", "kỳ 2025-08-01–2025-08-31 nằm ngoài thời gian hiệu lực của đơn vị mã 637"],
  ["duplicate-unit-period", "exports/processing.csv:4:2", "trùng đơn vị và kỳ với dòng 2"],
  ["overlapping-periods", "exports/processing.csv:3:2", "kỳ 2024-Q1 chồng lấn với kỳ 2024-03 ở dòng 2"],
  ["digitized-over-received", "exports/digitization.csv:3:4", "hồ sơ được số hóa (1012) lớn hơn tổng dossiers_received (980)"],
  ["paid-online-over-fee", "exports/online-services.csv:3:7", "hồ sơ thanh toán trực tuyến (870) lớn hơn tổng fee_dossiers (850)"],
  ["form06-mismatch", "exports/processing.csv:3:3", "tổng tiếp nhận (1140) khác tổng đã giải quyết và đang giải quyết (1137), lệch 3"],
  ["unresolved-task-agency", "tasks.csv:3:6", 'không tìm thấy cơ quan "so-noi-vu"'],
  ["unresolved-task-plan", "tasks.csv:2:2", "không tìm thấy kế hoạch có mã này"],
  ["unresolved-target-plan", "targets.csv:2:8", "không tìm thấy kế hoạch có mã này"],
  ["tcvn3-encoding", "exports/processing.csv", "tệp dùng bảng mã TCVN3 (ABC) cũ"],
  ["vni-encoding", "exports/processing.csv", "tệp dùng bảng mã VNI cũ"],
  ["unterminated-quote", "exports/processing.csv:3:0", "dấu ngoặc kép không được đóng"],
  ["shifted-row", "exports/processing.csv:3:0", "dòng có 13 ô, tiêu đề có 12 cột", 2],
  ["form06-total-row-mismatch", "exports/processing.csv:8:3", "dòng «Tổng cộng» ghi 465 nhưng các dòng phía trên cộng lại được 455"],
  ["form06-ambiguous-unit-name", "exports/processing.csv:7:2", "tên «Vĩnh Thạnh» ứng với nhiều đơn vị: Huyện Vĩnh Thạnh (546, tỉnh Bình Định); Thị trấn Vĩnh Thạnh (21786, huyện Vĩnh Thạnh)"],
  ["workbook-negative-count", "exports/processing.xlsx:7:10", "số đếm không được âm"],
];

describe("test/fixtures/defects", () => {
  it("every defect directory has a test", () => {
    const dirs = readdirSync(path.join(FIXTURES, "defects")).sort();
    expect(dirs).toEqual([...new Set(DEFECTS.map(([name]) => name))].sort());
  });

  it.each(DEFECTS)("%s is reported at %s", (name, location, reason, errors = 1) => {
    const dir = defectDir(name);
    const report = validateDataDir(dir);
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(errors);
    const issue = report.issues.find((i) => where(i, dir) === location && i.vi.includes(reason));
    expect(issue, report.issues.map((i) => `${where(i, dir)}: ${i.vi}`).join("\n")).toBeDefined();
    expect(issue?.severity).toBe("error");
    expect(issue?.en).not.toBe("");
    for (const a of report.accounts) expect(a.read).toBe(a.accepted + a.rejected);
  });

  it("shifted-row also shows the cell that moved into the sample column", () => {
    const report = validateDataDir(defectDir("shifted-row"));
    expect(report.issues.map((i) => [where(i, defectDir("shifted-row")), i.field, i.value])).toEqual([
      ["exports/processing.csv:3:0", undefined, undefined],
      ["exports/processing.csv:3:12", "sample", " chưa đối chiếu"], // the raw cell, as the file has it,
    ]);
  });

  it("a rejected row is counted: duplicate-unit-period reads 3 rows, accepts 2, rejects 1", () => {
    const report = validateDataDir(defectDir("duplicate-unit-period"));
    const account = report.accounts.find((a) => a.file.endsWith("processing.csv"));
    expect(account).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    expect(report.records["exports/processing"].map((r) => r.ref.line)).toEqual([2, 3]);
  });
});
