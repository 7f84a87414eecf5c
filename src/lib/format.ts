/** Vietnamese number and date formats: 97,5% · 14.579 · Tháng 6/2025 · Quý II/2025. */
import { parsePeriod } from "./period";

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

export function formatNumber(value: number, digits = 0): string {
  return nf(digits).format(value);
}

export function formatCount(value: number): string {
  return nf(0).format(value);
}

export function formatPercent(value: number, digits = 1): string {
  return `${nf(digits).format(value)}%`;
}

/** Difference in percentage points, signed: "+1,2 điểm %". */
export function formatPoints(delta: number, digits = 1): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return `${sign}${nf(digits).format(Math.abs(delta))} điểm %`;
}

export function formatMinutes(value: number): string {
  return `${nf(1).format(value)} phút`;
}

/** "2025-06" → "Tháng 6/2025"; "2025-Q2" → "Quý II/2025"; "2025" → "Năm 2025". */
export function formatPeriod(period: string): string {
  const p = parsePeriod(period);
  if (p === undefined) return period;
  switch (p.kind) {
    case "month":
      return `Tháng ${p.month}/${p.year}`;
    case "quarter":
      return `Quý ${ROMAN[p.quarter - 1] ?? p.quarter}/${p.year}`;
    case "year":
      return `Năm ${p.year}`;
  }
}

/** Short axis form: "T6/2025", "QII/2025", "2025". */
export function formatPeriodShort(period: string): string {
  const p = parsePeriod(period);
  if (p === undefined) return period;
  switch (p.kind) {
    case "month":
      return `T${p.month}/${p.year}`;
    case "quarter":
      return `Q${ROMAN[p.quarter - 1] ?? p.quarter}/${p.year}`;
    case "year":
      return String(p.year);
  }
}

/** "2025-06-30" → "30/6/2025"; partial dates as their period. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  const p = parsePeriod(date);
  if (p?.kind === "month") return `${p.month}/${p.year}`;
  return p === undefined ? date : formatPeriod(date);
}
