import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../../src/ingest/validate";
import { DEFAULT_VIEW } from "../../../src/lib/chart-view";
import { tableMarkup } from "../../../src/site/figures/table";
import { unitFigures } from "../../../src/site/figures/unit-figures";
import { buildModel, type SiteModel, type UnitView } from "../../../src/site/model";
import { unitPageModel } from "../../../src/site/unit-page";

let site: SiteModel;
let district: UnitView;
let ward: UnitView;
beforeAll(() => {
  site = buildModel(validateDataDir("test/fixtures/valid").records);
  // Thành phố Pleiku until 30/6/2025, and Phường Pleiku from 1/7/2025 on part of its territory.
  district = site.byKey.get("622@2025-06-30") as UnitView;
  ward = site.byKey.get("23575") as UnitView;
});

const figure = (unit: UnitView, id: string, view = DEFAULT_VIEW, compare: UnitView[] = []) => {
  const f = unitFigures({ ...unitPageModel(site, unit).figures, compare }, view).find((x) => x.id === id);
  if (f === undefined) throw new Error(`no figure ${id}`);
  return f;
};

describe("missing table cells carry their reason", () => {
  it("a comparison by year: the ward did not exist in 2024 nor for all of 2025, the district not after June 2025", () => {
    const f = figure(district, "dung-han", { ...DEFAULT_VIEW, granularity: "year", compare: [ward.key] }, [ward]);
    expect(f.table.columns.map((c) => c.label)).toEqual(["Kỳ", "Thành phố Pleiku", "Phường Pleiku", "Trung bình tỉnh (Tỉnh Gia Lai)"]);
    expect(f.table.rows).toEqual([
      // Gia Lai's 2024 lacks a month of one of its districts (the fixture's gap), so the year is incomplete.
      ["Năm 2024", "95,5%", { missing: "before-unit" }, { missing: "incomplete-period" }],
      ["Năm 2025", { missing: "after-unit" }, { missing: "before-unit" }, { missing: "after-unit" }],
    ]);
  });

  it("the markup says why in the cell, sorts it as empty, and explains each reason that occurs once, under the table", () => {
    const html = tableMarkup(figure(district, "dung-han", { ...DEFAULT_VIEW, granularity: "year", compare: [ward.key] }, [ward]).table);
    expect(html).toContain('<td class="missing" data-value="">Chưa thành lập</td>');
    expect(html).toContain('<td class="missing" data-value="">Đã chấm dứt hoạt động</td>');
    expect(html).toContain('<td class="missing" data-value="">Kỳ chưa đủ tháng</td>');
    const legend = /<dl class="table-note">(.*)<\/dl><\/div>$/.exec(html)?.[1] ?? "";
    expect([...legend.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1])).toEqual(["Kỳ chưa đủ tháng", "Chưa thành lập", "Đã chấm dứt hoạt động"]);
    expect(legend).toContain("<dd>đơn vị được thành lập sau ngày đầu kỳ, nên không có số liệu của cả kỳ.</dd>");
  });

  it("a month of the province missing reads 'Thiếu báo cáo'; the quarter it falls in 'Kỳ chưa đủ tháng'", () => {
    const monthly = figure(district, "dung-han", { ...DEFAULT_VIEW, from: "2024-01" });
    const gaps = monthly.table.rows.filter((r) => typeof r[6] === "object").map((r) => [r[0], r[6]]);
    expect(gaps).toEqual([["Tháng 9/2024", { missing: "not-reported" }]]);
    expect(tableMarkup(monthly.table)).toContain('<td class="missing" data-value="">Thiếu báo cáo</td>');
    const quarterly = figure(district, "dung-han", { ...DEFAULT_VIEW, granularity: "quarter" });
    expect(quarterly.table.rows.find((r) => r[0] === "Quý III/2024")?.slice(4, 7)).toEqual(["95,5%", "95,6%", { missing: "incomplete-period" }]);
  });

  it("every missing cell of every figure of every page unit, in every granularity and with the average off, has a reason", () => {
    let missing = 0;
    for (const unit of site.pages) {
      for (const granularity of [undefined, "quarter", "year"] as const) {
        for (const average of [true, false]) {
          for (const f of unitFigures(unitPageModel(site, unit).figures, { ...DEFAULT_VIEW, granularity, average, from: "2000-01" })) {
            const cells = f.table.rows.flatMap((r) => r.slice(1));
            expect(cells.filter((c) => c === undefined), `${unit.key} ${f.id} ${granularity ?? "month"} ${String(average)}`).toEqual([]);
            missing += cells.filter((c) => typeof c === "object").length;
          }
        }
      }
    }
    expect(missing).toBeGreaterThan(100);
  });

  it("a table has a province average column only where the chart draws the average", () => {
    const labels = (id: string, view = DEFAULT_VIEW) => figure(district, id, view).table.columns.map((c) => c.label);
    expect(labels("dung-han")).toContain("Trung bình tỉnh (báo cáo)");
    expect(labels("dung-han", { ...DEFAULT_VIEW, average: false })).not.toContain("Trung bình tỉnh (báo cáo)");
    // The former district's area is a sum of new communes: no average of its own.
    expect(labels("khu-vuc-huyen-cu")).toEqual(["Kỳ", "Trước hạn", "Đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn (báo cáo)", "Chỉ số 2.1 (QĐ 766)", "Đang giải quyết quá hạn", "Ghi chú"]);
  });

  it("a cell the figure knows no reason for still reads 'không có số liệu', with no note", () => {
    const html = tableMarkup({ caption: "Bảng", columns: [{ label: "Kỳ" }, { label: "Giá trị", numeric: true }, { label: "Ghi chú" }], rows: [["Tháng 1/2025", undefined, ""], ["Tháng 2/2025", "12,5%", "ước tính"]] });
    expect(html).toContain('<td class="missing" data-value="">không có số liệu</td><');
    // Numbers are aligned by the table's class; a text cell says it is text.
    expect(html).toContain('<table class="figures">');
    expect(html).toContain('<td>12,5%</td><td class="text">ước tính</td>');
    expect(html).toContain('<td class="missing" data-value="">không có số liệu</td><td></td>');
    expect(html).not.toContain("table-note");
  });
});
