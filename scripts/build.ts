/**
 * npm run build: validate the data directory, build the site into a fresh folder, and only then
 * swap it in for dist/. A failed or interrupted build leaves the last good site exactly as it was.
 *   DATA_DIR=path  data directory (default data)
 *   OUT_DIR=path   published site (default dist)
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { bufferedWriter, IssueDigest, writeTextReport } from "../src/ingest/report";
import { runValidation, type ValidationRun } from "../src/ingest/validate";

const dataDir = process.env["DATA_DIR"] ?? "data";
const outDir = path.resolve(process.env["OUT_DIR"] ?? "dist");
const staging = `${outDir}.build-${process.pid}`;
const retired = `${outDir}.old-${process.pid}`;

removeLeftovers();

let report: ValidationRun;
const digest = new IssueDigest();
try {
  report = runValidation(dataDir, (issue) => digest.add(issue));
} catch (e) {
  // Validation reports every problem of the data as an issue; reaching here is a bug, said in one line.
  const detail = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, " ");
  console.error(
    `Dừng dựng trang: lỗi bất ngờ khi kiểm tra dữ liệu ${dataDir} (${detail}); trang cũ trong ${outDir} được giữ nguyên. / ` +
      `Build stopped: unexpected error while validating the data in ${dataDir} (${detail}); ${outDir} left as it was.`,
  );
  process.exit(1);
}
if (!report.ok) {
  const err = bufferedWriter((chunk) => process.stderr.write(chunk));
  writeTextReport(digest, report, err.write);
  err.flush();
  console.error(`\nDừng dựng trang: dữ liệu có lỗi; trang cũ trong ${outDir} được giữ nguyên.`);
  console.error(`Build stopped: the data have errors; the previous site in ${outDir} is left as it was.`);
  process.exit(1);
}
console.log(`Dữ liệu hợp lệ / data valid: ${report.accounts.reduce((n, a) => n + a.accepted, 0)} dòng, ${report.warnings} cảnh báo.`);

// Astro runs as a child process so that SIGINT/SIGTERM reach this process while it builds: the signal
// is passed on to astro, and once astro has exited the half-written staging directory is removed.
let stoppedBy: NodeJS.Signals | undefined;
const astro = spawn("astro", ["build"], {
  stdio: "inherit",
  env: { ...process.env, DATA_DIR: path.resolve(dataDir), OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: "1" },
});
const stop = (signal: NodeJS.Signals): void => {
  stoppedBy ??= signal;
  astro.kill(signal);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
const exitCode = await new Promise<number | null>((resolve) => {
  astro.on("error", (e) => {
    console.error(`Không chạy được astro / cannot run astro: ${e.message}`);
    resolve(null);
  });
  astro.on("close", (code) => resolve(code));
});

if (stoppedBy !== undefined || exitCode !== 0) {
  rmSync(staging, { recursive: true, force: true });
  if (stoppedBy !== undefined) {
    console.error(`\nĐã dừng dựng trang (${stoppedBy}); trang cũ trong ${outDir} được giữ nguyên. / Build interrupted (${stoppedBy}); ${outDir} left as it was.`);
    process.exit(128 + constants.signals[stoppedBy]);
  }
  console.error(`\nDựng trang thất bại; trang cũ trong ${outDir} được giữ nguyên. / Build failed; ${outDir} left as it was.`);
  process.exit(1);
}

if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Đã dựng trang vào / site built in ${path.relative(process.cwd(), outDir) || outDir}`);

/**
 * Staging and retired folders of earlier builds that were killed before they could clean up (kill -9,
 * power loss): removed when the process that made them is gone, so they cannot pile up beside the site.
 */
function removeLeftovers(): void {
  const parent = path.dirname(outDir);
  const pattern = new RegExp(`^${path.basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(build|old)-(\\d+)$`);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = pattern.exec(entry);
    if (m === null || isRunning(Number(m[2]))) continue;
    rmSync(path.join(parent, entry), { recursive: true, force: true });
    console.log(`Đã xóa thư mục dở dang của lần dựng trước / removed a leftover of an earlier build: ${entry}`);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
