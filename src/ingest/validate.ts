/**
 * The whole validation of a data directory on disk, as `npm run validate` and the build run it: the
 * directory's listing handed to the validation the browser page runs too (validate-files.ts).
 */
import { listDataDir, locateIn } from "./discover";
import { compareIssues, type Issue } from "./issues";
import { IssueDigest, writeTextReport } from "./report";
import { runFilesValidation, type ValidationReport, type ValidationRun } from "./validate-files";

export { reportJson, type ValidationReport, type ValidationRun } from "./validate-files";

/** Validates dir, handing each issue to `emit` as it is found: nothing but the accepted records is kept. */
export function runValidation(dir: string, emit: (issue: Issue) => void): ValidationRun {
  return runFilesValidation(listDataDir(dir), emit, { dir, locate: locateIn(dir) });
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
