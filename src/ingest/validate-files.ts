/**
 * The whole validation of a list of data files — read every file, check across records, drop rejected
 * rows and account for each one — with no file system: `npm run validate` and the build run it on a
 * directory's listing (validate.ts), the browser page on the files an official dropped.
 */
import type { DataEntry } from "./data-files";
import { compareIssues, type Issue } from "./issues";
import { loadFiles, type LoadOptions, type RecordsOf } from "./load-files";
import type { Located } from "./read-file";
import { jsonReportWriter, type Summary } from "./report";
import { checkRecords, rejectedRowsOf } from "./rules";

export interface ValidationRun extends Summary {
  /** Accepted records only. */
  records: RecordsOf;
}

export interface ValidationReport extends ValidationRun {
  issues: Issue[];
}

export interface ValidateOptions extends Omit<LoadOptions, "emit"> {
  /** What the report calls the data directory ("" for files given without one). */
  dir?: string | undefined;
}

/** Validates the entries, handing each issue to `emit` as it is found: nothing but the accepted records is kept. */
export function runFilesValidation(entries: readonly DataEntry[], emit: (issue: Issue) => void, options: ValidateOptions = {}): ValidationRun {
  let errors = 0;
  let warnings = 0;
  const count = (issue: Issue) => {
    if (issue.severity === "error") errors++;
    else warnings++;
    emit(issue);
  };
  const loaded = loadFiles(entries, { ...options, emit: count });
  // A record with a cross-record error is rejected too, so the accounting still adds up.
  const rejected = rejectedRowsOf(loaded.records);
  checkRecords(loaded.records, rejected, count, loaded.failed);
  const records = Object.fromEntries(
    Object.entries(loaded.records).map(([name, rows]) => [name, rejected.keep(name, rows as Located<unknown>[])]),
  ) as unknown as RecordsOf;
  // Each file's rows sit together among its dataset's, so its share of the rejected rows is counted in its range.
  const accounts = loaded.accounts.map((a, i) => {
    const range = loaded.ranges[i] ?? { start: 0, end: 0 };
    const newlyRejected = rejected.count(a.dataset, range.start, range.end);
    return { ...a, accepted: a.accepted - newlyRejected, rejected: a.rejected + newlyRejected };
  });
  return { dir: options.dir ?? "", ok: errors === 0, errors, warnings, accounts, records };
}

/** The validation with every issue kept and sorted. */
export function validateFiles(entries: readonly DataEntry[], options: ValidateOptions = {}): ValidationReport {
  const issues: Issue[] = [];
  const run = runFilesValidation(entries, (issue) => issues.push(issue), options);
  issues.sort(compareIssues);
  return { ...run, issues };
}

/**
 * The machine-readable report of `validate --json`: everything but the records, the issues in the
 * order given (the command line streams them as found).
 */
export function reportJson(report: Summary & { issues: readonly Issue[] }): string {
  let out = "";
  const writer = jsonReportWriter(report.dir, (chunk) => (out += chunk));
  report.issues.forEach(writer.add);
  writer.finish(report);
  return out.trimEnd();
}
