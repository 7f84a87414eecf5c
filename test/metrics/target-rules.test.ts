import { describe, expect, it } from "vitest";
import { governingTarget, meets, type TargetLike } from "../../src/metrics/target-rules";
import { targetStatus } from "../../src/metrics/status";

const target = (over: Partial<TargetLike>): TargetLike => ({
  id: "x", plan_id: "p", metric: "digitized_result_share", op: ">=", value: 90, due: "2024-12", applies_to: "district", basis: "derived", ...over,
});

describe("comparisons as the documents word them", () => {
  it("'trên 80%' (>) is not met by exactly 80, and is met by 80.01", () => {
    expect(meets(80, ">", 80)).toBe(false);
    expect(meets(80.01, ">", 80)).toBe(true);
  });
  it("'từ 80% trở lên' (>=) is met by exactly 80; 'tối đa' (<=) by the limit; 'dưới 5%' (<) not by 5", () => {
    expect(meets(80, ">=", 80)).toBe(true);
    expect(meets(79.99, ">=", 80)).toBe(false);
    expect(meets(15, "<=", 15)).toBe(true);
    expect(meets(5, "<", 5)).toBe(false);
    expect(meets(4.99, "<", 5)).toBe(true);
  });
  it("a target status uses the strict comparison: 80 is behind a 'trên 80%' target at its due month", () => {
    const points = [{ month: "2020-12", value: 80 }];
    expect(targetStatus(points, { op: ">", value: 80, due: "2020-12" }).status).toBe("behind");
    expect(targetStatus(points, { op: ">=", value: 80, due: "2020-12" }).status).toBe("met");
    expect(targetStatus([{ month: "2020-12", value: 80.01 }], { op: ">", value: 80, due: "2020-12" }).status).toBe("met");
  });
});

describe("a stated target governs a derived milestone of the same metric, level and year", () => {
  // Decision 258: a derived 90% (12/2024) would be weaker than item 26's stated 100% from 01/2024.
  const stated = target({ id: "t32", basis: undefined, value: 100, due: "2024-01", applies_to: "all" });
  const derived = target({ id: "t14", value: 90, due: "2024-12" });

  it("finds the stated target whose level covers the derived row's, due the same year", () => {
    expect(governingTarget(derived, [derived, stated])?.id).toBe("t32");
  });
  it("leaves a derived milestone alone when no stated target covers its year, level, metric or plan", () => {
    expect(governingTarget(derived, [derived, { ...stated, due: "2023-12" }])).toBeUndefined();
    expect(governingTarget(derived, [derived, { ...stated, applies_to: "commune" }])).toBeUndefined();
    expect(governingTarget(derived, [derived, { ...stated, metric: "digitized_dossier_share" }])).toBeUndefined();
    expect(governingTarget(derived, [derived, { ...stated, plan_id: "other" }])).toBeUndefined();
  });
  it("governs even when the derived milestone would be stricter: the document's own number decides", () => {
    expect(governingTarget({ ...derived, value: 100 }, [stated, { ...stated, id: "weaker", value: 60 }])?.id).toBe("t32");
  });
  it("never applies to stated or rule rows", () => {
    expect(governingTarget(stated, [derived, stated])).toBeUndefined();
    expect(governingTarget({ ...derived, basis: "rule", value: undefined }, [stated])).toBeUndefined();
  });
});
