import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../../src/ingest/validate";
import { DEFAULT_VIEW, type ChartView } from "../../../src/lib/chart-view";
import { dataUnits, unitFile, unitFileSchema } from "../../../src/site/data-api";
import { figuresInputFrom } from "../../../src/site/figures/subject";
import { unitFigures } from "../../../src/site/figures/unit-figures";
import { buildModel, type SiteModel } from "../../../src/site/model";
import { unitPageModel } from "../../../src/site/unit-page";

let site: SiteModel;
beforeAll(() => {
  const report = validateDataDir("test/fixtures/valid");
  expect(report.ok).toBe(true);
  site = buildModel(report.records);
});

/** A file as the browser gets it: through JSON and the published schema. */
const fetched = (x: unknown) => unitFileSchema.parse(JSON.parse(JSON.stringify(x)));

const VIEWS: ChartView[] = [
  DEFAULT_VIEW,
  { ...DEFAULT_VIEW, granularity: "quarter" },
  { ...DEFAULT_VIEW, granularity: "year", definition: "on_time_766", average: false },
  { ...DEFAULT_VIEW, from: "2025-03", to: "2025-09" },
];

describe("figures drawn from the data files equal the build's", () => {
  it("for every page unit and several views: same SVG, summary, subtitle and table", () => {
    const pages = site.pages.filter((u) => dataUnits(site).includes(u));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    let compared = 0;
    for (const unit of pages) {
      const built = unitPageModel(site, unit).figures;
      const province = unit.level === "province" ? undefined : fetched(unitFile(site, unit.province));
      const input = figuresInputFrom(fetched(unitFile(site, unit)), province, [], built.targets);
      for (const view of VIEWS) {
        expect(unitFigures(input, view), `${unit.key} ${JSON.stringify(view)}`).toEqual(unitFigures(built, view));
        compared++;
      }
    }
    expect(compared).toBe(pages.length * VIEWS.length);
  });

  it("a comparison drawn from files names every unit and their latest rates", () => {
    const districts = site.pages.filter((u) => u.level === "district" && u.hasData).slice(0, 3);
    expect(districts).toHaveLength(3);
    const [a, b, c] = districts as [typeof districts[0], typeof districts[0], typeof districts[0]];
    const view = { ...DEFAULT_VIEW, compare: [b.key, c.key] };
    const fromFiles = figuresInputFrom(fetched(unitFile(site, a)), fetched(unitFile(site, a.province)), [b, c].map((u) => fetched(unitFile(site, u))), []);
    const built = { ...unitPageModel(site, a).figures, compare: [b, c] };
    const [onTime] = unitFigures(fromFiles, view);
    expect(onTime).toEqual(unitFigures(built, view)[0]);
    for (const u of [a, b, c]) expect(onTime?.summary).toContain(u.fullName);
    expect(onTime?.table.columns.map((col) => col.label)).toEqual(["Kỳ", a.fullName, b.fullName, c.fullName, expect.stringContaining(a.province.fullName)]);
  });
});
