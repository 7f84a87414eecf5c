/**
 * npx tsx scripts/import-reference.ts
 *
 * Builds the unit list, the 2025 crosswalk, the licence notice and the commune boundaries in data/
 * from the official reference lists in ../shared/reference/ (see its SOURCES.md):
 *   data/units.csv          former provinces Gia Lai (64), Bình Định (52), Khánh Hòa (56), Ninh Thuận (58)
 *                           with their districts and communes (until 2025-06-30), and the new provinces
 *                           Gia Lai (52) and Khánh Hòa (56) with their communes (from 2025-07-01)
 *   data/unit-changes.csv   crosswalk rows of the new communes of 52 and 56
 *   data/LICENSE-units.txt  attribution + the upstream MIT licence, verbatim
 *   data/geo/*.topo.json    commune boundaries, copied unchanged
 *
 *   REFERENCE_DIR=path  reference folder, relative to the repository (default ../shared/reference)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

const repo = path.resolve(import.meta.dirname, "..");
const refDir = path.resolve(repo, process.env["REFERENCE_DIR"] ?? "../shared/reference");
const dataDir = path.join(repo, "data");

/** Former provinces (until 30/6/2025). Ninh Thuận merged into the new Khánh Hòa, so the crosswalk needs it. */
const OLD_PROVINCES = ["64", "52", "56", "58"];
/** New provinces (from 1/7/2025, Decision 19/2025/QĐ-TTg). */
const NEW_PROVINCES = ["52", "56"];
const OLD_VALID_TO = "2025-06-30";
const NEW_VALID_FROM = "2025-07-01";
const EFFECTIVE = "2025-07-01";
const TOPO_FILES = ["communes-52.topo.json", "communes-56.topo.json", "communes-56-truong-sa.topo.json"];

type Row = Record<string, string>;
type Level = "province" | "district" | "commune";

interface UnitOut {
  code: string;
  name: string;
  type: string;
  level: Level;
  parent_code: string;
  valid_from: string;
  valid_to: string;
  remote: string;
}

const LEVELS: readonly Level[] = ["province", "district", "commune"];
const TYPES = new Set(["Tỉnh", "Thành phố", "Thị xã", "Huyện", "Quận", "Xã", "Phường", "Thị trấn", "Đặc khu"]);

function readCsv(file: string): Row[] {
  const text = readFileSync(path.join(refDir, file), "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  return parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.normalize("NFC").trim()])));
}

function field(row: Row, key: string, file: string): string {
  const v = row[key];
  if (v === undefined) throw new Error(`${file}: column ${key} missing`);
  return v;
}

function toUnit(row: Row, file: string, validFrom: string, validTo: string): UnitOut {
  const level = field(row, "level", file);
  const type = field(row, "type", file);
  if (!(LEVELS as readonly string[]).includes(level)) throw new Error(`${file}: unknown level ${level}`);
  if (!TYPES.has(type)) throw new Error(`${file}: unknown type ${type}`);
  return {
    code: field(row, "code", file),
    name: field(row, "name", file),
    type,
    level: level as Level,
    parent_code: field(row, "parent_code", file),
    valid_from: validFrom,
    valid_to: validTo,
    remote: "",
  };
}

function writeCsv(file: string, fields: readonly string[], rows: readonly Row[] | readonly UnitOut[]): void {
  const data = rows.map((r) => fields.map((f) => (r as unknown as Row)[f] ?? ""));
  writeFileSync(path.join(dataDir, file), `${Papa.unparse({ fields: [...fields], data }, { newline: "\n" })}\n`, "utf8");
}

// 1. units.csv
const pre = readCsv("units-pre-2025.csv");
const post = readCsv("units-2025.csv");

const oldProvinces = pre.filter((r) => r["level"] === "province" && OLD_PROVINCES.includes(r["code"] ?? ""));
const oldDistricts = pre.filter((r) => r["level"] === "district" && OLD_PROVINCES.includes(r["parent_code"] ?? ""));
const oldDistrictCodes = new Set(oldDistricts.map((r) => r["code"]));
const oldCommunes = pre.filter((r) => r["level"] === "commune" && oldDistrictCodes.has(r["parent_code"]));
const newProvinces = post.filter((r) => r["level"] === "province" && NEW_PROVINCES.includes(r["code"] ?? ""));
const newCommunes = post.filter((r) => r["level"] === "commune" && NEW_PROVINCES.includes(r["parent_code"] ?? ""));

if (oldProvinces.length !== OLD_PROVINCES.length || newProvinces.length !== NEW_PROVINCES.length)
  throw new Error("a province is missing from the reference lists");

const units: UnitOut[] = [
  ...[...oldProvinces, ...oldDistricts, ...oldCommunes].map((r) => toUnit(r, "units-pre-2025.csv", "", OLD_VALID_TO)),
  ...[...newProvinces, ...newCommunes].map((r) => toUnit(r, "units-2025.csv", NEW_VALID_FROM, "")),
];
// Empty valid_from ("since before any data") sorts first; then level, then code.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
units.sort(
  (a, b) => cmp(a.valid_from, b.valid_from) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || cmp(a.code, b.code),
);
writeCsv("units.csv", ["code", "name", "type", "level", "parent_code", "valid_from", "valid_to", "remote"], units);

// 2. unit-changes.csv
const newCodes = new Set(newCommunes.map((r) => r["code"]));
const oldCodes = new Set([...oldDistricts, ...oldCommunes].map((r) => r["code"]));
const changes: Row[] = [];
for (const r of readCsv("crosswalk-2025.csv")) {
  const newCode = field(r, "new_commune_code", "crosswalk-2025.csv");
  if (!newCodes.has(newCode)) continue;
  const method = field(r, "method", "crosswalk-2025.csv");
  const oldCode =
    method === "source-district" ? field(r, "old_district_code", "crosswalk-2025.csv") : field(r, "old_commune_code", "crosswalk-2025.csv");
  if (!oldCodes.has(oldCode)) throw new Error(`crosswalk: old unit ${oldCode} of ${newCode} is not among the former units`);
  changes.push({ new_code: newCode, old_code: oldCode, effective: EFFECTIVE, method, partial: String(method === "source-partial") });
}
writeCsv("unit-changes.csv", ["new_code", "old_code", "effective", "method", "partial"], changes);

// 3. Licence notice and boundaries
const licence = readFileSync(path.join(refDir, "LICENSE-thanglequoc.txt"), "utf8");
const attribution = `Danh mục đơn vị hành chính (units.csv), bảng chuyển đổi năm 2025 (unit-changes.csv) và ranh giới xã
(geo/communes-52.topo.json, geo/communes-56.topo.json, geo/communes-56-truong-sa.topo.json) được lấy từ kho
https://github.com/thanglequoc/vietnamese-provinces-database (giấy phép MIT): danh mục trước 1/7/2025 từ thẻ v2.4.1,
danh mục từ 1/7/2025 từ thẻ v3.0.2, văn bản "trước sáp nhập" (truocsapnhap) và ranh giới xã từ v4.2.0
(cd58063299585146ded3981f2272946ef19ced54). Trang đã chọn các tỉnh cần dùng, đối chiếu tên đơn vị cũ để lập bảng
chuyển đổi, và đơn giản hóa ranh giới; chi tiết trong SOURCES.md của thư mục tham chiếu. Tác giả kho dữ liệu không
liên quan đến Tổng cục Thống kê hay Chính phủ Việt Nam; ranh giới là bản đồ tham khảo, không có giá trị pháp lý.

The administrative units (units.csv), the 2025 crosswalk (unit-changes.csv) and the commune boundaries
(geo/*.topo.json) are taken from https://github.com/thanglequoc/vietnamese-provinces-database (MIT licence):
units before 1 July 2025 from tag v2.4.1, units from 1 July 2025 from tag v3.0.2, the "before merger" text and the
commune boundaries from tag v4.2.0 (cd58063299585146ded3981f2272946ef19ced54). This site selected the provinces it
uses, matched the predecessor names to build the crosswalk, and simplified the boundaries. The repository's author
is not associated with the General Statistics Office or the Government of Vietnam; the boundaries are a reference
map, not a legal survey. The copyright notice and licence of the repository follow, verbatim.

--------------------------------------------------------------------------------

`;
writeFileSync(path.join(dataDir, "LICENSE-units.txt"), attribution + licence, "utf8");

mkdirSync(path.join(dataDir, "geo"), { recursive: true });
// Byte-for-byte copies; written anew (not copyFileSync) so the read-only mode of the reference files is not carried over.
for (const f of TOPO_FILES) {
  const dest = path.join(dataDir, "geo", f);
  rmSync(dest, { force: true });
  writeFileSync(dest, readFileSync(path.join(refDir, f)));
}

const count = (level: Level, from: string) => units.filter((u) => u.level === level && u.valid_from === from).length;
console.log(
  `units.csv: ${units.length} dòng / rows (trước / before: ${count("province", "")} tỉnh, ${count("district", "")} huyện, ` +
    `${count("commune", "")} xã; từ / from ${NEW_VALID_FROM}: ${count("province", NEW_VALID_FROM)} tỉnh, ${count("commune", NEW_VALID_FROM)} xã)`,
);
console.log(`unit-changes.csv: ${changes.length} dòng / rows`);
console.log(`LICENSE-units.txt, geo/: ${TOPO_FILES.join(", ")}`);
