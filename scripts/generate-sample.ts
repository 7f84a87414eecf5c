/**
 * npm run generate:sample
 * Writes the illustrative sample exports (data/exports/*.csv and README.md) from data/units.csv.
 * Deterministic: the logic is in src/sample/generate.ts, the file contents in src/sample/files.ts.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseUnitsCsv, sampleExportFiles } from "../src/sample/files";

const repo = path.resolve(import.meta.dirname, "..");
const outDir = path.join(repo, "data", "exports");
const units = parseUnitsCsv(readFileSync(path.join(repo, "data", "units.csv"), "utf8"));

mkdirSync(outDir, { recursive: true });
for (const [file, text] of Object.entries(sampleExportFiles(units))) {
  const target = path.join(outDir, file);
  writeFileSync(target, text, "utf8");
  const rows = file.endsWith(".csv") ? `, ${text.split("\n").length - 2} dòng / rows` : "";
  console.log(`data/exports/${file}: ${statSync(target).size} byte${rows}`);
}
