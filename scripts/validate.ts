/**
 * npm run validate -- <dir> [--json]
 * Exit 0: valid (warnings allowed). 1: errors found (unreadable files included). 2: usage, or an unexpected failure.
 */
import { existsSync, statSync } from "node:fs";
import { formatReport, reportJson, validateDataDir } from "../src/ingest/validate";

const args = process.argv.slice(2);
const json = args.includes("--json");
const dirs = args.filter((a) => !a.startsWith("--"));
const unknownFlags = args.filter((a) => a.startsWith("--") && a !== "--json");

if (dirs.length !== 1 || unknownFlags.length > 0) {
  console.error("Cách dùng / usage: npm run validate -- <thư-mục-dữ-liệu / data-dir> [--json]");
  process.exit(2);
}
const dir = dirs[0] as string;
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`Không tìm thấy thư mục "${dir}" / directory not found: ${dir}`);
  process.exit(2);
}
try {
  const report = validateDataDir(dir);
  console.log(json ? reportJson(report) : formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
} catch (e) {
  // Unreadable files are issues in the report; an exception here is a bug, said in one line.
  const detail = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, " ");
  console.error(`Lỗi bất ngờ khi kiểm tra dữ liệu / unexpected error while validating: ${detail}`);
  process.exit(2);
}
