/**
 * The validation report as a CSV file officials open in Excel: UTF-8 with a byte-order mark (so Excel
 * reads the Vietnamese correctly) and formula-safe (a value from the input that starts with = + - @ or a
 * control character is prefixed with ' so Excel shows it instead of running it).
 */
import type { Issue } from "./issues";

const HEADER = ["mức độ / severity", "tệp / file", "trang tính / sheet", "ô / cell", "dòng / line", "cột / column", "trường / field", "giá trị / value", "lý do / reason", "reason (English)"];

/** ' before anything Excel, LibreOffice or Google Sheets would read as a formula. */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

type LocatedIssue = Issue & { sheet?: string; cell?: string };

export function reportCsv(issues: readonly LocatedIssue[]): string {
  const lines = [HEADER.map(quote).join(",")];
  for (const i of issues) {
    const cells = [
      i.severity === "error" ? "lỗi / error" : "cảnh báo / warning",
      i.file,
      i.sheet ?? "",
      i.cell ?? "",
      i.line > 0 ? String(i.line) : "",
      i.column > 0 ? String(i.column) : "",
      i.field ?? "",
      i.value ?? "",
      i.vi,
      i.en,
    ];
    lines.push(cells.map((c) => quote(formulaSafe(c))).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
