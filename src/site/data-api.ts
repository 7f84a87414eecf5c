/**
 * The static data API: one JSON file per unit (identity, names, place in the hierarchy and across
 * the 2025 reform, every export row it reported) and one per province (its units' headline metrics
 * per period at each granularity). The zod schemas are published as JSON Schema beside the files.
 */
import { z } from "zod";
import { t } from "../i18n";
import { en } from "../i18n/en";
import type { MessageKey } from "../i18n/vi";
import { GRANULARITIES } from "../lib/period";
import { LEVELS, type MetricId } from "../lib/identity";
import { urls } from "../lib/urls";
import { formerAreaSeries, hasSample, type SiteModel, type UnitView } from "./model";
import type { Granularity, SeriesPoint } from "../metrics/series";
import { HEADLINE_METRICS } from "./indicators";
import { rankedUnits, tileGrid } from "./province-page";

export const API_VERSION = 1;
/** A text of the files in Vietnamese with its English gloss: the files are read in both languages. */
const both = (key: MessageKey): string => `${t(key)} / ${en[key]}`;

/** What the files may be used under, as far as the sources say; the site claims nothing more. */
export const LICENCE = both("api.licence");

const unitRef = z.object({
  key: z.string().describe(both("api.field.key")),
  code: z.string(),
  name: z.string().describe(both("api.field.name")),
  level: z.enum(LEVELS),
  page: z.string().nullable().describe(both("api.field.page")),
  data: z.string().describe(both("api.field.data")),
});
export type UnitRef = z.infer<typeof unitRef>;

const row = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const DATASET_NAMES = ["processing", "online-services", "digitization", "satisfaction"] as const;
const SLOT = { processing: "processing", "online-services": "online", digitization: "digitization", satisfaction: "satisfaction" } as const;

/** A period's facts, the counts the metrics are computed from; a count left out is missing, never 0. */
const factsRow = z.object({
  period: z.string(),
  inconsistencies: z.array(z.string()).optional(),
  sample: z.literal(true).optional(),
}).catchall(z.number());
export type FactsRow = z.infer<typeof factsRow>;
const seriesOf = z.object(Object.fromEntries(GRANULARITIES.map((g) => [g, z.array(factsRow)])) as Record<"month" | "quarter" | "year", z.ZodArray<typeof factsRow>>);
export type SeriesFile = z.infer<typeof seriesOf>;

export const unitFileSchema = z.object({
  version: z.literal(API_VERSION),
  licence: z.string(),
  unit: unitRef.extend({
    short_name: z.string(),
    type: z.string(),
    valid_from: z.string().nullable(),
    valid_to: z.string().nullable(),
  }),
  parent: unitRef.nullable(),
  province: unitRef,
  children: z.array(unitRef),
  successors: z.array(unitRef).describe(both("api.field.successors")),
  predecessors: z.array(unitRef).describe(both("api.field.predecessors")),
  sample: z.boolean().describe(both("api.field.sample")),
  own_rows: z.boolean().describe(both("api.field.ownRows")),
  datasets: z.object(Object.fromEntries(DATASET_NAMES.map((n) => [n, z.array(row)])) as Record<(typeof DATASET_NAMES)[number], z.ZodArray<typeof row>>),
  span: z.object({ first: z.string(), last: z.string() }).nullable().describe(both("api.field.span")),
  series: seriesOf.optional().describe(both("api.field.series")),
  former_area: z.object({ successors: z.number(), series: seriesOf }).optional().describe(both("api.field.formerArea")),
});
export type UnitFile = z.infer<typeof unitFileSchema>;

export const TILE_LAYOUTS = ["districts", "communes", "alphabetical"] as const;
export const provinceFileSchema = z.object({
  version: z.literal(API_VERSION),
  licence: z.string(),
  province: unitRef,
  metrics: z.array(z.string()).describe(both("api.field.metrics")),
  tiles: z.enum(TILE_LAYOUTS).describe(both("api.field.tiles")),
  units: z.array(
    unitRef.extend({
      short_name: z.string(),
      valid_from: z.string().nullable(),
      valid_to: z.string().nullable(),
      sample: z.boolean(),
      tile: z.object({ row: z.number().int(), col: z.number().int() }).nullable().describe(both("api.field.tile")),
      series: seriesOf.describe(both("api.field.provinceSeries")),
    }),
  ),
});
export type ProvinceFile = z.infer<typeof provinceFileSchema>;

export const PROVINCE_METRICS: readonly MetricId[] = [...HEADLINE_METRICS, "on_time_766"];

/** Facts as a file row: counts, and the flags only where they are set. */
export function factsRows(series: readonly SeriesPoint[], keep: (field: string) => boolean = () => true): FactsRow[] {
  return series.map(({ period, facts }) => {
    const { inconsistencies, sample, ...counts } = facts;
    return {
      period,
      ...Object.fromEntries(Object.entries(counts).filter(([k, v]) => typeof v === "number" && keep(k))),
      ...(inconsistencies.length > 0 ? { inconsistencies } : {}),
      ...(sample ? { sample: true as const } : {}),
    } as FactsRow;
  });
}

const seriesFile = (series: Record<Granularity, SeriesPoint[]>, keep?: (field: string) => boolean): SeriesFile =>
  Object.fromEntries(GRANULARITIES.map((g) => [g, factsRows(series[g], keep)])) as SeriesFile;

/** The former-district area is drawn as an on-time chart only: it publishes the processing counts. */
const PROCESSING_FACTS = new Set(["received_carried_over", "received_online", "received_direct_postal", "resolved_early", "resolved_on_time", "resolved_late", "pending_within_term", "pending_overdue"]);

function ref(site: SiteModel, u: UnitView): UnitRef {
  return { key: u.key, code: u.record.code, name: u.fullName, level: u.level, page: site.pages.includes(u) ? u.url : null, data: urls.unitData(u.record) };
}

/** The data file of one unit. */
export function unitFile(site: SiteModel, u: UnitView): UnitFile {
  const area = u.level === "district" ? formerAreaSeries(u) : undefined;
  const datasets = Object.fromEntries(DATASET_NAMES.map((n) => [n, [] as Record<string, string | number | boolean>[]])) as UnitFile["datasets"];
  for (const [period, rows] of [...(u.rows ?? new Map())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const name of DATASET_NAMES) {
      const r = rows[SLOT[name]];
      if (r === undefined) continue;
      const { unit_code: _code, ...fields } = r as unknown as Record<string, string | number | boolean | undefined>;
      datasets[name].push(Object.fromEntries(Object.entries({ ...fields, period }).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>);
    }
  }
  return {
    version: API_VERSION,
    licence: LICENCE,
    unit: { ...ref(site, u), short_name: u.record.name, type: u.record.type, valid_from: u.record.valid_from ?? null, valid_to: u.record.valid_to ?? null },
    parent: u.parent ? ref(site, u.parent) : null,
    province: ref(site, u.province),
    children: u.children.map((c) => ref(site, c)),
    successors: u.successors.map((c) => ref(site, c)),
    predecessors: u.predecessors.map((c) => ref(site, c)),
    sample: hasSample(u.series),
    own_rows: u.ownData,
    datasets,
    span: u.monthly.length === 0 ? null : { first: u.monthly[0]?.period ?? "", last: u.monthly.at(-1)?.period ?? "" },
    // Totals of units without rows of their own are sums the build made: published as such.
    ...(u.ownData || !u.hasData ? {} : { series: seriesFile(u.series) }),
    ...(area === undefined ? {} : { former_area: { successors: u.successors.filter((s) => s.level === "commune" && !s.ended).length, series: seriesFile(area, (k) => PROCESSING_FACTS.has(k)) } }),
  };
}

/** The counts a province file keeps: those its figures and metrics (the headline ones, indicator 2.1, the portal's rate) are computed from. */
const PROVINCE_FACTS = new Set([
  "resolved_early", "resolved_on_time", "resolved_late", "pending_within_term", "pending_overdue", "received_online", "received_direct_postal",
  "dossiers_received", "dossiers_digitized", "responses", "very_satisfied", "satisfied",
]);

/**
 * What a province's ranking, map and trends are drawn from, at build time and in the browser: its
 * units' counts per period at each granularity (the metrics are computed from them by the same
 * code, so no rounded value is rounded again), their known inconsistencies, and each unit's tile.
 */
export function provinceFile(site: SiteModel, province: UnitView): ProvinceFile {
  const ranked = rankedUnits(province);
  const grid = tileGrid(ranked, Math.ceil(Math.sqrt(ranked.length * 1.6)));
  const tileOf = new Map(grid.cells.map((c) => [c.unit, { row: c.row, col: c.col }]));
  return {
    version: API_VERSION,
    licence: LICENCE,
    province: ref(site, province),
    metrics: [...PROVINCE_METRICS],
    tiles: !grid.geographic ? "alphabetical" : province.ended ? "districts" : "communes",
    units: [province, ...ranked].map((u) => ({
      ...ref(site, u),
      short_name: u.record.name,
      valid_from: u.record.valid_from ?? null,
      valid_to: u.record.valid_to ?? null,
      sample: hasSample(u.series),
      tile: tileOf.get(u) ?? null,
      series: seriesFile(u.series, (k) => PROVINCE_FACTS.has(k)),
    })),
  };
}

/** Units with a data file: every unit with data, and every province. */
export function dataUnits(site: SiteModel): UnitView[] {
  return site.units.filter((u) => u.hasData || u.level === "province");
}
