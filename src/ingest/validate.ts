/**
 * The whole validation of a data directory, as `npm run validate` and the build run it:
 * read every file, check across records, drop rejected rows and account for each one.
 */
import { compareIssues, formatIssue, type Issue, type SourceRef } from "./issues";
import { loadDataDir, type FileAccount, type Located, type RecordsOf } from "./load";
import { checkRecords } from "./rules";

export interface ValidationReport {
  dir: string;
  ok: boolean;
  errors: number;
  warnings: number;
  accounts: FileAccount[];
  issues: Issue[];
  /** Accepted records only. */
  records: RecordsOf;
}

export function validateDataDir(dir: string): ValidationReport {
  const loaded = loadDataDir(dir);
  // A record with a cross-record error is rejected too, so the accounting still adds up.
  const rejected = new Set<SourceRef>();
  const crossIssues = checkRecords(loaded.records, rejected);
  const records = Object.fromEntries(
    Object.entries(loaded.records).map(([name, rows]) => [
      name,
      (rows as Located<unknown>[]).filter((r) => !rejected.has(r.ref)),
    ]),
  ) as unknown as RecordsOf;
  const accounts = loaded.accounts.map((a) => {
    const newlyRejected = [...rejected].filter((ref) => ref.file === a.file).length;
    return { ...a, accepted: a.accepted - newlyRejected, rejected: a.rejected + newlyRejected };
  });
  const issues = [...loaded.issues, ...crossIssues].sort(compareIssues);
  const errors = issues.filter((i) => i.severity === "error").length;
  return { dir, ok: errors === 0, errors, warnings: issues.length - errors, accounts, issues, records };
}

export function formatReport(report: ValidationReport): string {
  const lines: string[] = [];
  for (const issue of report.issues) lines.push(formatIssue(issue));
  if (report.issues.length > 0) lines.push("");
  lines.push("Đối chiếu số dòng / row accounting (đọc = nhận + loại / read = accepted + rejected):");
  const name = (a: FileAccount) => (a.sheet === undefined ? a.file : `${a.file} › ${a.sheet}`);
  const width = Math.max(...report.accounts.map((a) => name(a).length), 10);
  for (const a of report.accounts)
    lines.push(`  ${name(a).padEnd(width)}  ${String(a.read).padStart(6)} = ${String(a.accepted).padStart(6)} + ${String(a.rejected).padStart(5)}`);
  const total = report.accounts.reduce((t, a) => ({ read: t.read + a.read, accepted: t.accepted + a.accepted, rejected: t.rejected + a.rejected }), {
    read: 0, accepted: 0, rejected: 0,
  });
  lines.push(`  ${"Tổng / total".padEnd(width)}  ${String(total.read).padStart(6)} = ${String(total.accepted).padStart(6)} + ${String(total.rejected).padStart(5)}`);
  lines.push("");
  lines.push(
    report.ok
      ? `Hợp lệ: ${report.warnings} cảnh báo. / Valid: ${report.warnings} warning(s).`
      : `Không hợp lệ: ${report.errors} lỗi, ${report.warnings} cảnh báo. / Invalid: ${report.errors} error(s), ${report.warnings} warning(s).`,
  );
  return lines.join("\n");
}

/** The machine-readable report of `validate --json`: everything but the records. */
export function reportJson(report: ValidationReport): string {
  const { records: _records, ...rest } = report;
  return JSON.stringify(rest, null, 2);
}
