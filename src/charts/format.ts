/**
 * Vietnamese display formats for chart text (axes, labels, summaries). Pure functions.
 * Numbers use vi-VN conventions: "," decimal separator, "." thousands separator.
 */
import { requirePeriod } from "./period";

const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(digits: number): Intl.NumberFormat {
  let f = numberFormats.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(digits, f);
  }
  return f;
}

/** formatNumber(1234.56, 1) → "1.234,6". */
export function formatNumber(value: number, digits = 0): string {
  return numberFormat(digits).format(value);
}

/** A value already in percent: formatPercent(97.53, 1) → "97,5%"; formatPercent(90, 0) → "90%". */
export function formatPercent(value: number, digits = 1): string {
  return `${formatNumber(value, digits)}%`;
}

/** A count: formatCount(14579) → "14.579". */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

/** Minutes: formatMinutes(12.5) → "12,5 phút"; whole values keep no decimals: formatMinutes(15) → "15 phút". */
export function formatMinutes(value: number): string {
  return `${formatNumber(value, Number.isInteger(value) ? 0 : 1)} phút`;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** formatMonth("2025-06") → "Tháng 6/2025". */
export function formatMonth(month: string): string {
  const p = requirePeriod(month);
  if (p.granularity !== "month") throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return `Tháng ${p.index}/${p.year}`;
}

/** formatMonthShort("2025-06") → "T6/2025" (axis ticks). */
export function formatMonthShort(month: string): string {
  const p = requirePeriod(month);
  if (p.granularity !== "month") throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return `T${p.index}/${p.year}`;
}

/** formatQuarter("2025-Q2") → "Quý II/2025". */
export function formatQuarter(quarter: string): string {
  const p = requirePeriod(quarter);
  if (p.granularity !== "quarter") throw new RangeError(`not a quarter (YYYY-Qn): ${quarter}`);
  return `Quý ${ROMAN[p.index - 1] as string}/${p.year}`;
}

/** Any period in running text: "2025-06" → "Tháng 6/2025", "2025-Q2" → "Quý II/2025", "2025" → "Năm 2025". */
export function formatPeriod(period: string): string {
  const p = requirePeriod(period);
  switch (p.granularity) {
    case "month":
      return formatMonth(period);
    case "quarter":
      return formatQuarter(period);
    case "year":
      return `Năm ${p.year}`;
  }
}

/** Any period on an axis: "2025-06" → "T6/2025", "2025-Q2" → "Quý II/2025", "2025" → "2025". */
export function formatPeriodShort(period: string): string {
  const p = requirePeriod(period);
  switch (p.granularity) {
    case "month":
      return formatMonthShort(period);
    case "quarter":
      return formatQuarter(period);
    case "year":
      return String(p.year);
  }
}

/** "theo tháng" / "theo quý" / "theo năm". */
export function granularityPhrase(g: "month" | "quarter" | "year"): string {
  return { month: "theo tháng", quarter: "theo quý", year: "theo năm" }[g];
}

/** A list in running text: ["a", "b", "c"] → "a, b và c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1] as string}`;
}
