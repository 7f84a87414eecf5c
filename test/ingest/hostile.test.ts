/**
 * Inputs a careless or hostile user gives the validator: huge files, cascades of errors, absurd but
 * well-formed values, files the loader must not pass over in silence, leftovers of killed builds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { processing } from "../../src/ingest/contract";
import { readDatasetFile } from "../../src/ingest/load";
import { IssueDigest, writeTextReport } from "../../src/ingest/report";
import { formatReport, reportJson, validateDataDir } from "../../src/ingest/validate";
import { generateDataDir } from "../../scripts/bench-data";
import { PROCESSING_HEADER, ROOT, SMALL_UNITS, tempDataDir } from "./helpers";

const utf8 = (s: string) => Buffer.from(s, "utf8");
const row = (period: string, overdue = "0", unit = "637") => `${unit},${period},1,1,1,1,1,1,0,${overdue},,`;

describe("size", () => {
  it("validates 150,000 rows of one file (a spread push of them overflowed the stack) and reports them all", { timeout: 120_000 }, () => {
    const { dir } = generateDataDir(150_000, 1, false);
    try {
      const report = validateDataDir(dir);
      expect(report.accounts.find((a) => a.dataset === "exports/processing")).toMatchObject({ read: 150_000, accepted: 0, rejected: 150_000 });
      expect(report.errors).toBe(150_000);
      const text = formatReport(report);
      expect(text.split("\n").filter((l) => l.includes(": lỗi [received_carried_over]"))).toHaveLength(20);
      expect(text).toContain("… và 149.980 lỗi cùng loại / … and 149980 more of the same kind");
      expect(text.split("\n")[0]).toBe("Không hợp lệ: 150000 lỗi, 0 cảnh báo. / Invalid: 150000 error(s), 0 warning(s).");
      expect((JSON.parse(reportJson(report)) as { issues: unknown[] }).issues).toHaveLength(150_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("root causes first", () => {
  it("a broken units list is reported first and its follow-on errors are counted, not listed", () => {
    const units = SMALL_UNITS.replace("637,Krông Pa,Huyện,district,64,,2025-06-30", "637,Krông Pa,Huyện,huyen,64,,2025-06-30");
    const rows = Array.from({ length: 30 }, (_, i) => row(`2024-${String((i % 12) + 1).padStart(2, "0")}`, "0", String(600 + i)));
    const { dir, cleanup } = tempDataDir({ "units.csv": units, "exports/processing.csv": [PROCESSING_HEADER, ...rows, ""].join("\n") });
    try {
      const lines = formatReport(validateDataDir(dir)).split("\n");
      const first = lines.findIndex((l) => l.includes(": lỗi"));
      expect(lines[first]).toContain(`${dir}/units.csv:3:4: lỗi [level = "huyen"]`);
      expect(lines[first + 1]).toMatch(/^30 dòng tham chiếu đơn vị không hợp lệ vì chính danh mục đơn vị \(units\) có lỗi ở trên/);
      expect(lines.filter((l) => l.includes("processing.csv:"))).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

describe("absurd values", () => {
  const read = (...rows: string[]) => readDatasetFile(processing, utf8([PROCESSING_HEADER, ...rows, ""].join("\n")), "p.csv");

  it("refuses typo years outside the plausible window, naming it", () => {
    const loaded = read(row("2205-06"), row("1025-06"), row("2024-06"));
    expect(loaded.issues.map((i) => [i.line, i.en])).toEqual([
      [2, `year 2205 is outside the plausible window 2010–${new Date().getFullYear() + 1} (a typo?)`],
      [3, `year 1025 is outside the plausible window 2010–${new Date().getFullYear() + 1} (a typo?)`],
    ]);
    expect(loaded.records).toHaveLength(1);
  });

  it("reads -0 as 0, refuses counts beyond 2^53 − 1 in JSON, and quotes long values cut with their length", () => {
    const json = readDatasetFile(
      processing,
      utf8(`[{"unit_code": "637", "period": "2024-01", "received_carried_over": 9007199254740993, "received_online": 1, "received_direct_postal": 1, "resolved_early": 1, "resolved_on_time": 1, "resolved_late": 1, "pending_within_term": 0, "pending_overdue": -0}]`),
      "p.json",
    );
    expect(json.issues.map((i) => i.en)).toEqual(["the count is too large (over 9007199254740991)"]);
    const zero = read("637,2024-01,1,1,1,1,1,1,0,-0,,");
    expect(Object.is(zero.records[0]?.record.pending_overdue, 0)).toBe(true);
    const long = read(`637,2024-01,${"9".repeat(30_000)}x,1,1,1,1,1,0,0,,`);
    expect(long.issues[0]?.value).toBe(`${"9".repeat(100)}… (30001 ký tự / characters)`);
    expect(long.issues[0]?.en.length).toBeLessThan(400);
  });
});

describe("nothing skipped in silence", () => {
  it("reads upper-case extensions, refuses files named as workbooks that are not, warns about a header-only file", () => {
    const { dir, cleanup } = tempDataDir({
      "units.csv": SMALL_UNITS,
      "exports/processing.CSV": `${PROCESSING_HEADER}\n${row("2024-01")}\n`,
      "exports/satisfaction.xlsx": "PK",
      "plans/plan.XLS": "x",
      "exports/digitization.csv": "unit_code,period,dossiers_received,dossiers_digitized,results_issued,results_digitized\n",
    });
    try {
      const report = validateDataDir(dir);
      expect(report.accounts.find((a) => a.file.endsWith("processing.CSV"))).toMatchObject({ read: 1, accepted: 1 });
      const said = report.issues.map((i) => `${path.relative(dir, i.file)}: ${i.en}`);
      expect(said).toContain(
        "exports/satisfaction.xlsx: not an Excel workbook: .xlsx is a ZIP file and .xls an OLE file; this may be a CSV or text file renamed",
      );
      expect(said.some((s) => s.startsWith("plans/plan.XLS: "))).toBe(true);
      expect(said).toContain("exports/digitization.csv: the file has a header but no data rows");
    } finally {
      cleanup();
    }
  });

  it("names the other file of a duplicate row across two files of one folder", () => {
    const { dir, cleanup } = tempDataDir({
      "units.csv": SMALL_UNITS,
      "exports/processing/a.csv": `${PROCESSING_HEADER}\n${row("2024-01")}\n`,
      "exports/processing/b.csv": `${PROCESSING_HEADER}\n${row("2024-02")}\n${row("2024-01")}\n`,
    });
    try {
      const issue = validateDataDir(dir).issues.find((i) => i.field === "period");
      expect(issue).toMatchObject({ file: `${dir}/exports/processing/b.csv`, line: 3, en: `same unit and period as ${dir}/exports/processing/a.csv:2` });
    } finally {
      cleanup();
    }
  });

  it("the text report of an error-free digest has no issue lines", () => {
    let out = "";
    writeTextReport(new IssueDigest(), { dir: "d", ok: true, errors: 0, warnings: 0, accounts: [] }, (c) => (out += c));
    expect(out.split("\n")[0]).toBe("Hợp lệ: 0 cảnh báo. / Valid: 0 warning(s).");
  });
});

describe("validate --all", () => {
  it("lists every issue, one line each", { timeout: 60_000 }, () => {
    const rows = Array.from({ length: 25 }, (_, i) => `637,2024-01,x${i},1,1,1,1,1,0,0,,`);
    const { dir, cleanup } = tempDataDir({ "units.csv": SMALL_UNITS, "exports/processing.csv": [PROCESSING_HEADER, ...rows, ""].join("\n") });
    try {
      const run = (...args: string[]) => {
        try {
          return execFileSync("npx", ["tsx", "scripts/validate.ts", dir, ...args], { cwd: ROOT, encoding: "utf8" });
        } catch (e) {
          return (e as { stdout: string }).stdout;
        }
      };
      expect(run("--all").split("\n").filter((l) => l.includes("không phải là số nguyên"))).toHaveLength(25);
      const grouped = run();
      expect(grouped.split("\n").filter((l) => l.includes("không phải là số nguyên"))).toHaveLength(20);
      expect(grouped).toContain("… và 5 lỗi cùng loại / … and 5 more of the same kind");
    } finally {
      cleanup();
    }
  });
});

describe("leftovers of killed builds", () => {
  it("a build removes OUT_DIR.build-<pid> folders whose process is gone", { timeout: 60_000 }, () => {
    const { dir, cleanup } = tempDataDir({ "units.csv": "code,name\n" });
    try {
      const stale = path.join(dir, "site.build-999999");
      mkdirSync(stale);
      mkdirSync(path.join(dir, "site.old-999998"));
      try {
        execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, env: { ...process.env, DATA_DIR: dir, OUT_DIR: path.join(dir, "site") }, stdio: "pipe" });
      } catch {
        // the data are invalid: the build stops after cleaning up
      }
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(path.join(dir, "site.old-999998"))).toBe(false);
    } finally {
      cleanup();
    }
  });
});
