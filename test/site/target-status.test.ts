/** A unit's status on stated, derived and rule-only targets, on the site model of the test fixture. */
import { describe, expect, it } from "vitest";
import type { TargetRecord } from "../../src/ingest/contract";
import { validateDataDir } from "../../src/ingest/validate";
import { buildModel, type UnitView } from "../../src/site/model";
import { statusOf } from "../../src/site/targets";
import { digitizationSeries } from "../../src/site/figures/digitization";

const site = buildModel(validateDataDir("test/fixtures/valid").records);
const unit = (key: string): UnitView => {
  const u = site.pages.find((p) => p.key === key);
  if (!u) throw new Error(`no unit ${key}`);
  return u;
};
const target = (over: Partial<TargetRecord>): TargetRecord => ({
  id: "t", metric: "on_time_rate", op: ">=", value: 50, unit: "%", due: "2024-12", applies_to: "district", plan_id: "kh-64-2024-cchc",
  plan_item: "5", text: "t", uncertain: undefined, note: undefined, basis: undefined, rule: undefined, ambiguity: undefined, ...over,
});
const district = () => unit("622@2025-06-30");

describe("statusOf", () => {
  it("is not measurable for a rule-only row: its rule is ambiguous", () => {
    expect(statusOf(district(), target({ basis: "rule", value: undefined, rule: "mỗi năm thêm 20%", ambiguity: "20 điểm hay 20%?" }))).toEqual({
      status: "not_measurable", reason: "ambiguous_rule",
    });
  });
  it("is not measurable for a target the site has no metric for", () => {
    expect(statusOf(district(), target({ metric: undefined }))).toEqual({ status: "not_measurable", reason: "no_metric" });
  });
  it("takes a derived milestone's status from the stated target that covers its metric, level and year", () => {
    const stated = target({ id: "stated", value: 99.9, due: "2024-01", applies_to: "all" });
    const derived = target({ id: "derived", basis: "derived", value: 50, rule: "+10 điểm %/năm" });
    const own = statusOf(district(), stated, [stated, derived]);
    expect(own.status).toBe("behind");
    expect(statusOf(district(), derived, [stated, derived])).toEqual({ ...own, governedBy: "stated" });
    // Without a covering stated target the derived milestone is judged on its own value.
    expect(statusOf(district(), derived, [derived]).status).toBe("met");
  });
  it("does not draw a rule row or a governed derived milestone on the digitization chart", () => {
    const stated = target({ id: "stated", metric: "digitized_dossier_share", value: 95, due: "2025-01", applies_to: "all" });
    const derived = target({ id: "derived", metric: "digitized_dossier_share", basis: "derived", value: 60, due: "2025-12", rule: "r" });
    const rule = target({ id: "rule", metric: "digitized_dossier_share", basis: "rule", value: undefined, due: "2026-12", rule: "r", ambiguity: "a" });
    const series = digitizationSeries(district().monthly, [stated, derived, rule], "district");
    expect(series.find((s) => s.metric === "digitized_dossier_share")?.target?.id).toBe("stated");
    const alone = digitizationSeries(district().monthly, [derived], "district").find((s) => s.metric === "digitized_dossier_share")?.target;
    expect(alone).toMatchObject({ id: "derived", derived: true, label: "≥ 60% (mốc suy ra)" });
  });
});
