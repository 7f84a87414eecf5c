import { describe, expect, it } from "vitest";
import { linearSlope, targetStatus } from "../../src/metrics/status";
import { monthRange } from "../../src/lib/period";

const series = (from: string, to: string, f: (i: number) => number | undefined) => monthRange(from, to).map((month, i) => ({ month, value: f(i) }));

describe("targetStatus", () => {
  it("is met when the latest value up to the due month reaches the target", () => {
    expect(targetStatus(series("2023-01", "2023-12", (i) => 70 + i), { op: ">=", value: 80, due: "2023-12" })).toMatchObject({ status: "met", value: 81, month: "2023-12" });
  });
  it("is on track when not met but the 12-month trend reaches the target by the due month", () => {
    const r = targetStatus(series("2024-01", "2024-12", (i) => 50 + 2 * i), { op: ">=", value: 90, due: "2025-12" });
    expect(r.status).toBe("on_track");
    expect(r.projected).toBeCloseTo(72 + 2 * 12, 6);
  });
  it("is behind when the trend falls short", () => {
    expect(targetStatus(series("2024-01", "2024-12", (i) => 50 + 0.1 * i), { op: ">=", value: 90, due: "2025-12" }).status).toBe("behind");
  });
  it("is behind when the due month passed unmet, judged on data up to the due month only", () => {
    const r = targetStatus(series("2023-01", "2024-12", (i) => (i < 12 ? 60 : 99)), { op: ">=", value: 80, due: "2023-12" });
    expect(r).toMatchObject({ status: "behind", value: 60, month: "2023-12" });
  });
  it("handles lower-is-better targets (waiting time ≤ 15 minutes)", () => {
    expect(targetStatus(series("2024-01", "2024-06", (i) => 20 - i), { op: "<=", value: 15, due: "2024-06" }).status).toBe("met");
  });
  it("has no data when every value is missing", () => {
    expect(targetStatus(series("2024-01", "2024-06", () => undefined), { op: ">=", value: 80, due: "2025-12" })).toEqual({ status: "no_data" });
  });
  it("skips gaps rather than reading them as zero", () => {
    const r = targetStatus(series("2024-01", "2024-12", (i) => (i === 11 ? undefined : 90)), { op: ">=", value: 80, due: "2025-12" });
    expect(r).toMatchObject({ status: "met", month: "2024-11" });
  });
});

describe("linearSlope", () => {
  it("fits y = 2x + 1 exactly", () => expect(linearSlope([0, 1, 2, 3].map((x) => ({ x, y: 2 * x + 1 })))).toBe(2));
  it("needs three points", () => expect(linearSlope([{ x: 0, y: 1 }, { x: 1, y: 2 }])).toBeUndefined());
});
