/** The site model's indexes: built once, they give what a scan of the lists would give. */
import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { buildModel, type SiteModel } from "../../src/site/model";
import { tasksOfAgency } from "../../src/site/plans";
import { publishedFor } from "../../src/site/published";
import { targetsForUnit, unitsForTarget } from "../../src/site/targets";

let site: SiteModel;

beforeAll(() => {
  site = buildModel(validateDataDir("data").records);
});

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe("site indexes", () => {
  it("hold each plan's tasks and targets in file order", () => {
    expect(site.index.tasksOfPlan.get("binh-dinh-cchc-2020")?.length).toBe(23);
    for (const plan of site.plans) {
      expect(ids(site.index.tasksOfPlan.get(plan.id) ?? [])).toEqual(ids(site.tasks.filter((t) => t.plan_id === plan.id)));
      expect(ids(site.index.targetsOfPlan.get(plan.id) ?? [])).toEqual(ids(site.targets.filter((t) => t.plan_id === plan.id)));
    }
  });

  it("resolve each plan's territory at the plan's date", () => {
    expect(site.index.scopeOfPlan.get("binh-dinh-cchc-2020")?.fullName).toBe("Tỉnh Bình Định");
    expect(site.index.scopeOfPlan.get("binh-dinh-cchc-2020")?.ended).toBe(true);
  });

  it("give targets per unit as the inverse of units per target", () => {
    let pairs = 0;
    for (const unit of site.pages) {
      const expected = site.targets.filter((t) => unitsForTarget(site, t).includes(unit));
      expect(ids(targetsForUnit(site, unit))).toEqual(ids(expected));
      pairs += expected.length;
    }
    expect(pairs).toBeGreaterThan(100);
    // Krông Pa's own plan applies to the former district, and not to its neighbour Ia Pa.
    const krongPa = site.byKey.get("637@2025-06-30");
    const iaPa = site.byKey.get("635@2025-06-30");
    if (!krongPa || !iaPa) throw new Error("Krông Pa or Ia Pa missing from the bundled units");
    expect(ids(targetsForUnit(site, krongPa))).toContain("krong-pa-44-2020.t18");
    expect(ids(targetsForUnit(site, iaPa))).not.toContain("krong-pa-44-2020.t18");
  });

  it("give each agency's tasks, lead and coordinating", () => {
    for (const agency of site.agencies) {
      const { lead, coordinating } = tasksOfAgency(site, agency);
      expect(ids(lead)).toEqual(ids(site.tasks.filter((t) => t.lead_agencies?.includes(agency.id))));
      expect(ids(coordinating)).toEqual(ids(site.tasks.filter((t) => t.coordinating_agencies?.includes(agency.id))));
    }
  });

  it("give a unit the published figures of its code and validity only", () => {
    const old52 = site.byKey.get("52@2025-06-30");
    const new52 = site.byKey.get("52");
    if (!old52 || !new52) throw new Error("code 52 missing from the bundled units");
    expect(publishedFor(site, old52).some((p) => p.value === 131873)).toBe(true);
    expect(publishedFor(site, new52).some((p) => p.value === 131873)).toBe(false);
    const total = site.units.reduce((n, u) => n + publishedFor(site, u).length, 0);
    expect(total).toBe(site.published.filter((p) => site.index.units.versions(p.unit_code).length > 0).length);
  });
});
