import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../../src/ingest/validate";
import { DEFAULT_VIEW, type ChartView } from "../../../src/lib/chart-view";
import { provinceFile, provinceFileSchema } from "../../../src/site/data-api";
import { mapFigure } from "../../../src/site/figures/map";
import { provincePeriod, provinceSubject, type ProvinceSubject } from "../../../src/site/figures/province";
import { provinceView } from "../../../src/site/figures/province-view";
import { rankingMarkup, rankingRows } from "../../../src/site/figures/ranking";
import { buildModel, type SiteModel, type UnitView } from "../../../src/site/model";

let site: SiteModel;
let gialai: ProvinceSubject;
let province: UnitView;
beforeAll(() => {
  site = buildModel(validateDataDir("test/fixtures/valid").records);
  province = site.units.find((u) => u.key === "64@2025-06-30")!;
  gialai = provinceSubject(provinceFile(site, province));
});

/** The province file as the browser gets it: through JSON and the published schema. */
const fetched = (s: SiteModel, p: UnitView) => provinceSubject(provinceFileSchema.parse(JSON.parse(JSON.stringify(provinceFile(s, p)))));

describe("the period a province view ranks and maps", () => {
  it("is the latest month with a provincial rate by default, the latest quarter or year at those granularities", () => {
    expect(provincePeriod(gialai, DEFAULT_VIEW)).toEqual({ granularity: "month", period: "2025-06" });
    expect(provincePeriod(gialai, { ...DEFAULT_VIEW, granularity: "quarter" })).toEqual({ granularity: "quarter", period: "2025-Q2" });
    // The former province's last year is its six months of 2025, as on its charts.
    expect(provincePeriod(gialai, { ...DEFAULT_VIEW, granularity: "year" })).toEqual({ granularity: "year", period: "2025" });
  });
  it("is the period holding the view's last month", () => {
    expect(provincePeriod(gialai, { ...DEFAULT_VIEW, to: "2024-11" })).toEqual({ granularity: "month", period: "2024-11" });
    expect(provincePeriod(gialai, { ...DEFAULT_VIEW, granularity: "quarter", to: "2025-02" })).toEqual({ granularity: "quarter", period: "2025-Q1" });
  });
  it("is undefined for a province without data", () => {
    const empty = site.units.find((u) => u.key === "52@2025-06-30")!;
    expect(provincePeriod(provinceSubject(provinceFile(site, empty)), DEFAULT_VIEW)).toBeUndefined();
  });
});

describe("the ranking", () => {
  it("ranks by the on-time rate computed from the file's counts, the model's own rates", () => {
    const rows = rankingRows(gialai, { granularity: "month", period: "2025-06" });
    expect(rows.map((r) => [r.unit.code, r.rank])).toEqual([["622", 1], ["637", 2], ["638", 3]]);
    expect(rows[0]!.values.on_time_rate).toBeCloseTo(96.24, 2);
    const unit = province.children.find((c) => c.record.code === "622")!;
    const facts = unit.series.month.find((p) => p.period === "2025-06")!.facts;
    expect(rows[0]!.values.on_time_rate).toBe((100 * (facts.resolved_early! + facts.resolved_on_time!)) / (facts.resolved_early! + facts.resolved_on_time! + facts.resolved_late!));
  });
  it("says the period in its heading and caption, and links each unit to its page", () => {
    const html = rankingMarkup(gialai, { ...DEFAULT_VIEW, granularity: "quarter" });
    expect(html).toContain('<h2 id="xep-hang">Xếp hạng các đơn vị, Quý II/2025</h2>');
    expect(html).toContain("<caption>Các đơn vị của Tỉnh Gia Lai, Quý II/2025 (%)</caption>");
    expect(html.match(/<tr><td class="num">\d<\/td><th scope="row"><a href="\/(huyen|xa)\//g)?.length).toBe(3);
  });
});

describe("the map", () => {
  it("is coloured by the view's metric, in the ranking's period, with one tile per ranked unit", () => {
    const map = mapFigure(gialai, { ...DEFAULT_VIEW, granularity: "quarter", map: "satisfaction_share" }, "nguồn")!;
    expect(map.title).toBe("Bản đồ ô: Người dân hài lòng, Quý II/2025");
    expect(map.summary).toMatch(/^Người dân hài lòng của 3 đơn vị, Quý II\/2025;/);
    expect(map.table.rows.map((r) => r[0])).toEqual(gialai.units.map((u) => u.fullName));
    expect(map.svg.match(/<svg/g)?.length).toBe(2);
  });
});

describe("a province view drawn from the fetched file equals the build's", () => {
  const views: ChartView[] = [
    DEFAULT_VIEW,
    { ...DEFAULT_VIEW, granularity: "quarter", map: "online_dossier_share" },
    { ...DEFAULT_VIEW, granularity: "year", definition: "on_time_766" },
    { ...DEFAULT_VIEW, from: "2024-03", to: "2024-09", map: "digitized_dossier_share" },
  ];
  it.each(views)("%o", (view) => {
    for (const p of site.provinces.filter((x) => x.hasData)) {
      expect(provinceView(fetched(site, p), view)).toEqual(provinceView(provinceSubject(provinceFile(site, p)), view));
    }
  });
  it("and the province's own chart is the one drawn from the model's series", () => {
    const fromModel = provinceView({ ...gialai, total: { ...gialai.total, series: province.series } });
    expect(provinceView(gialai).figures[0]).toEqual(fromModel.figures[0]);
  });
});

describe("missing values in the ranking and the map say why", () => {
  it("a district asked for after the province ended reads 'Đã chấm dứt hoạt động', with the note under the table", () => {
    // 2025-Q3 begins after the former province's units ended on 30/6/2025.
    const rows = rankingRows(gialai, { granularity: "quarter", period: "2025-Q3" });
    expect(rows.every((r) => r.rank === undefined && r.missing.on_time_rate === "after-unit")).toBe(true);
    const html = rankingMarkup(gialai, { ...DEFAULT_VIEW, granularity: "quarter", to: "2025-09" });
    expect(html).toContain("Quý III/2025");
    expect(html).toContain('<td class="missing" data-value="">Đã chấm dứt hoạt động</td>');
    expect(html).toContain('<dl class="table-note"><dt>Đã chấm dứt hoạt động</dt>');
  });
  it("a unit that sent no report for the month reads 'Thiếu báo cáo' in the map's table", () => {
    const noReport = { ...gialai, units: gialai.units.map((u, i) => (i === 0 ? { ...u, series: { ...u.series, month: u.series.month.filter((p) => p.period !== "2025-06") } } : u)) };
    const map = mapFigure(noReport, DEFAULT_VIEW, "nguồn")!;
    expect(map.table.rows[0]!.slice(1)).toEqual([{ missing: "not-reported" }, { missing: "not-reported" }, { missing: "not-reported" }, { missing: "not-reported" }]);
    // The tile says it too, wrapped to the tile's width.
    expect(map.svg).toContain("<tspan y=\"0.71em\" x=\"0\">Thiếu báo</tspan><tspan dy=\"1em\" x=\"0\">cáo</tspan>");
  });
});
