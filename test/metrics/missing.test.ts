import { describe, expect, it } from "vitest";
import type { ProcessingRecord, SatisfactionRecord } from "../../src/ingest/contract";
import { validateDataDir } from "../../src/ingest/validate";
import { validityOf } from "../../src/lib/identity";
import { GRANULARITIES, monthRange, type Granularity } from "../../src/lib/period";
import { METRIC_DEFS, METRIC_LIST } from "../../src/metrics/definitions";
import type { PeriodRows } from "../../src/metrics/facts";
import { missingReasons } from "../../src/metrics/missing";
import { seriesFromRows, type SeriesPoint } from "../../src/metrics/series";
import { buildModel } from "../../src/site/model";

const processing = (period: string, over: Partial<ProcessingRecord> = {}): ProcessingRecord => ({
  unit_code: "23575", period, received_carried_over: 120, received_online: 410, received_direct_postal: 380,
  resolved_early: 610, resolved_on_time: 95, resolved_late: 40, pending_within_term: 150, pending_overdue: 12,
  known_inconsistency: undefined, sample: undefined, ...over,
});

const satisfaction = (period: string, over: Partial<SatisfactionRecord> = {}): SatisfactionRecord => ({
  unit_code: "23575", period, responses: 212, very_satisfied: 120, satisfied: 70, neutral: 15, dissatisfied: 7,
  avg_wait_minutes: 11.5, avg_service_minutes: undefined, sample: undefined, ...over,
});

/** A unit's series at every granularity from its rows, over the months it could report. */
function seriesOf(rows: Record<string, PeriodRows>, first: string, last: string): Record<Granularity, SeriesPoint[]> {
  const byPeriod = new Map(Object.entries(rows));
  const months = monthRange(first, last);
  return Object.fromEntries(GRANULARITIES.map((g) => [g, seriesFromRows(byPeriod, months, g)])) as Record<Granularity, SeriesPoint[]>;
}

describe("why a value is missing", () => {
  // A new commune from 1/7/2025: July and September reported, August not; September rated by no one.
  const commune = seriesOf(
    {
      "2025-07": { processing: processing("2025-07"), satisfaction: satisfaction("2025-07") },
      "2025-09": { processing: processing("2025-09", { resolved_early: 0, resolved_on_time: 0, resolved_late: 0 }), satisfaction: satisfaction("2025-09", { responses: 0, very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 }) },
      "2025-10": { processing: processing("2025-10") },
      "2025-11": { processing: processing("2025-11") },
      "2025-12": { processing: processing("2025-12") },
    },
    "2025-07", "2025-12",
  );
  const why = missingReasons(commune, validityOf({ code: "23575", valid_from: "2025-07-01" }));

  it("a value that is there has no reason", () => {
    expect(METRIC_DEFS.on_time_rate.compute(commune.month[0]!.facts)).toBeCloseTo((705 / 745) * 100, 10);
    expect(why("on_time_rate", "2025-07")).toBeUndefined();
    expect(why("resolved_early", "2025-07")).toBeUndefined();
    // Q4 has all three months: 3 × 610 early.
    expect(commune.quarter.find((p) => p.period === "2025-Q4")?.facts.resolved_early).toBe(1830);
    expect(why("on_time_rate", "2025-Q4")).toBeUndefined();
  });

  it("a month with no row: not reported", () => {
    expect(why("on_time_rate", "2025-08")).toBe("not-reported");
    expect(why("resolved_late", "2025-08")).toBe("not-reported");
    expect(why("satisfaction_share", "2025-10")).toBe("not-reported");
  });

  it("a row without the count a metric needs: not reported (avg_service_minutes was left blank)", () => {
    expect(why("avg_wait_minutes", "2025-07")).toBeUndefined();
    expect(why("avg_service_minutes", "2025-07")).toBe("not-reported");
  });

  it("a quarter with August missing: incomplete, for its rates and its counts", () => {
    expect(commune.quarter.find((p) => p.period === "2025-Q3")?.facts.resolved_early).toBeUndefined();
    expect(why("on_time_rate", "2025-Q3")).toBe("incomplete-period");
    expect(why("resolved_early", "2025-Q3")).toBe("incomplete-period");
    // September's rate is over 0 dossiers, yet September did report: the quarter is still incomplete.
    expect(why("satisfaction_share", "2025-Q3")).toBe("incomplete-period");
    // No month of Q4 rated the service: that is not an incomplete quarter.
    expect(why("satisfaction_share", "2025-Q4")).toBe("not-reported");
  });

  it("September resolved no dossier and had no rating: the rates divide by 0", () => {
    expect(why("on_time_rate", "2025-09")).toBe("zero-denominator");
    expect(why("satisfaction_share", "2025-09")).toBe("zero-denominator");
    expect(why("avg_wait_minutes", "2025-09")).toBe("zero-denominator");
    // The counts themselves are there: 0 early, not missing.
    expect(why("resolved_early", "2025-09")).toBeUndefined();
    // Indicator 2.1 counts pending dossiers too (150 + 12), so it has a value.
    expect(why("on_time_766", "2025-09")).toBeUndefined();
    expect(METRIC_DEFS.on_time_766.compute(commune.month[2]!.facts)).toBeCloseTo((150 / 162) * 100, 10);
  });

  it("2025 and June 2025 began before the commune was established", () => {
    expect(commune.year.map((p) => p.period)).toEqual(["2025"]);
    expect(why("on_time_rate", "2025")).toBe("before-unit");
    expect(why("resolved_early", "2025")).toBe("before-unit");
    expect(why("on_time_rate", "2025-06")).toBe("before-unit");
    expect(why("on_time_rate", "2025-Q2")).toBe("before-unit");
  });

  // A former district, to 30/6/2025, reporting by quarter: Q1 and Q2 of 2024, then Q4 2024, Q1 2025.
  const district = seriesOf(
    {
      "2024-Q1": { processing: processing("2024-Q1") },
      "2024-Q2": { processing: processing("2024-Q2") },
      "2024-Q4": { processing: processing("2024-Q4") },
      "2025-Q1": { processing: processing("2025-Q1") },
    },
    "2024-01", "2025-06",
  );
  const whyDistrict = missingReasons(district, validityOf({ code: "622", valid_to: "2025-06-30" }));

  it("a year with a quarter missing: incomplete; a quarter with no row at all: not reported", () => {
    expect(whyDistrict("on_time_rate", "2024-Q2")).toBeUndefined();
    expect(whyDistrict("on_time_rate", "2024-Q3")).toBe("not-reported");
    expect(whyDistrict("on_time_rate", "2024")).toBe("incomplete-period");
    expect(whyDistrict("on_time_rate", "2025-Q2")).toBe("not-reported");
  });

  it("2025 and the quarters after June 2025 ended after the district ceased", () => {
    expect(whyDistrict("on_time_rate", "2025")).toBe("after-unit");
    expect(whyDistrict("pending_overdue", "2025")).toBe("after-unit");
    expect(whyDistrict("on_time_rate", "2025-Q3")).toBe("after-unit");
    expect(whyDistrict("on_time_rate", "2025-07")).toBe("after-unit");
  });
});

describe("every metric's denominator", () => {
  it("agrees with its value on every point of the valid fixture: a value only over more than 0, none over 0", () => {
    const site = buildModel(validateDataDir("test/fixtures/valid").records);
    let checked = 0;
    for (const u of site.units) for (const g of GRANULARITIES) for (const p of u.series[g]) for (const m of METRIC_LIST) {
      const whole = m.whole(p.facts);
      const value = m.compute(p.facts);
      if (value !== undefined) expect(whole, `${u.key} ${p.period} ${m.id}`).toBeGreaterThan(0);
      if (whole === 0) expect(value, `${u.key} ${p.period} ${m.id}`).toBeUndefined();
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
