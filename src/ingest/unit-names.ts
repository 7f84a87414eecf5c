/**
 * Units named as officials write them ("UBND xã Ia Rsai", "Huyện Krông Pa", "Bộ phận Một cửa thị xã Ayun
 * Pa"), resolved against the units valid in the period. A name matches when it is the same once folded
 * (case and diacritics aside, so Đăk / Đắk / Đak and KBang / Kbang agree); a type word narrows it; a
 * scope (the unit named in the sheet's title) breaks ties. Anything still ambiguous, or unknown, is
 * refused with the candidates, never guessed.
 */
import type { UnitRecord } from "./contract";
import { foldVietnamese } from "../lib/vietnamese";
import type { DateRange } from "../lib/period";

type Unit = Pick<UnitRecord, "code" | "name" | "type" | "level" | "parent_code" | "valid_from" | "valid_to">;

const PREFIXES = ["ubnd", "uy ban nhan dan", "bo phan mot cua", "bo phan tiep nhan va tra ket qua", "trung tam phuc vu hanh chinh cong"];
/** Type words, longest first so "thị xã" is not read as "xã". */
const TYPES: readonly [string, UnitRecord["type"]][] = [
  ["thanh pho", "Thành phố"],
  ["thi tran", "Thị trấn"],
  ["dac khu", "Đặc khu"],
  ["thi xa", "Thị xã"],
  ["phuong", "Phường"],
  ["huyen", "Huyện"],
  ["quan", "Quận"],
  ["tinh", "Tỉnh"],
  ["tp", "Thành phố"],
  ["tx", "Thị xã"],
  ["tt", "Thị trấn"],
  ["xa", "Xã"],
];

const fold = (s: string) => foldVietnamese(s.normalize("NFC")).replace(/[.]/g, " ").replace(/\s+/g, " ").trim();

/** "UBND xã Ia Rsai" → { type: "Xã", name: "ia rsai" }. */
export function parseUnitName(text: string): { type?: UnitRecord["type"]; name: string } {
  let s = fold(text);
  for (const prefix of PREFIXES) if (s.startsWith(`${prefix} `)) s = s.slice(prefix.length + 1);
  for (const [word, type] of TYPES) if (s.startsWith(`${word} `)) return { type, name: s.slice(word.length + 1) };
  return { name: s };
}

export type UnitNameResult<U> = { ok: true; unit: U } | { ok: false; vi: string; en: string; candidates: U[] };

const overlaps = (u: Unit, range: DateRange) => (u.valid_from ?? "0000-01-01") <= range.end && (u.valid_to ?? "9999-12-31") >= range.start;
const describe = (u: Unit, all: readonly Unit[]) => {
  const parent = all.find((p) => p.code === u.parent_code && overlaps(p, { start: u.valid_from ?? "0000-01-01", end: u.valid_to ?? "9999-12-31" }));
  return `${u.type} ${u.name} (${u.code}${parent ? `, ${parent.type.toLowerCase()} ${parent.name}` : ""})`;
};

/** The one unit named `text` and valid during `range`; `scopeCode` is a unit the sheet is about (its parent). */
export function resolveUnitName<U extends Unit>(text: string, range: DateRange, units: readonly U[], scopeCode?: string): UnitNameResult<U> {
  const wanted = parseUnitName(text);
  const byName = units.filter((u) => fold(u.name) === wanted.name && overlaps(u, range));
  const byType = wanted.type === undefined ? byName : byName.filter((u) => u.type === wanted.type);
  const inScope = scopeCode === undefined ? byType : byType.filter((u) => u.parent_code === scopeCode || u.code === scopeCode);
  const candidates = inScope.length > 0 ? inScope : byType;
  if (candidates.length === 1) return { ok: true, unit: candidates[0]! };
  if (candidates.length === 0) {
    const sameName = units.filter((u) => fold(u.name) === wanted.name);
    const hint = sameName.length > 0 ? ` Cùng tên nhưng khác loại hoặc không có hiệu lực trong kỳ / same name but another type or not valid in the period: ${sameName.map((u) => describe(u, units)).join("; ")}.` : "";
    return {
      ok: false,
      candidates: sameName,
      vi: `không có đơn vị «${text}» trong danh mục đơn vị có hiệu lực từ ${range.start} đến ${range.end}; ghi mã đơn vị (cột «Mã đơn vị») hoặc tên đúng như danh mục.${hint}`,
      en: `no unit named "${text}" is valid from ${range.start} to ${range.end}; give the unit code or the name as in the unit list.`,
    };
  }
  const list = candidates.map((u) => describe(u, units)).join("; ");
  return {
    ok: false,
    candidates,
    vi: `tên «${text}» ứng với nhiều đơn vị: ${list}; ghi thêm loại đơn vị (xã, phường, huyện…) hoặc mã đơn vị`,
    en: `"${text}" names several units: ${list}; add the unit type (xã, phường, huyện…) or give the unit code`,
  };
}
