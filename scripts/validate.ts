/**
 * npm run validate -- <dir> [--json] [--all]
 * The text report lists the first issues of each kind and counts the rest (--all: every issue, as found);
 * --json always holds every issue. Both are written while validating, so any size of data can be reported.
 * Exit 0: valid (warnings allowed). 1: errors found (unreadable files included). 2: usage, or an unexpected failure.
 */
import { existsSync, statSync } from "node:fs";
import { allIssuesWriter, bufferedWriter, IssueDigest, jsonReportWriter, writeTextReport } from "../src/ingest/report";
import { runValidation } from "../src/ingest/validate";

const FLAGS = new Set(["--json", "--all"]);
const args = process.argv.slice(2);
const json = args.includes("--json");
const all = args.includes("--all");
const dirs = args.filter((a) => !a.startsWith("--"));
const unknownFlags = args.filter((a) => a.startsWith("--") && !FLAGS.has(a));

if (dirs.length !== 1 || unknownFlags.length > 0) {
  console.error("Cách dùng / usage: npm run validate -- <thư-mục-dữ-liệu / data-dir> [--json] [--all]");
  process.exit(2);
}
const dir = dirs[0] as string;
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`Không tìm thấy thư mục "${dir}" / directory not found: ${dir}`);
  process.exit(2);
}
const out = bufferedWriter((chunk) => process.stdout.write(chunk));
try {
  if (json || all) {
    const writer = json ? jsonReportWriter(dir, out.write) : allIssuesWriter(out.write);
    const run = runValidation(dir, writer.add);
    writer.finish(run);
    process.exitCode = run.ok ? 0 : 1;
  } else {
    const digest = new IssueDigest();
    const run = runValidation(dir, (issue) => digest.add(issue));
    writeTextReport(digest, run, out.write);
    process.exitCode = run.ok ? 0 : 1;
  }
  out.flush();
} catch (e) {
  out.flush();
  // Unreadable files are issues in the report; an exception here is a bug, said in one line.
  const detail = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, " ");
  console.error(`Lỗi bất ngờ khi kiểm tra dữ liệu / unexpected error while validating: ${detail}`);
  process.exit(2);
}
