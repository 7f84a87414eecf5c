import { describe, expect, it } from "vitest";
import { factsOfRows, sumFacts, type Facts } from "../../src/metrics/facts";
import { METRIC_DEFS } from "../../src/metrics/definitions";
import { seriesFromRows } from "../../src/metrics/series";
import { monthRange } from "../../src/lib/period";
import type { ProcessingRecord } from "../../src/ingest/contract";

const row = (over: Partial<ProcessingRecord> = {}): ProcessingRecord => ({
  unit_code: "637", period: "2025-01", received_carried_over: 100, received_online: 500, received_direct_postal: 400,
  resolved_early: 800, resolved_on_time: 50, resolved_late: 30, pending_within_term: 100, pending_overdue: 20,
  known_inconsistency: undefined, sample: true, ...over,
});

describe("metric definitions", () => {
  it("on_time_rate is (early + on time) ÷ resolved: Gia Lai January 2025 gives 95.53%", () => {
    const f = factsOfRows({ processing: row({ resolved_early: 13794, resolved_on_time: 134, resolved_late: 651 }) });
    expect(METRIC_DEFS.on_time_rate.compute(f)).toBeCloseTo(95.5347, 3);
  });
  it("on_time_766 counts pending dossiers: (early + on time + pending within term) ÷ all handled", () => {
    const f = factsOfRows({ processing: row() });
    // (800 + 50 + 100) / (800 + 50 + 30 + 100 + 20) = 950 / 1000
    expect(METRIC_DEFS.on_time_766.compute(f)).toBe(95);
    expect(METRIC_DEFS.on_time_rate.compute(f)).toBeCloseTo((850 / 880) * 100, 10);
  });
  it("on_time_portal is 100% − (late pending + late resolved) ÷ dossiers to be processed, the Gia Lai portal's definition", () => {
    // A form-06 row: 800 early, 50 on time, 30 late; 100 pending within term, 20 overdue.
    // Late rate = (20 + 30) / (880 resolved + 120 pending) = 5%, so on time = 95%; the report rate is 850 / 880 = 96.59%.
    const f = factsOfRows({ processing: row() });
    expect(METRIC_DEFS.on_time_portal.compute(f)).toBeCloseTo(95, 10);
    expect(METRIC_DEFS.on_time_rate.compute(f)).toBeCloseTo(96.5909, 3);
    const noPending = factsOfRows({ processing: row({ pending_within_term: 0, pending_overdue: 0, resolved_late: 120, resolved_early: 780, resolved_on_time: 100 }) });
    expect(METRIC_DEFS.on_time_portal.compute(noPending)).toBeCloseTo(100 - (120 / 1000) * 100, 10);
    expect(METRIC_DEFS.on_time_portal.compute(factsOfRows({}))).toBeUndefined();
  });
  it("online_dossier_share leaves carried-over dossiers out", () => {
    expect(METRIC_DEFS.online_dossier_share.compute(factsOfRows({ processing: row() }))).toBe(((500 / 900) * 100));
  });
  it("a missing export gives undefined, never 0", () => {
    const f = factsOfRows({ processing: row() });
    expect(METRIC_DEFS.satisfaction_share.compute(f)).toBeUndefined();
    expect(METRIC_DEFS.digitized_dossier_share.compute(f)).toBeUndefined();
  });
  it("a zero denominator gives undefined", () => {
    const f = factsOfRows({ processing: row({ resolved_early: 0, resolved_on_time: 0, resolved_late: 0 }) });
    expect(METRIC_DEFS.on_time_rate.compute(f)).toBeUndefined();
  });
  it("waiting time is weighted by responses", () => {
    const a = factsOfRows({ satisfaction: { unit_code: "1", period: "2025-01", responses: 100, very_satisfied: 50, satisfied: 40, neutral: 5, dissatisfied: 5, avg_wait_minutes: 10, avg_service_minutes: undefined, sample: undefined } });
    const b = factsOfRows({ satisfaction: { unit_code: "1", period: "2025-02", responses: 300, very_satisfied: 100, satisfied: 100, neutral: 50, dissatisfied: 50, avg_wait_minutes: 20, avg_service_minutes: undefined, sample: undefined } });
    const sum = sumFacts([a, b], "over-time");
    expect(METRIC_DEFS.avg_wait_minutes.compute(sum)).toBe(17.5);
    expect(METRIC_DEFS.satisfaction_share.compute(sum)).toBe(72.5);
  });
});

describe("sumFacts", () => {
  const jan = factsOfRows({ processing: row({ period: "2025-01" }) });
  const feb = factsOfRows({ processing: row({ period: "2025-02", received_carried_over: 120, pending_within_term: 7, pending_overdue: 3 }) });
  it("over time: flows add, carried over is the first month's, pending the last month's", () => {
    const q = sumFacts([jan, feb], "over-time");
    expect(q.resolved_early).toBe(1600);
    expect(q.received_carried_over).toBe(100);
    expect(q.pending_within_term).toBe(7);
    expect(q.pending_overdue).toBe(3);
  });
  it("over units: everything adds", () => {
    const p = sumFacts([jan, feb], "over-units");
    expect(p.received_carried_over).toBe(220);
    expect(p.pending_overdue).toBe(23);
  });
  it("a part with a missing field leaves the sum missing rather than understated", () => {
    const empty: Facts = { inconsistencies: [], sample: false };
    expect(sumFacts([jan, empty], "over-units").resolved_early).toBeUndefined();
  });
  it("keeps flagged inconsistencies of the parts", () => {
    const flagged = factsOfRows({ processing: row({ known_inconsistency: "lệch 143" }) });
    expect(sumFacts([jan, flagged], "over-time").inconsistencies).toEqual(["lệch 143"]);
  });
});

describe("seriesFromRows", () => {
  const rows = (entries: [string, number][]) => new Map(entries.map(([period, early]) => [period, { processing: row({ period, resolved_early: early }) }]));
  it("sums whole quarters from months and leaves a quarter with a missing month blank", () => {
    const q = seriesFromRows(rows([["2025-01", 1], ["2025-02", 2], ["2025-03", 3], ["2025-04", 4], ["2025-05", 5]]), monthRange("2025-01", "2025-06"), "quarter");
    expect(q.map((p) => p.period)).toEqual(["2025-Q1", "2025-Q2"]);
    expect(q[0]?.facts.resolved_early).toBe(6);
    expect(q[1]?.facts.resolved_early).toBeUndefined();
    expect(METRIC_DEFS.on_time_rate.compute(q[1]?.facts ?? { inconsistencies: [], sample: false })).toBeUndefined();
  });
  it("uses a row reported for the whole quarter, and sums quarters into a year", () => {
    const y = seriesFromRows(rows([["2024-Q1", 10], ["2024-Q2", 20], ["2024-Q3", 30], ["2024-Q4", 40]]), monthRange("2024-01", "2024-12"), "year");
    expect(y).toHaveLength(1);
    expect(y[0]?.facts.resolved_early).toBe(100);
  });
  it("shows quarterly rows as gaps at the monthly granularity rather than guessing months", () => {
    const m = seriesFromRows(rows([["2024-Q1", 10]]), monthRange("2024-01", "2024-03"), "month");
    expect(m.every((p) => p.facts.resolved_early === undefined)).toBe(true);
  });
});
