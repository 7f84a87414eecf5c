/** What the page shows of a report: where each issue is, the filters, and the two downloads. */
import { cellName, compareIssues, type Issue } from "../ingest/issues";
import { reportCsv } from "../ingest/report-csv";
import { jsonReportWriter, type Summary } from "../ingest/report";

/** `exports/processing.csv:3:4`, `bao-cao.xlsx › Mẫu 06 › F12`, or the file alone for a whole-file issue. */
export function issueLocation(issue: Issue): string {
  if (issue.line === 0) return issue.sheet === undefined ? issue.file : `${issue.file} › ${issue.sheet}`;
  if (issue.sheet === undefined) return `${issue.file}:${issue.line}:${issue.column}`;
  return `${issue.file} › ${issue.sheet} › ${issue.column > 0 ? cellName(issue.line, issue.column) : `dòng ${issue.line}`}`;
}

export type SeverityFilter = "all" | Issue["severity"];

export interface IssueFilter {
  severity: SeverityFilter;
  /** "" for every file. */
  file: string;
}

/** The issues the filter lets through, in report order (by file, sheet, line, column). */
export function filterIssues(sorted: readonly Issue[], filter: IssueFilter): Issue[] {
  return sorted.filter((i) => (filter.severity === "all" || i.severity === filter.severity) && (filter.file === "" || i.file === filter.file));
}

export function sortedIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}

/** Files named by at least one issue, sorted. */
export function issueFiles(issues: readonly Issue[]): string[] {
  return [...new Set(issues.map((i) => i.file))].sort();
}

/** `validate --json` for the same files: the issues in the order found. */
export function jsonReport(summary: Summary, issues: readonly Issue[]): string {
  let out = "";
  const writer = jsonReportWriter(summary.dir, (chunk) => (out += chunk));
  issues.forEach(writer.add);
  writer.finish(summary);
  return out;
}

/** The report as Excel opens it: UTF-8 with BOM, formula-safe, each workbook issue with its cell. */
export function csvReport(sorted: readonly Issue[]): string {
  return reportCsv(sorted.map((i) => (i.sheet !== undefined && i.line > 0 && i.column > 0 ? { ...i, cell: cellName(i.line, i.column) } : i)));
}
