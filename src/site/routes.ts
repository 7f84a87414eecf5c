/** Static paths of the parameterised pages, computed once from the model. */
import type { SiteModel, UnitView } from "./model";
import { NARROW_WIDTH } from "./figures/figure";
import type { MetricId } from "../lib/identity";
import { HEADLINE_METRICS } from "./indicators";
import { latestMonth } from "./province-page";
import { MAP_SLUG } from "./province-charts";

export function unitPaths(site: SiteModel, level: UnitView["level"]) {
  return site.pages.filter((u) => u.level === level).map((unit) => ({ params: { slug: unit.slug }, props: { unit } }));
}

/** Tile maps of each headline metric, wide and phone-width, for the province map switch. */
export function mapVariantPaths(site: SiteModel) {
  const out: { params: { slug: string; map: string }; props: { province: UnitView; month: string; metric: MetricId; width?: number } }[] = [];
  for (const province of site.provinces) {
    const month = latestMonth(province);
    if (month === undefined || !province.hasData) continue;
    for (const metric of HEADLINE_METRICS)
      for (const narrow of [false, true])
        out.push({
          params: { slug: province.slug, map: `${MAP_SLUG[metric] ?? metric}${narrow ? "-hep" : ""}` },
          props: { province, month, metric, ...(narrow ? { width: NARROW_WIDTH } : {}) },
        });
  }
  return out;
}
