/**
 * Generated data directories for the validation benchmark: a units list and form-06 rows for
 * as many (unit, month) pairs as asked, in one file or split over several, all valid or all invalid.
 */
import { mkdirSync, mkdtempSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface GeneratedDir {
  dir: string;
  rows: number;
}

const HEADER =
  "unit_code,period,received_carried_over,received_online,received_direct_postal,resolved_early,resolved_on_time,resolved_late,pending_within_term,pending_overdue,sample";

/** Months 2015-01 onward; 120 months per unit, so 2,000,000 rows need 16,667 communes. */
const MONTHS = Array.from({ length: 120 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);

export function generateDataDir(rows: number, files: number, valid: boolean, parent = tmpdir()): GeneratedDir {
  const dir = mkdtempSync(path.join(parent, `mbmc-bench-${valid ? "valid" : "invalid"}-`));
  const communes = Math.ceil(rows / MONTHS.length);
  const units = ["code,name,type,level,parent_code,valid_from,valid_to", "64,Gia Lai,Tỉnh,province,,,"];
  for (let c = 0; c < communes; c++) units.push(`${10000 + c},Xã ${c},Xã,commune,64,,`);
  writeFileSync(path.join(dir, "units.csv"), units.join("\n") + "\n");
  mkdirSync(path.join(dir, "exports", "processing"), { recursive: true });
  const perFile = Math.ceil(rows / files);
  let written = 0;
  for (let f = 0; f < files && written < rows; f++) {
    const fd = openSync(path.join(dir, "exports", "processing", `part-${String(f + 1).padStart(2, "0")}.csv`), "w");
    let chunk = HEADER + "\n";
    const end = Math.min(rows, written + perFile);
    for (let i = written; i < end; i++) {
      const unit = 10000 + Math.floor(i / MONTHS.length);
      const month = MONTHS[i % MONTHS.length] as string;
      // Valid rows balance form 06 (100 + 200 + 300 = 350 + 150 + 50 + 40 + 10); invalid ones are off by one.
      chunk += `${unit},${month},100,200,300,350,150,50,40,${valid ? 10 : 11},true\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = "";
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
    written = end;
  }
  return { dir, rows };
}
