/** Vietnamese number, date and text formats: 97,5% · 14.579 · Tháng 6/2025 · Quý II/2025 · "a, b và c". */
import { parsePeriod, requirePeriod, type Granularity, type Period } from "./period";

const ROMAN = ["I", "II", "III", "IV"] as const;
const numberFormats = new Map<number, Intl.NumberFormat>();

function nf(digits: number): Intl.NumberFormat {
  let f = numberFormats.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(digits, f);
  }
  return f;
}

/** formatNumber(1234.56, 1) → "1.234,6". */
export function formatNumber(value: number, digits = 0): string {
  return nf(digits).format(value);
}

/** formatCount(14579) → "14.579". */
export function formatCount(value: number): string {
  return nf(0).format(value);
}

/** A value already in percent, fixed decimals: formatPercent(97.53) → "97,5%"; formatPercent(90, 0) → "90%". */
export function formatPercent(value: number, digits = 1): string {
  return `${nf(digits).format(value)}%`;
}

/** Difference in percentage points, signed: "+1,2 điểm %". */
export function formatPoints(delta: number, digits = 1): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return `${sign}${nf(digits).format(Math.abs(delta))} điểm %`;
}

/** formatMinutes(12.5) → "12,5 phút"; formatMinutes(15, 0) → "15 phút". */
export function formatMinutes(value: number, digits = 1): string {
  return `${nf(digits).format(value)} phút`;
}

/** Long: "Tháng 6/2025", "Quý II/2025", "Năm 2025"; short: "T6/2025", "QII/2025", "2025". */
function periodName(p: Period, short: boolean): string {
  switch (p.kind) {
    case "month":
      return `${short ? "T" : "Tháng "}${p.month}/${p.year}`;
    case "quarter":
      return `${short ? "Q" : "Quý "}${ROMAN[p.quarter - 1] ?? p.quarter}/${p.year}`;
    case "year":
      return short ? String(p.year) : `Năm ${p.year}`;
  }
}

/** "2025-06" → "Tháng 6/2025"; "2025-Q2" → "Quý II/2025"; "2025" → "Năm 2025"; anything else as it is. */
export function formatPeriod(period: string): string {
  const p = parsePeriod(period);
  return p === undefined ? period : periodName(p, false);
}

/** Short axis form: "T6/2025", "QII/2025", "2025"; anything else as it is. */
export function formatPeriodShort(period: string): string {
  const p = parsePeriod(period);
  return p === undefined ? period : periodName(p, true);
}

/** formatMonth("2025-06") → "Tháng 6/2025"; anything but a month is a RangeError. */
export function formatMonth(month: string): string {
  return periodName(requirePeriod(month, "month"), false);
}

/** formatQuarter("2025-Q2") → "Quý II/2025"; anything but a quarter is a RangeError. */
export function formatQuarter(quarter: string): string {
  return periodName(requirePeriod(quarter, "quarter"), false);
}

/** "2025-06-30" → "30/6/2025"; partial dates as their period. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  const p = parsePeriod(date);
  if (p?.kind === "month") return `${p.month}/${p.year}`;
  return p === undefined ? date : formatPeriod(date);
}

/** "theo tháng" / "theo quý" / "theo năm". */
export function granularityPhrase(g: Granularity): string {
  return { month: "theo tháng", quarter: "theo quý", year: "theo năm" }[g];
}

/** A list in running text: ["a", "b", "c"] → "a, b và c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1] as string}`;
}

/** A value with its unit of measure: "97,5%", "15 phút", "1.600 hồ sơ/người/năm". */
export function formatWithUnit(value: number, unit: string | undefined, digits = value % 1 === 0 ? 0 : 1): string {
  const number = formatNumber(value, digits);
  if (unit === undefined || unit === "") return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}
