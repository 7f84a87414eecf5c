/** Static paths of the parameterised pages, computed once from the model. */
import type { SiteModel, UnitView } from "./model";
import { GRANULARITIES, ON_TIME_DEFINITIONS, type OnTimeDefinition } from "./unit-page";
import { DEFINITION_SLUG, GRANULARITY_SLUG } from "./unit-charts";
import type { Granularity } from "../metrics/series";

export function unitPaths(site: SiteModel, level: UnitView["level"]) {
  return site.pages.filter((u) => u.level === level).map((unit) => ({ params: { slug: unit.slug }, props: { unit } }));
}

export function onTimeVariantPaths(site: SiteModel, level: UnitView["level"]) {
  const out: { params: { slug: string; chart: string }; props: { unit: UnitView; granularity: Granularity; definition: OnTimeDefinition } }[] = [];
  for (const unit of site.pages.filter((u) => u.level === level && u.hasData))
    for (const granularity of GRANULARITIES)
      for (const definition of ON_TIME_DEFINITIONS)
        out.push({
          params: { slug: unit.slug, chart: `dung-han-${GRANULARITY_SLUG[granularity]}-${DEFINITION_SLUG[definition]}` },
          props: { unit, granularity, definition },
        });
  return out;
}
