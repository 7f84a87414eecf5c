/** Static paths of the parameterised pages, computed once from the model. */
import type { SiteModel, UnitView } from "./model";

export function unitPaths(site: SiteModel, level: UnitView["level"]) {
  return site.pages.filter((u) => u.level === level).map((unit) => ({ params: { slug: unit.slug }, props: { unit } }));
}
