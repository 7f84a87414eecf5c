import type { APIRoute } from "astro";
import { getSite } from "../../site/load";
import { API_VERSION, dataUnits } from "../../site/data-api";
import { urls } from "../../lib/urls";

/** Every data file, so that a reader can fetch them all without scraping pages. */
export const GET: APIRoute = () => {
  const site = getSite();
  const body = {
    version: API_VERSION,
    // The province and the names of the units a unit was formed from let a picker find it by old or new name.
    units: dataUnits(site).map((u) => ({
      key: u.key, name: u.fullName, level: u.level, data: urls.unitData(u.record),
      ...(u.level === "province" ? {} : { province: u.province.fullName }),
      ...(u.predecessors.length === 0 ? {} : { aka: u.predecessors.map((p) => p.fullName) }),
    })),
    provinces: site.provinces.map((p) => ({ key: p.key, name: p.fullName, data: urls.provinceData(p.record) })),
    schemas: { unit: urls.unitSchema, province: urls.provinceSchema },
  };
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
};
