import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { buildModel, formerAreaSeries, type SiteModel, type UnitView } from "../../src/site/model";
import { headline, peersOf } from "../../src/site/indicators";
import { statusOf, unitsForTarget, targetsForUnit } from "../../src/site/targets";
import { placeIndex } from "../../src/site/places";
import { METRIC_DEFS } from "../../src/metrics/definitions";
import { onTimeRows } from "../../src/site/figures/on-time";

let site: SiteModel;
const unit = (key: string): UnitView => {
  const u = site.byKey.get(key);
  if (!u) throw new Error(`no unit ${key}`);
  return u;
};

beforeAll(() => {
  const report = validateDataDir("test/fixtures/valid");
  expect(report.ok).toBe(true);
  site = buildModel(report.records);
});

describe("buildModel on the valid fixture", () => {
  it("tells the two provinces coded 52 apart by validity", () => {
    expect(unit("52@2025-06-30").fullName).toBe("Tỉnh Bình Định");
    expect(unit("52").fullName).toBe("Tỉnh Gia Lai");
    expect(unit("52").url).toBe("/tinh/gia-lai-52/");
    expect(unit("52@2025-06-30").url).toBe("/tinh/binh-dinh-52/");
  });
  it("gives district and commune pages readable URLs", () => {
    expect(unit("637@2025-06-30").url).toBe("/huyen/krong-pa-637/");
    expect(unit("24112").url).toBe("/xa/ia-rsai-24112/");
  });
  it("links a former district to the new communes formed from its communes, and back", () => {
    const krongPa = unit("637@2025-06-30");
    expect(krongPa.successors.filter((s) => s.level === "commune").map((s) => s.fullName).sort()).toEqual(["Xã Ia Rsai", "Xã Phú Túc", "Xã Uar"]);
    expect(unit("24112").predecessors.filter((p) => p.level === "district").map((p) => p.fullName)).toEqual(["Huyện Krông Pa"]);
  });
  it("links the former provinces to the new one they merged into, and back", () => {
    expect(unit("64@2025-06-30").successors.map((s) => s.key)).toContain("52");
    expect(unit("52").predecessors.filter((p) => p.level === "province").map((p) => p.fullName)).toContain("Tỉnh Gia Lai");
  });
  it("records resolve to the unit valid in their period: code 24112 is Chư Rcăm before, Ia Rsai after", () => {
    expect(unit("24112@2025-06-30").hasData).toBe(false);
    expect(unit("24112").monthly.map((p) => p.period)[0]).toBe("2025-07");
  });
  it("keeps a missing month as a gap in the series", () => {
    const phuThien = unit("638@2025-06-30");
    const sep = phuThien.monthly.find((p) => p.period === "2024-09");
    expect(sep).toBeDefined();
    expect(METRIC_DEFS.on_time_rate.compute(sep?.facts ?? { inconsistencies: [], sample: false })).toBeUndefined();
  });
  it("sums the province from its districts, and leaves a month blank when a district lacks it", () => {
    const gl = unit("64@2025-06-30");
    const jan = gl.monthly.find((p) => p.period === "2024-01")?.facts.resolved_early;
    const parts = ["622", "637", "638"].map((c) => unit(`${c}@2025-06-30`).monthly.find((p) => p.period === "2024-01")?.facts.resolved_early ?? NaN);
    expect(jan).toBe(parts.reduce((a, b) => a + b, 0));
    expect(gl.monthly.find((p) => p.period === "2024-09")?.facts.resolved_early).toBeUndefined();
  });
  it("ranks a district among the province's districts", () => {
    const h = headline(unit("622@2025-06-30"), "on_time_rate");
    expect(h.of).toBe(peersOf(unit("622@2025-06-30")).length);
    expect(h.rank).toBeGreaterThanOrEqual(1);
  });
  it("sums the former district's area from its successor communes after the reform", () => {
    const area = formerAreaSeries(unit("637@2025-06-30"))?.month ?? [];
    expect(area[0]?.period).toBe("2025-07");
    const sum = ["24076", "24109", "24112"].map((c) => unit(c).monthly[0]?.facts.resolved_early ?? NaN).reduce((a, b) => a + b, 0);
    expect(area[0]?.facts.resolved_early).toBe(sum);
  });
  it("marks flagged source inconsistencies in the on-time rows", () => {
    const flagged = site.pages.flatMap((u) => onTimeRows(u.monthly, undefined, "on_time_rate").filter((r) => r.flagged));
    expect(flagged.length).toBeGreaterThan(0);
  });
  it("applies a district-level target to the districts of the plan's province", () => {
    const target = site.targets.find((t) => t.id === "ct-2024-dung-han");
    expect(target).toBeDefined();
    if (!target) return;
    expect(unitsForTarget(site, target).map((u) => u.record.code).sort()).toEqual(["622", "637", "638"]);
    expect(targetsForUnit(site, unit("622@2025-06-30")).map((t) => t.id)).toContain("ct-2024-dung-han");
  });
  it("lets a reader find an old commune by its folded name and reach the new commune", () => {
    const hit = placeIndex(site).find((p) => p.f.includes("chu rcam"));
    expect(hit?.l.map(([, url]) => url)).toContain("/xa/ia-rsai-24112/");
  });
});

describe("province-level targets", () => {
  it("have no status where only the districts reported: their sum is not the provincial desk", () => {
    const target = site.targets.find((t) => t.metric !== undefined);
    if (!target) throw new Error("fixture has no measurable target");
    const province = unit("64@2025-06-30");
    expect(province.hasData).toBe(true);
    expect(province.ownData).toBe(false);
    expect(statusOf(province, target)).toEqual({ status: "no_data" });
    expect(statusOf(unit("622@2025-06-30"), target).status).not.toBe("no_data");
  });
});

describe("quarterly exports", () => {
  it("reach the quarterly series of a district whose online-services rows are quarterly", () => {
    const q = unit("622@2025-06-30").series.quarter.find((p) => p.period === "2024-Q1");
    expect(q?.facts.procedures_total).toBe(312);
    expect(METRIC_DEFS.full_online_procedure_share.compute(q?.facts ?? { inconsistencies: [], sample: false })).toBeCloseTo((119 / 312) * 100, 6);
  });
});
