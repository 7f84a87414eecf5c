/**
 * Reporting periods as the charts see them: `YYYY-MM`, `YYYY-Qn` or `YYYY`.
 * Pure helpers to parse them, step through them and convert between granularities.
 */

export type Granularity = "month" | "quarter" | "year";

export interface ParsedPeriod {
  granularity: Granularity;
  year: number;
  /** 1–12 for months, 1–4 for quarters, 1 for years. */
  index: number;
}

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/** "2025-06" → month 6 of 2025; "2025-Q2" → quarter 2; "2025" → the year; anything else → undefined. */
export function parsePeriod(period: string): ParsedPeriod | undefined {
  const m = PERIOD.exec(period);
  if (m === null) return undefined;
  const year = Number(m[1]);
  if (m[2] !== undefined) return { granularity: "month", year, index: Number(m[2]) };
  if (m[3] !== undefined) return { granularity: "quarter", year, index: Number(m[3]) };
  return { granularity: "year", year, index: 1 };
}

/** Like parsePeriod, but a malformed period is a programming error. */
export function requirePeriod(period: string): ParsedPeriod {
  const p = parsePeriod(period);
  if (p === undefined) throw new RangeError(`not a period (YYYY-MM, YYYY-Qn or YYYY): ${JSON.stringify(period)}`);
  return p;
}

const perYear: Record<Granularity, number> = { month: 12, quarter: 4, year: 1 };

function periodId(granularity: Granularity, year: number, index: number): string {
  switch (granularity) {
    case "month":
      return `${year}-${String(index).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${index}`;
    case "year":
      return String(year);
  }
}

/** Every period from `first` to `last` inclusive, both of one granularity: ("2025-11", "2026-02") → 4 months. */
export function periodSequence(first: string, last: string): string[] {
  const a = requirePeriod(first);
  const b = requirePeriod(last);
  if (a.granularity !== b.granularity) throw new RangeError(`periods of different granularity: ${first}, ${last}`);
  const n = perYear[a.granularity];
  const out: string[] = [];
  for (let k = a.year * n + a.index - 1; k <= b.year * n + b.index - 1; k++) {
    out.push(periodId(a.granularity, Math.floor(k / n), (k % n) + 1));
  }
  return out;
}

/**
 * The period of granularity `g` that contains `period` (a month, quarter, year or an ISO date
 * `YYYY-MM-DD`): ("2025-12-31", "quarter") → "2025-Q4". A coarser period asked at a finer
 * granularity gives its last sub-period: ("2025", "month") → "2025-12".
 */
export function periodAt(period: string, g: Granularity): string {
  const p = requirePeriod(/^\d{4}-\d{2}-\d{2}$/.test(period) ? period.slice(0, 7) : period);
  const lastMonth = p.granularity === "month" ? p.index : p.granularity === "quarter" ? p.index * 3 : 12;
  switch (g) {
    case "month":
      return periodId("month", p.year, lastMonth);
    case "quarter":
      return periodId("quarter", p.year, Math.ceil(lastMonth / 3));
    case "year":
      return periodId("year", p.year, 1);
  }
}

/**
 * The continuous, sorted domain covering the given periods (all of one granularity):
 * periods absent from the input appear in the domain, so they show as gaps.
 */
export function periodDomain(periods: readonly string[]): { domain: string[]; granularity: Granularity } {
  if (periods.length === 0) throw new RangeError("no periods");
  const sorted = [...new Set(periods)].sort((a, b) => compareParsed(requirePeriod(a), requirePeriod(b)));
  const first = requirePeriod(sorted[0] as string);
  for (const p of sorted) {
    if (requirePeriod(p).granularity !== first.granularity) {
      throw new RangeError(`periods of different granularity: ${sorted[0]}, ${p}`);
    }
  }
  return { domain: periodSequence(sorted[0] as string, sorted[sorted.length - 1] as string), granularity: first.granularity };
}

function compareParsed(a: ParsedPeriod, b: ParsedPeriod): number {
  return a.year - b.year || a.index - b.index;
}
