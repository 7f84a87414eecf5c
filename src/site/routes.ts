/** Static paths of the parameterised pages, computed once from the model. */
import type { SiteModel, UnitView } from "./model";
import { GRANULARITIES, hasOnTimeVariant, ON_TIME_DEFINITIONS, type OnTimeDefinition } from "./unit-page";
import { DEFINITION_SLUG, GRANULARITY_SLUG, NARROW_WIDTH } from "./unit-charts";
import type { Granularity } from "../metrics/series";
import type { MetricId } from "../ingest/contract";
import { HEADLINE_METRICS } from "./indicators";
import { latestMonth } from "./province-page";
import { MAP_SLUG } from "./province-charts";

export function unitPaths(site: SiteModel, level: UnitView["level"]) {
  return site.pages.filter((u) => u.level === level).map((unit) => ({ params: { slug: unit.slug }, props: { unit } }));
}

export function onTimeVariantPaths(site: SiteModel, level: UnitView["level"]) {
  const out: { params: { slug: string; chart: string }; props: { unit: UnitView; granularity: Granularity; definition: OnTimeDefinition; width?: number } }[] = [];
  for (const unit of site.pages.filter((u) => u.level === level && u.hasData))
    for (const granularity of GRANULARITIES)
      for (const definition of ON_TIME_DEFINITIONS.filter((d) => hasOnTimeVariant(granularity, d)))
        for (const narrow of [false, true])
          out.push({
            params: { slug: unit.slug, chart: `dung-han-${GRANULARITY_SLUG[granularity]}-${DEFINITION_SLUG[definition]}${narrow ? "-hep" : ""}` },
            props: { unit, granularity, definition, ...(narrow ? { width: NARROW_WIDTH } : {}) },
          });
  return out;
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
