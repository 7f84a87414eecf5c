/** `npm run validate -- <dir> [--json]` as a process: exit 0 valid, 1 errors, 2 usage or I/O. */
import { execFile, execFileSync } from "node:child_process";
import { readdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { defectDir, FIXTURES, ROOT, SMALL_UNITS, tempDataDir, VALID_DIR } from "./helpers";

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; execFileSync throws on a non-zero exit, with the status and output on the error. */
function validateCli(...args: string[]): Run {
  try {
    const stdout = execFileSync("npx", ["tsx", "scripts/validate.ts", ...args], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    return { status: 0, stdout, stderr: "" };
  } catch (e) {
    const failed = e as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function validateCliAsync(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "scripts/validate.ts", ...args], { cwd: ROOT, encoding: "utf8" });
    return { status: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const relative = (dir: string) => path.relative(ROOT, dir);

describe("scripts/validate.ts", { timeout: 60_000 }, () => {
  it("validate <valid> exits 0 and prints the accounting lines", () => {
    const run = validateCli(relative(VALID_DIR));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^test\/fixtures\/valid\/exports\/processing\.csv:30:3: cảnh báo \[received_carried_over\]: /m);
    expect(run.stdout).toContain("đọc = nhận + loại / read = accepted + rejected");
    expect(run.stdout).toMatch(/^ {2}test\/fixtures\/valid\/units\.csv\s+16 =\s+16 \+\s+0$/m);
    expect(run.stdout).toMatch(/^ {2}test\/fixtures\/valid\/exports\/processing\.csv\s+77 =\s+77 \+\s+0$/m);
    expect(run.stdout).toMatch(/^ {2}Tổng \/ total\s+314 =\s+314 \+\s+0$/m);
    expect(run.stdout).toContain("Valid: 1 warning(s).");
  });

  it("validate <defect> exits 1 and prints file:line:column, field, value and reason", () => {
    const run = validateCli(relative(defectDir("bad-count")));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'test/fixtures/defects/bad-count/exports/processing.csv:3:4: lỗi [received_online = "12a"]: "12a" không phải là số nguyên (error: "12a" is not a whole number)',
    );
    expect(run.stdout).toMatch(/processing\.csv\s+2 =\s+1 \+\s+1$/m);
    expect(run.stdout).toContain("Invalid: 1 error(s), 0 warning(s).");
  });

  it.concurrent.each(readdirSync(path.join(FIXTURES, "defects")))("validate defects/%s exits 1", async (name) => {
    expect((await validateCliAsync(relative(defectDir(name)))).status).toBe(1);
  });

  it("validate <dir> --json prints the report without records", () => {
    const run = validateCli(relative(defectDir("form06-mismatch")), "--json");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(["accounts", "dir", "errors", "issues", "ok", "warnings"]);
    expect(report).toMatchObject({ dir: "test/fixtures/defects/form06-mismatch", ok: false, errors: 1, warnings: 0 });
    expect(report["issues"]).toEqual([
      {
        severity: "error",
        file: "test/fixtures/defects/form06-mismatch/exports/processing.csv",
        line: 3,
        column: 3,
        field: "received_carried_over",
        vi: expect.stringContaining("lệch 3") as string,
        en: expect.stringContaining("differs from resolved + pending (1137) by 3") as string,
      },
    ]);
    expect(report["accounts"]).toContainEqual({
      file: "test/fixtures/defects/form06-mismatch/exports/processing.csv",
      dataset: "exports/processing",
      encoding: "utf-8",
      delimiter: ",",
      read: 2,
      accepted: 1,
      rejected: 1,
    });
  });

  it("validate <dir with a broken link and a directory named published.json> exits 1 and names both, without a stack trace", () => {
    const { dir, cleanup } = tempDataDir({ "units.csv": SMALL_UNITS, "published.json/x.csv": "" });
    try {
      symlinkSync(path.join(dir, "khong-co.csv"), path.join(dir, "plans.csv"));
      const run = validateCli(dir);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain(`${dir}/plans.csv: lỗi: không đọc được "plans.csv": liên kết tượng trưng bị hỏng`);
      expect(run.stdout).toContain(`${dir}/published.json: lỗi: "published.json" là một thư mục, không phải tệp dữ liệu`);
      expect(run.stdout).toContain("Invalid: 2 error(s), 0 warning(s).");
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      cleanup();
    }
  });

  it("validate without a directory exits 2 with the usage", () => {
    const run = validateCli();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Cách dùng / usage: npm run validate -- <thư-mục-dữ-liệu / data-dir> [--json]");
  });

  it("validate with two directories or an unknown flag exits 2", () => {
    expect(validateCli(relative(VALID_DIR), relative(VALID_DIR)).status).toBe(2);
    expect(validateCli(relative(VALID_DIR), "--yaml").status).toBe(2);
  });

  it("validate <missing dir> exits 2", () => {
    const run = validateCli("test/fixtures/khong-co");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("directory not found: test/fixtures/khong-co");
  });

  it("validate <file> exits 2: a data dir must be a directory", () => {
    expect(validateCli("test/fixtures/valid/units.csv").status).toBe(2);
  });
});
