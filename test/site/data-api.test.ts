import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { buildModel, type SiteModel } from "../../src/site/model";
import { provinceSubject } from "../../src/site/figures/province";
import { dataUnits, provinceFile, provinceFileSchema, unitFile, unitFileSchema } from "../../src/site/data-api";
import { METRIC_DEFS } from "../../src/metrics/definitions";
import { urls } from "../../src/lib/urls";

let site: SiteModel;
beforeAll(() => {
  const report = validateDataDir("test/fixtures/valid");
  expect(report.ok).toBe(true);
  site = buildModel(report.records);
});

const roundTrip = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe("the data API on the valid fixture", () => {
  it("keys files by unit identity: code 52 is two provinces, two files", () => {
    expect(urls.unitData({ code: "52" })).toBe("/api/don-vi/52.json");
    expect(urls.unitData({ code: "52", valid_to: "2025-06-30" })).toBe("/api/don-vi/52@2025-06-30.json");
    const paths = dataUnits(site).map((u) => urls.unitData(u.record));
    expect(new Set(paths).size).toBe(paths.length);
    const gialai = unitFile(site, site.byKey.get("52")!);
    const binhdinh = unitFile(site, site.byKey.get("52@2025-06-30")!);
    expect(gialai.unit.name).toBe("Tỉnh Gia Lai");
    expect(binhdinh.unit.name).toBe("Tỉnh Bình Định");
  });

  it("every unit file parses after JSON and validates against its schema", () => {
    for (const u of dataUnits(site)) {
      const parsed = unitFileSchema.safeParse(roundTrip(unitFile(site, u)));
      expect(parsed.success, `${u.key}: ${parsed.error?.message ?? ""}`).toBe(true);
    }
    for (const p of site.provinces) expect(provinceFileSchema.safeParse(roundTrip(provinceFile(site, p))).success).toBe(true);
  });

  it("publishes each export row as reported, flags included", () => {
    const u = dataUnits(site).find((x) => x.ownData && x.level === "district")!;
    const file = unitFile(site, u);
    const p = file.datasets.processing[0]!;
    const model = u.rows!.get(String(p["period"]))!.processing!;
    expect(p["resolved_on_time"]).toBe(model.resolved_on_time);
    expect(p["resolved_early"]).toBe(model.resolved_early);
    expect("unit_code" in p).toBe(false);
    const flagged = dataUnits(site).flatMap((x) => unitFile(site, x).datasets.processing).filter((r) => r["known_inconsistency"] !== undefined);
    for (const r of flagged) expect(typeof r["known_inconsistency"]).toBe("string");
  });

  it("province files carry the counts of the model, so the metrics computed from them are the model's, and missing stays missing", () => {
    const province = site.provinces.find((p) => p.hasData)!;
    const file = provinceFileSchema.parse(roundTrip(provinceFile(site, province)));
    const own = file.units.find((x) => x.key === province.key)!;
    const point = province.series.month.find((p) => METRIC_DEFS.on_time_rate.compute(p.facts) !== undefined)!;
    const row = own.series.month.find((r) => r.period === point.period)!;
    expect(row["resolved_on_time"]).toBe(point.facts.resolved_on_time);
    const read = provinceSubject(file).total.series.month.find((p) => p.period === point.period)!;
    expect(METRIC_DEFS.on_time_rate.compute(read.facts)).toBe(METRIC_DEFS.on_time_rate.compute(point.facts));
    expect(METRIC_DEFS.on_time_766.compute(read.facts)).toBe(METRIC_DEFS.on_time_766.compute(point.facts));
    const missing = province.series.month.find((p) => METRIC_DEFS.satisfaction_share.compute(p.facts) === undefined);
    if (missing) expect(METRIC_DEFS.satisfaction_share.compute(provinceSubject(file).total.series.month.find((p) => p.period === missing.period)!.facts)).toBeUndefined();
    // The ranked units, each with its tile; the province itself first, without one.
    expect(file.units[0]!.key).toBe(province.key);
    expect(file.units[0]!.tile).toBeNull();
    expect(file.units.slice(1).map((u) => u.key)).toEqual(province.children.filter((c) => c.hasData && c.level !== "province").map((c) => c.key));
    expect(file.units.slice(1).every((u) => u.tile !== null)).toBe(true);
  });
});

describe("the data API on the bundled data", () => {
  it("a district's unit file is at most 10 KB gzip", () => {
    const report = validateDataDir("data");
    const bundled = buildModel(report.records);
    const sizes = dataUnits(bundled)
      .filter((u) => u.level === "district")
      .map((u) => ({ key: u.key, gzip: gzipSync(JSON.stringify(unitFile(bundled, u)), { level: 9 }).length }));
    const largest = sizes.sort((a, b) => b.gzip - a.gzip)[0]!;
    console.log(`[budget] largest district unit file ${largest.key}: ${(largest.gzip / 1024).toFixed(1)} KB gzip`);
    expect(largest.gzip).toBeLessThanOrEqual(10 * 1024);
  }, 60_000);
});
