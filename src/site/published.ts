/** Real published figures of a unit: those whose period lies within the unit's validity. */
import type { PublishedRecord } from "../ingest/contract";
import { periodRange } from "../lib/period";
import { validityOf } from "../model/unit-index";
import type { SiteModel, UnitView } from "./model";

export function publishedFor(site: SiteModel, unit: UnitView): PublishedRecord[] {
  const v = validityOf(unit.record);
  return site.published.filter((p) => {
    if (p.unit_code !== unit.record.code) return false;
    const r = periodRange(p.period);
    return v.start <= r.start && r.end <= v.end;
  });
}
