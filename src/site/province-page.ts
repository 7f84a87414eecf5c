/**
 * A province overview: headline figures for the latest month against a year earlier, the ranking
 * of its units, the values a map colours by, and each unit's trend for small multiples.
 */
import type { MetricId } from "../lib/identity";
import { samePeriodLastYear } from "../lib/period";
import { METRIC_DEFS } from "../metrics/definitions";
import { competitionRank, flagsAt, HEADLINE_METRICS, latestWithValue, valueAt } from "./indicators";
import type { UnitView } from "./model";
import { gridLayout } from "./tile-layout";

export interface RankingRow {
  unit: UnitView;
  values: Partial<Record<MetricId, number>>;
  /** Competition rank by the on-time rate; undefined without a value. */
  rank?: number;
  /** Known source inconsistencies of the unit in the ranked month. */
  flags: string[];
}

/** The units a province page ranks: districts before the reform, communes after. */
export function rankedUnits(province: UnitView): UnitView[] {
  return province.children.filter((c) => c.hasData && c.level !== "province");
}

/** The latest month in which the province total has an on-time rate. */
export function latestMonth(province: UnitView): string | undefined {
  return latestWithValue(province.monthly, "on_time_rate")?.period ?? province.monthly.at(-1)?.period;
}

export function provinceHeadlines(province: UnitView) {
  const month = latestMonth(province);
  return HEADLINE_METRICS.map((metric) => {
    const latest = latestWithValue(province.monthly, metric);
    const lastYear = latest === undefined ? undefined : valueAt(province.monthly, metric, samePeriodLastYear(latest.period));
    const flags = latest === undefined ? [] : flagsAt(province.monthly, latest.period);
    return { metric, def: METRIC_DEFS[metric], period: latest?.period ?? month, value: latest?.value, lastYear, flags };
  });
}

export function ranking(province: UnitView, month: string): RankingRow[] {
  const rows = rankedUnits(province)
    .map((unit) => ({
      unit,
      flags: flagsAt(unit.monthly, month),
      values: Object.fromEntries(
        HEADLINE_METRICS.map((m) => [m, valueAt(unit.monthly, m, month)]).filter(([, v]) => v !== undefined),
      ) as Partial<Record<MetricId, number>>,
    }))
    .sort((a, b) => (b.values.on_time_rate ?? -1) - (a.values.on_time_rate ?? -1) || a.unit.fullName.localeCompare(b.unit.fullName, "vi"));
  const rates = rows.flatMap((r) => (r.values.on_time_rate === undefined ? [] : [r.values.on_time_rate]));
  return rows.map((r) =>
    r.values.on_time_rate === undefined ? r : { ...r, rank: competitionRank(r.values.on_time_rate, rates, METRIC_DEFS.on_time_rate.better) },
  );
}

/**
 * Grid layout for a tile map: near each unit's real position when every unit has one, otherwise
 * in alphabetical order. `geographic` says which, so the map can say so.
 */
export function tileGrid(units: readonly UnitView[], columns: number): { cells: { unit: UnitView; row: number; col: number }[]; geographic: boolean } {
  if (units.length > 0 && units.every((u) => u.position))
    return {
      geographic: true,
      cells: gridLayout(units.map((u) => ({ item: u, x: u.position?.[0] ?? 0, y: u.position?.[1] ?? 0 })), columns).map(({ item, row, col }) => ({ unit: item, row, col })),
    };
  return {
    geographic: false,
    cells: [...units]
      .sort((a, b) => a.record.name.localeCompare(b.record.name, "vi"))
      .map((unit, i) => ({ unit, row: Math.floor(i / columns), col: i % columns })),
  };
}
