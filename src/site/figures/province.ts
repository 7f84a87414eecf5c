/**
 * A province's units as its ranking, map and trends draw them. Built from the province data file,
 * at build time and in the browser alike, so both draw from the same counts through the same code.
 */
import type { ChartView } from "../../lib/chart-view";
import { periodAt, type Granularity } from "../../lib/period";
import { validityOf } from "../../lib/identity";
import type { DateRange } from "../../lib/period";
import { METRIC_DEFS } from "../../metrics/definitions";
import type { Facts } from "../../metrics/facts";
import { missingReasons, type ReasonOf } from "../../metrics/missing";
import type { SeriesPoint } from "../../metrics/series";
import type { ProvinceFile } from "../data-api";
import { granularityOf } from "./figure";
import { seriesFromFile } from "./subject";

export interface ProvinceMember {
  key: string;
  /** For element ids: the last part of the unit's page URL, or its key. */
  slug: string;
  code: string;
  /** Full name ("Xã Ia Băng"), for tables and summaries. */
  fullName: string;
  /** Name without the province ("Ia Băng"), for tiles. */
  shortName: string;
  page: string | null;
  sample: boolean;
  tile: { row: number; col: number } | null;
  series: Record<Granularity, SeriesPoint[]>;
  /** The days the unit existed, so a missing value can say it did not yet or any more. */
  validity: DateRange;
  /** Why a value is missing, worked out once for the ranking, the tiles and the table alike. */
  reasons: ReasonOf;
}

export interface ProvinceSubject {
  key: string;
  slug: string;
  fullName: string;
  /** How the tile map places its units. */
  tiles: ProvinceFile["tiles"];
  /** The province's own total. */
  total: ProvinceMember;
  /** The units it ranks: districts before the reform, communes after. */
  units: ProvinceMember[];
  sample: boolean;
}

const slugOf = (u: { key: string; page: string | null }) => u.page?.split("/").filter(Boolean).at(-1) ?? u.key.replace(/[^\w-]/g, "-");

function member(u: ProvinceFile["units"][number]): ProvinceMember {
  const series = seriesFromFile(u.series);
  const validity = validityOf({ code: u.code, valid_from: u.valid_from ?? undefined, valid_to: u.valid_to ?? undefined });
  return {
    key: u.key, slug: slugOf(u), code: u.code, fullName: u.name, shortName: u.short_name, page: u.page, sample: u.sample, tile: u.tile,
    series, validity, reasons: missingReasons(series, validity),
  };
}

export function provinceSubject(file: ProvinceFile): ProvinceSubject {
  const [total, ...units] = file.units.map(member);
  if (total === undefined) throw new Error(`${file.province.key}: province file without the province`);
  return {
    key: file.province.key,
    slug: slugOf(file.province),
    fullName: file.province.name,
    tiles: file.tiles,
    total,
    units,
    sample: file.units.some((u) => u.sample),
  };
}

export interface ProvincePeriod {
  granularity: Granularity;
  period: string;
}

/**
 * The one period a province view ranks and maps: the period of the view's granularity that holds
 * its last month ("đến"); without one, the latest period with a provincial on-time rate.
 */
export function provincePeriod(subject: ProvinceSubject, view: ChartView): ProvincePeriod | undefined {
  // As every chart of a view: its granularity, or the next coarser one the province has rates at.
  const rated = (f: Facts) => METRIC_DEFS.on_time_rate.compute(f) !== undefined;
  const granularity = granularityOf(subject.total, view, rated);
  if (view.to !== undefined) return { granularity, period: periodAt(view.to, granularity) };
  const series = subject.total.series[granularity];
  const latest = series.findLast((p) => rated(p.facts)) ?? series.at(-1);
  return latest === undefined ? undefined : { granularity, period: latest.period };
}
