/** Regression tests for the site model: order-independent totals, honest gaps, ties, reform edges. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TargetRecord } from "../../src/ingest/contract";
import { validateDataDir } from "../../src/ingest/validate";
import { buildModel, type SiteModel, type UnitView } from "../../src/site/model";
import { buildIndexes } from "../../src/site/indexes";
import { competitionRank, headline } from "../../src/site/indicators";
import { provinceFile } from "../../src/site/data-api";
import { provinceSubject } from "../../src/site/figures/province";
import { rankingRows } from "../../src/site/figures/ranking";
import { planScope, statusOf } from "../../src/site/targets";
import { digitizationSeries } from "../../src/site/figures/digitization";
import { onTimeRows } from "../../src/site/figures/on-time";
import { pageSvg, responsive } from "../../src/site/figures/figure";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function modelOf(files: Record<string, string>): SiteModel {
  const dir = mkdtempSync(path.join(tmpdir(), "model-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const report = validateDataDir(dir);
  expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(report.accounts.every((a) => a.rejected === 0)).toBe(true);
  return buildModel(report.records);
}

const UNITS = `code,name,type,level,parent_code,valid_from,valid_to
64,Gia Lai,Tỉnh,province,,,2025-06-30
637,Krông Pa,Huyện,district,64,,2025-06-30
638,Phú Thiện,Huyện,district,64,,2025-06-30
24076,Phú Túc,Thị trấn,commune,637,,2025-06-30
`;
const HEADER = "unit_code,period,received_carried_over,received_online,received_direct_postal,resolved_early,resolved_on_time,resolved_late,pending_within_term,pending_overdue";
const unit = (site: SiteModel, key: string): UnitView => {
  const u = site.byKey.get(key);
  if (!u) throw new Error(key);
  return u;
};

describe("province totals", () => {
  it("include a district whose figures come only from its communes, whatever the row order of units.csv", () => {
    const site = modelOf({
      "units.csv": UNITS,
      "exports/processing.csv": `${HEADER}\n24076,2025-01,0,10,5,15,0,0,0,0\n638,2025-01,0,5,5,10,0,0,0,0\n`,
    });
    expect(unit(site, "637@2025-06-30").monthly[0]?.facts.resolved_early).toBe(15);
    expect(unit(site, "64@2025-06-30").monthly[0]?.facts.resolved_early).toBe(25);
  });
  it("are blank when a district never reported, rather than the sum of the others", () => {
    const site = modelOf({ "units.csv": UNITS, "exports/processing.csv": `${HEADER}\n638,2025-01,0,5,5,10,0,0,0,0\n` });
    expect(unit(site, "638@2025-06-30").hasData).toBe(true);
    expect(unit(site, "64@2025-06-30").monthly.find((p) => p.period === "2025-01")?.facts.resolved_early).toBeUndefined();
  });
});

describe("headline figures", () => {
  it("carry the source-inconsistency note of the period they come from", () => {
    const site = modelOf({
      "units.csv": UNITS,
      "exports/processing.csv": `${HEADER},known_inconsistency\n638,2025-01,0,5,5,10,0,0,0,1,lệch 1 hồ sơ như báo cáo gốc\n`,
    });
    expect(headline(unit(site, "638@2025-06-30"), "on_time_rate").flags).toEqual(["lệch 1 hồ sơ như báo cáo gốc"]);
  });
  it("and so does the province ranking row of that unit and month", () => {
    const site = modelOf({
      "units.csv": UNITS,
      "exports/processing.csv": `${HEADER},known_inconsistency\n638,2025-01,0,5,5,10,0,0,0,1,lệch 1 hồ sơ\n24076,2025-01,0,10,5,15,0,0,0,0,\n`,
    });
    const rows = rankingRows(provinceSubject(provinceFile(site, unit(site, "64@2025-06-30"))), { granularity: "month", period: "2025-01" });
    expect(rows.map((r) => [r.unit.code, r.flags])).toEqual([["637", []], ["638", ["lệch 1 hồ sơ"]]]);
  });
});

describe("competitionRank", () => {
  it("gives tied units the same rank and skips the next ones: 1, 2, 2, 4", () => {
    const values = [99, 96, 96, 90];
    expect(values.map((v) => competitionRank(v, values, "higher"))).toEqual([1, 2, 2, 4]);
  });
  it("ranks lower-is-better metrics from the smallest", () => expect(competitionRank(10, [10, 12, 8], "lower")).toBe(2));
});

describe("targets across the reform", () => {
  const site = buildModel(validateDataDir("test/fixtures/valid").records);
  const target = (over: Partial<TargetRecord>): TargetRecord => ({
    id: "t", metric: "on_time_rate", op: ">=", value: 99.9, unit: "%", due: "2025-12", applies_to: "district", plan_id: "kh-64-2024-cchc",
    plan_item: undefined, text: "t", uncertain: undefined, note: undefined, basis: undefined, rule: undefined, ambiguity: undefined, ...over,
  });
  it("a district abolished before the due month without meeting the target 'ended', not 'on track'", () => {
    expect(statusOf(unit(site, "622@2025-06-30"), target({})).status).toBe("ended");
  });
  it("a district that met the target before it ended keeps 'met'", () => {
    expect(statusOf(unit(site, "622@2025-06-30"), target({ value: 50 })).status).toBe("met");
  });
  it("a plan dated only by month resolves to the unit in force over that whole month (code 52 in 2025-08 is the new Gia Lai)", () => {
    // Plan scopes are resolved once, when the model's indexes are built: rebuilt here with the added plan.
    const withPlans = (plans: SiteModel["plans"]): SiteModel => ({ ...site, plans, index: buildIndexes({ ...site, units: site.index.units, plans }) });
    const plans = [...site.plans, { ...site.plans[0], id: "p-2025-08", date: "2025-08", scope_unit_code: "52" } as (typeof site.plans)[number]];
    expect(planScope(withPlans(plans), "p-2025-08")?.fullName).toBe("Tỉnh Gia Lai");
    const bd = [...site.plans, { ...site.plans[0], id: "p-2025-q2", date: "2025-Q2", scope_unit_code: "52" } as (typeof site.plans)[number]];
    expect(planScope(withPlans(bd), "p-2025-q2")?.fullName).toBe("Tỉnh Bình Định");
  });
  it("the digitization chart uses the target written for the unit's own level before one for all levels", () => {
    const targets = [
      target({ id: "all", metric: "digitized_dossier_share", applies_to: "all", value: 100, due: "2026-12" }),
      target({ id: "commune", metric: "digitized_dossier_share", applies_to: "commune", value: 95, due: "2025-12" }),
    ];
    const series = digitizationSeries(unit(site, "24076").monthly, targets, "commune");
    expect(series.find((s) => s.metric === "digitized_dossier_share")?.target?.id).toBe("commune");
  });
});

describe("pageSvg", () => {
  it("drops per-mark hover titles, keeps the chart's accessible title, and writes empty marks self-closed", () => {
    const svg = '<svg aria-labelledby="c-title"><title id="c-title">Biểu đồ</title><rect x="1"><title>T6/2025 · 97,5%</title></rect><circle r="3"></circle><text>97,5%</text></svg>';
    expect(pageSvg(svg)).toBe('<svg aria-labelledby="c-title"><title id="c-title">Biểu đồ</title><rect x="1"/><circle r="3"/><text>97,5%</text></svg>');
  });

  it("applies to both widths a page carries", () => {
    const html = responsive((width) => `<svg><rect><title>${width ?? "wide"}</title></rect></svg>`);
    expect(html).toBe('<div class="plot-wide"><svg><rect/></svg></div><div class="plot-narrow"><svg><rect/></svg></div>');
  });
  it("draws only the width asked for, leaving the other pending, and renders nothing for it", () => {
    const drawn: (number | undefined)[] = [];
    const html = responsive((width) => {
      drawn.push(width);
      return `<svg width="${width ?? 640}"></svg>`;
    }, { only: "narrow" });
    expect(html).toBe('<div class="plot-wide" data-pending></div><div class="plot-narrow"><svg width="360"></svg></div>');
    expect(drawn).toEqual([360]);
  });
});

describe("chart rows", () => {
  it("leave a missing month's values out instead of writing 0", () => {
    const rows = onTimeRows([{ period: "2025-02", facts: { inconsistencies: [], sample: false } }], undefined, "on_time_rate");
    expect(rows).toEqual([{ period: "2025-02" }]);
  });
  it("carry the flag and its note only for flagged periods", () => {
    const facts = { resolved_early: 9, resolved_on_time: 0, resolved_late: 1, inconsistencies: ["lệch 2"], sample: true };
    expect(onTimeRows([{ period: "2025-03", facts }], undefined, "on_time_rate")).toEqual([
      { period: "2025-03", early: 9, onTime: 0, late: 1, rate: 90, flagged: true, flagNote: "lệch 2" },
    ]);
  });
});
