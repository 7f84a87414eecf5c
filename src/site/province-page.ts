/**
 * A province overview from the model: headline figures for the latest month against a year
 * earlier, the units it ranks and where their tiles go (written into the province data file, from
 * which the ranking, map and trends are drawn).
 */
import { samePeriodLastYear } from "../lib/period";
import { METRIC_DEFS } from "../metrics/definitions";
import { flagsAt, HEADLINE_METRICS, latestWithValue, valueAt } from "./indicators";
import type { UnitView } from "./model";
import { gridLayout } from "./tile-layout";

/** The units a province page ranks: districts before the reform, communes after. */
export function rankedUnits(province: UnitView): UnitView[] {
  return province.children.filter((c) => c.hasData && c.level !== "province");
}

export function provinceHeadlines(province: UnitView) {
  const month = province.monthly.at(-1)?.period;
  return HEADLINE_METRICS.map((metric) => {
    const latest = latestWithValue(province.monthly, metric);
    const lastYear = latest === undefined ? undefined : valueAt(province.monthly, metric, samePeriodLastYear(latest.period));
    const flags = latest === undefined ? [] : flagsAt(province.monthly, latest.period);
    return { metric, def: METRIC_DEFS[metric], period: latest?.period ?? month, value: latest?.value, lastYear, flags };
  });
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
