/**
 * A problem found in the input. Every issue names where it is (file, line, column),
 * what (field, value) and why, in Vietnamese with an English gloss.
 */
export type Severity = "error" | "warning";

export interface Issue {
  severity: Severity;
  file: string;
  /** The workbook sheet; `line` and `column` are then its row and column (cell `cellAddress(line, column)`). */
  sheet?: string;
  /** 1-based line in the source file where the record starts; 0 when the issue is about the whole file. */
  line: number;
  /**
   * 1-based column: the field's position in the header (CSV), or the character column on its line of
   * the field's value or of a syntax error (JSON); 0 when not about one field.
   */
  column: number;
  field?: string;
  value?: string;
  /** Reason in Vietnamese. */
  vi: string;
  /** The same reason in English. */
  en: string;
  /**
   * Set on a follow-on error: the dataset whose own errors cause it (a unit code not found while the
   * units list itself has errors). Reports put the cause first and count these instead of listing them.
   */
  cause?: string;
}

/** Where in a source file a record came from. */
export interface SourceRef {
  file: string;
  /** The workbook sheet the record came from. */
  sheet?: string;
  line: number;
  /**
   * Column of each field, by canonical field name: its header's position (CSV), or the character column
   * where its value starts (JSON, with `lines`); a field the row lacks has none.
   */
  columns: Readonly<Record<string, number>>;
  /** Line of each field's value, when values are not all on the row's line (a JSON object over several lines). */
  lines?: Readonly<Record<string, number>>;
}

import type { Reason } from "../lib/reason";
import { ownCopy } from "./own-copy";

export type { Reason };

export function issueAt(
  ref: SourceRef,
  field: string | undefined,
  value: unknown,
  reason: Reason,
  severity: Severity = "error",
): Issue {
  const issue: Issue = {
    severity,
    file: ref.file,
    line: field === undefined ? ref.line : (ref.lines?.[field] ?? ref.line),
    column: field === undefined ? 0 : (ref.columns[field] ?? 0),
    ...reason,
  };
  if (ref.sheet !== undefined) issue.sheet = ref.sheet;
  if (field !== undefined) issue.field = field;
  if (value !== undefined && value !== null && value !== "") issue.value = shorten(typeof value === "string" ? value : describeValue(value));
  return issue;
}

/** Longest value quoted back in a message; a longer one is cut, with its length, so one 30 MB cell cannot flood a report. */
export const QUOTE_LIMIT = 100;

/** A value as quoted back in a message: whole when short, else its start and its length. */
export function shorten(value: string): string {
  // Issues outlive the file's text (reports keep some until the end): a quoted cell is a copy of its own.
  if (value.length <= QUOTE_LIMIT) return ownCopy(value);
  return ownCopy(`${value.slice(0, QUOTE_LIMIT)}… (${value.length} ký tự / characters)`);
}

/** A JSON value that is not text, as it was written (objects and arrays by their JSON). */
function describeValue(value: unknown): string {
  if (typeof value !== "object") return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function fileIssue(file: string, reason: Reason, severity: Severity = "error"): Issue {
  return { severity, file, line: 0, column: 0, ...reason };
}

/** `file:line:column: lỗi: … (English: …)`, the form editors and CI logs link to. */
export function formatIssue(issue: Issue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}${sheetPart(issue)}` : issue.file;
  const label = issue.severity === "error" ? "lỗi" : "cảnh báo";
  const what =
    issue.field === undefined
      ? ""
      : ` [${issue.field}${issue.value === undefined ? "" : ` = "${issue.value}"`}]`;
  return `${where}: ${label}${what}: ${issue.vi} (${issue.severity}: ${issue.en})`;
}

/** " (bao-cao.xlsx › Mẫu 06 › F12)": where to look in a workbook. */
function sheetPart(issue: Issue): string {
  if (issue.sheet === undefined) return "";
  const cell = issue.column > 0 ? ` › ${cellName(issue.line, issue.column)}` : ` › dòng ${issue.line}`;
  return ` (${issue.file.split(/[\\/]/).pop()} › ${issue.sheet}${cell})`;
}

/** "F12" for row 12, column 6 (both 1-based). */
export function cellName(row: number, column: number): string {
  let letters = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** Plain UTF-16 code-unit order: the same on every machine, whatever its locale or ICU data. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareIssues(a: Issue, b: Issue): number {
  return byCodeUnits(a.file, b.file) || byCodeUnits(a.sheet ?? "", b.sheet ?? "") || a.line - b.line || a.column - b.column || byCodeUnits(a.vi, b.vi);
}
