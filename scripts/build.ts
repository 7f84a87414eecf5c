/**
 * npm run build: validate the data directory, build the site into a fresh folder, and only then
 * swap it in for dist/. A failed build leaves the last good site exactly as it was.
 *   DATA_DIR=path  data directory (default data)
 *   OUT_DIR=path   published site (default dist)
 */
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { formatReport, validateDataDir } from "../src/ingest/validate";

const dataDir = process.env["DATA_DIR"] ?? "data";
const outDir = path.resolve(process.env["OUT_DIR"] ?? "dist");
const staging = `${outDir}.build-${process.pid}`;
const retired = `${outDir}.old-${process.pid}`;

const report = validateDataDir(dataDir);
if (!report.ok) {
  console.error(formatReport(report));
  console.error(`\nDừng dựng trang: dữ liệu có lỗi; trang cũ trong ${outDir} được giữ nguyên.`);
  console.error(`Build stopped: the data have errors; the previous site in ${outDir} is left as it was.`);
  process.exit(1);
}
console.log(`Dữ liệu hợp lệ / data valid: ${report.accounts.reduce((n, a) => n + a.accepted, 0)} dòng, ${report.warnings} cảnh báo.`);

try {
  execFileSync("astro", ["build"], {
    stdio: "inherit",
    env: { ...process.env, DATA_DIR: path.resolve(dataDir), OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: "1" },
  });
} catch {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nDựng trang thất bại; trang cũ trong ${outDir} được giữ nguyên. / Build failed; ${outDir} left as it was.`);
  process.exit(1);
}

if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Đã dựng trang vào / site built in ${path.relative(process.cwd(), outDir) || outDir}`);
