/**
 * The site model: validated records → units with their places in the hierarchy and across the
 * 2025 reform, their monthly series, and the data period. Pages read only this.
 */
import type { AgencyRecord, PlanRecord, PublishedRecord, TargetRecord, TaskRecord, UnitRecord } from "../ingest/contract";
import type { RecordsOf } from "../ingest/load";
import { dayBefore, monthRange, periodRange, type DateRange } from "../lib/period";
import { slugify } from "../lib/vietnamese";
import { urls } from "../lib/urls";
import type { PeriodRows } from "../metrics/facts";
import { hasAnyData, rowsByUnit, seriesFromRows, sumAcrossUnits, type Granularity, type SeriesPoint } from "../metrics/series";
import { UnitIndex, unitKey, validityOf } from "../model/unit-index";
import { buildIndexes, unitIn, type SiteIndexes } from "./indexes";

export interface UnitView {
  key: string;
  record: UnitRecord;
  /** "Huyện Krông Pa". */
  fullName: string;
  url: string;
  slug: string;
  level: UnitRecord["level"];
  ended: boolean;
  /** The days the unit existed: valid_from to valid_to, open ends far off. */
  validity: DateRange;
  parent?: UnitView;
  province: UnitView;
  children: UnitView[];
  /** New units formed from this one (for districts: the new communes on its former territory). */
  successors: UnitView[];
  /** Old units this one was formed from (for new communes: the former districts). */
  predecessors: UnitView[];
  /** Successor communes that hold only part of this unit's territory, or parts of other districts too. */
  partialSuccessors: Set<string>;
  /** Series at each granularity; `monthly` is `series.month`. */
  series: Record<Granularity, SeriesPoint[]>;
  monthly: SeriesPoint[];
  hasData: boolean;
  /** True when the exports hold rows of this unit itself, not only of the units below it. */
  ownData: boolean;
  /** The unit's own export rows by period, as reported (the data API publishes them). */
  rows?: Map<string, PeriodRows>;
  /** Approximate [lon, lat] from commune boundaries (for districts: the mean of successor communes). */
  position?: [number, number];
}

export interface SiteModel {
  units: UnitView[];
  byKey: Map<string, UnitView>;
  provinces: UnitView[];
  /** Units with a page: provinces, and districts and communes with data. */
  pages: UnitView[];
  months: { first: string; last: string };
  plans: PlanRecord[];
  tasks: TaskRecord[];
  targets: TargetRecord[];
  agencies: AgencyRecord[];
  published: PublishedRecord[];
  /** True when any export row is sample data. */
  anySample: boolean;
  /** Lookups built once: records by id, plans' territories, tasks, targets per unit and units per target. */
  index: SiteIndexes;
}

const LEVEL_DEPTH = { province: 0, district: 1, commune: 2 } as const;

export function fullNameOf(u: Pick<UnitRecord, "type" | "name">): string {
  return `${u.type} ${u.name}`;
}

export function buildModel(records: RecordsOf, centroids: ReadonlyMap<string, [number, number]> = new Map()): SiteModel {
  const unitRecords = records.units.map((r) => r.record);
  const index = new UnitIndex(unitRecords);
  const views: UnitView[] = unitRecords.map((record) => {
    const key = unitKey(record);
    const base = `${slugify(record.name)}-${record.code}`;
    return {
      key, record, fullName: fullNameOf(record), slug: base, url: "", level: record.level,
      ended: record.valid_to !== undefined, validity: validityOf(record), children: [], successors: [], predecessors: [],
      partialSuccessors: new Set(), series: { month: [], quarter: [], year: [] }, monthly: [], hasData: false, ownData: false,
      province: undefined as unknown as UnitView,
    };
  });
  // Slugs collide only where a code and name were both reused (Khánh Hòa 56): the ended one is marked.
  const bySlug = new Map<string, UnitView[]>();
  for (const v of views) bySlug.set(`${v.level}/${v.slug}`, [...(bySlug.get(`${v.level}/${v.slug}`) ?? []), v]);
  for (const group of bySlug.values()) if (group.length > 1) for (const v of group) if (v.ended) v.slug += "-truoc-2025";
  for (const v of views) v.url = urls.unitPage(v.level, v.slug);

  const byKey = new Map(views.map((v) => [v.key, v]));
  const viewOf = (u: UnitRecord | undefined) => (u === undefined ? undefined : byKey.get(unitKey(u)));
  for (const v of views) {
    if (v.record.parent_code === undefined) continue;
    const parent = viewOf(index.resolve(v.record.parent_code, validityOf(v.record)));
    if (parent) {
      v.parent = parent;
      parent.children.push(v);
    }
  }
  for (const v of views) {
    let p: UnitView = v;
    while (p.parent) p = p.parent;
    v.province = p;
  }

  // Crosswalk: new commune ← old commune (or island district). Lift to districts.
  for (const { record: c } of records["unit-changes"]) {
    const newUnit = viewOf(index.at(c.new_code, c.effective));
    const old = viewOf(index.at(c.old_code, dayBefore(c.effective)));
    if (!newUnit || !old) continue;
    const oldDistrict = old.level === "district" ? old : old.parent?.level === "district" ? old.parent : undefined;
    for (const o of oldDistrict ? [old, oldDistrict] : [old]) {
      if (!o.successors.includes(newUnit)) o.successors.push(newUnit);
      if (!newUnit.predecessors.includes(o)) newUnit.predecessors.push(o);
    }
    if (c.partial === true && oldDistrict) oldDistrict.partialSuccessors.add(newUnit.key);
    // Provinces follow their communes: old Gia Lai and Bình Định → new Gia Lai.
    const [oldProvince, newProvince] = [old.province, newUnit.province];
    if (!oldProvince.successors.includes(newProvince)) oldProvince.successors.push(newProvince);
    if (!newProvince.predecessors.includes(oldProvince)) newProvince.predecessors.push(oldProvince);
  }

  for (const v of views) {
    const own = v.ended ? undefined : centroids.get(v.record.code);
    if (own) v.position = own;
  }
  for (const v of views) {
    if (v.position || v.level !== "district") continue;
    const points = v.successors.flatMap((s) => (s.position && s.level === "commune" ? [s.position] : []));
    if (points.length > 0) v.position = [mean(points.map((p) => p[0])), mean(points.map((p) => p[1]))];
  }

  // A new commune formed from communes of several districts holds only part of each district.
  for (const v of views) {
    const districts = v.predecessors.filter((p) => p.level === "district");
    if (districts.length > 1) for (const d of districts) d.partialSuccessors.add(v.key);
  }

  const months = dataMonths(records);
  const rows = rowsByUnit(records, (code, period) => unitKeyAt(index, code, period));
  for (const v of views) {
    const unitRows = rows.get(v.key);
    if (unitRows === undefined) continue;
    const validity = v.validity;
    const from = validity.start.slice(0, 7) > months.first ? validity.start.slice(0, 7) : months.first;
    const to = validity.end.slice(0, 7) < months.last ? validity.end.slice(0, 7) : months.last;
    const span = monthRange(from, to);
    v.series = { month: seriesFromRows(unitRows, span, "month"), quarter: seriesFromRows(unitRows, span, "quarter"), year: seriesFromRows(unitRows, span, "year") };
    v.monthly = v.series.month;
    v.hasData = GRANULARITIES.some((g) => v.series[g].some((p) => hasAnyData(p.facts)));
    v.ownData = v.hasData;
    v.rows = unitRows;
  }
  // Province and district totals: the sum of their units with data, month by month.
  // Bottom-up (districts before provinces), over every child: a child that never reported blanks
  // the total rather than shrinking it.
  for (const v of [...views].sort((a, b) => LEVEL_DEPTH[b.level] - LEVEL_DEPTH[a.level])) {
    if (v.hasData || v.level === "commune") continue;
    const parts = v.children;
    if (!parts.some((c) => c.hasData)) continue;
    v.series = sumSeries(parts);
    v.monthly = v.series.month;
    v.hasData = GRANULARITIES.some((g) => v.series[g].some((p) => hasAnyData(p.facts)));
  }

  const provinces = views.filter((v) => v.level === "province");
  const pages = views.filter((v) => v.level === "province" || v.hasData);
  const lists = {
    plans: records.plans.map((r) => r.record),
    tasks: records.tasks.map((r) => r.record),
    targets: records.targets.map((r) => r.record),
    agencies: records.agencies.map((r) => r.record),
    published: records.published.map((r) => r.record),
  };
  return {
    units: views, byKey, provinces, pages, months, ...lists,
    index: buildIndexes({ units: index, byKey, pages, ...lists }),
    anySample: ["exports/processing", "exports/online-services", "exports/digitization", "exports/satisfaction"].some((n) =>
      (records[n as "exports/processing"] as { record: { sample?: boolean | undefined } }[]).some((r) => r.record.sample === true),
    ),
  };
}

function unitKeyAt(index: UnitIndex<UnitRecord>, code: string, period: string): string | undefined {
  const u = index.resolve(code, periodRange(period));
  return u === undefined ? undefined : unitKey(u);
}

function dataMonths(records: RecordsOf): { first: string; last: string } {
  const periods = [
    ...records["exports/processing"], ...records["exports/online-services"], ...records["exports/digitization"], ...records["exports/satisfaction"],
  ].map((r) => periodRange(r.record.period));
  const first = periods.reduce((m, r) => (r.start < m ? r.start : m), "9999-12-31").slice(0, 7);
  const last = periods.reduce((m, r) => (r.end > m ? r.end : m), "0000-01-01").slice(0, 7);
  return { first, last };
}

/** Series of units that lived over different spans, put on the union of their months. */
export function alignSeries(series: readonly (readonly SeriesPoint[])[]): SeriesPoint[][] {
  const all = [...new Set(series.flatMap((s) => s.map((p) => p.period)))].sort();
  return series.map((s) => {
    const byPeriod = new Map(s.map((p) => [p.period, p]));
    return all.map((period) => byPeriod.get(period) ?? { period, facts: { inconsistencies: [], sample: false } });
  });
}

const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "year"];

/** Units summed period by period at every granularity. */
export function sumSeries(parts: readonly UnitView[]): Record<Granularity, SeriesPoint[]> {
  const at = (g: Granularity) => sumAcrossUnits(alignSeries(parts.map((p) => p.series[g])));
  return { month: at("month"), quarter: at("quarter"), year: at("year") };
}

/** The approximate series of a former district's territory after the reform: its successor communes summed. */
export function formerAreaSeries(district: UnitView): Record<Granularity, SeriesPoint[]> | undefined {
  const parts = district.successors.filter((s) => s.level === "commune" && !s.ended);
  return parts.some((p) => p.hasData) ? sumSeries(parts) : undefined;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The unit with this code in force over the whole of a date or period: the same rule the validator uses. */
export function unitAt(site: Pick<SiteModel, "index" | "byKey">, code: string, dateOrPeriod: string): UnitView | undefined {
  return unitIn(site.index.units, site.byKey, code, dateOrPeriod);
}

/** Does any figure of these series, at any granularity, come from sample data? */
export function hasSample(series: Record<Granularity, SeriesPoint[]>): boolean {
  return GRANULARITIES.some((g) => series[g].some((p) => p.facts.sample));
}
