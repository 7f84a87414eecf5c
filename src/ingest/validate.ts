/**
 * The whole validation of a data directory, as `npm run validate` and the build run it:
 * read every file, check across records, drop rejected rows and account for each one.
 */
import { compareIssues, type Issue, type SourceRef } from "./issues";
import { loadDataDir, type FileAccount, type Located, type RecordsOf } from "./load";
import { IssueDigest, jsonReportWriter, writeTextReport, type Summary } from "./report";
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

export interface ValidationRun extends Summary {
  /** Accepted records only. */
  records: RecordsOf;
}

/** Validates dir, handing each issue to `emit` as it is found: nothing but the accepted records is kept. */
export function runValidation(dir: string, emit: (issue: Issue) => void): ValidationRun {
  let errors = 0;
  let warnings = 0;
  const count = (issue: Issue) => {
    if (issue.severity === "error") errors++;
    else warnings++;
    emit(issue);
  };
  const loaded = loadDataDir(dir, count);
  // A record with a cross-record error is rejected too, so the accounting still adds up.
  const rejected = new Set<SourceRef>();
  checkRecords(loaded.records, rejected, count, loaded.failed);
  const records = Object.fromEntries(
    Object.entries(loaded.records).map(([name, rows]) => [
      name,
      rejected.size === 0 ? rows : (rows as Located<unknown>[]).filter((r) => !rejected.has(r.ref)),
    ]),
  ) as unknown as RecordsOf;
  const rejectedByFile = new Map<string, number>();
  // Keyed by file and sheet: each sheet of a workbook has its own account.
  const key = (file: string, sheet: string | undefined) => (sheet === undefined ? file : `${file}\u0000${sheet}`);
  for (const ref of rejected) rejectedByFile.set(key(ref.file, ref.sheet), (rejectedByFile.get(key(ref.file, ref.sheet)) ?? 0) + 1);
  const accounts = loaded.accounts.map((a) => {
    const newlyRejected = rejectedByFile.get(key(a.file, a.sheet)) ?? 0;
    return { ...a, accepted: a.accepted - newlyRejected, rejected: a.rejected + newlyRejected };
  });
  return { dir, ok: errors === 0, errors, warnings, accounts, records };
}

/** The validation with every issue kept and sorted: for the site, the tests and small directories. */
export function validateDataDir(dir: string): ValidationReport {
  const issues: Issue[] = [];
  const run = runValidation(dir, (issue) => issues.push(issue));
  issues.sort(compareIssues);
  return { ...run, issues };
}

/** The text report of `npm run validate`, as one string: the first issues of each kind, root causes first. */
export function formatReport(report: ValidationReport): string {
  const digest = new IssueDigest();
  for (const issue of report.issues) digest.add(issue);
  let out = "";
  writeTextReport(digest, report, (chunk) => (out += chunk));
  return out.trimEnd();
}

/** The machine-readable report of `validate --json`: everything but the records. */
export function reportJson(report: ValidationReport): string {
  let out = "";
  const writer = jsonReportWriter(report.dir, (chunk) => (out += chunk));
  report.issues.forEach(writer.add);
  writer.finish(report);
  return out.trimEnd();
}
