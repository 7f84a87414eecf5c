import type { APIRoute } from "astro";
import { getSite } from "../../site/load";
import { API_VERSION, dataUnits } from "../../site/data-api";
import { urls } from "../../lib/urls";

/** Every data file, so that a reader can fetch them all without scraping pages. */
export const GET: APIRoute = () => {
  const site = getSite();
  const body = {
    version: API_VERSION,
    units: dataUnits(site).map((u) => ({ key: u.key, name: u.fullName, level: u.level, data: urls.unitData(u.record) })),
    provinces: site.provinces.map((p) => ({ key: p.key, name: p.fullName, data: urls.provinceData(p.record) })),
    schemas: { unit: urls.unitSchema, province: urls.provinceSchema },
  };
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
};
