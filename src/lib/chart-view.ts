/**
 * The view a reader sets on a page's charts (granularity, on-time definition, period range,
 * comparison units, province average) and its permalink: the URL query holds only what differs
 * from the default, with stable Vietnamese keys. A leaf module: the build, the figures and the
 * browser controls read and write views through it alone.
 *
 * Keys (documented on the methodology page):
 *   ky=thang|quy|nam            granularity (default: each chart's finest with data)
 *   cach-tinh=bao-cao|766|cong  on-time definition (default: bao-cao, the report rate)
 *   tu=YYYY-MM, den=YYYY-MM     first and last month shown (default: the last 3 years of each chart)
 *   so-sanh=KEY,KEY             up to 4 other units, by their data-file key ("625@2025-06-30")
 *   tb-tinh=khong               hide the province average (shown by default)
 *   ban-do=truc-tuyen|so-hoa|hai-long  the metric a province's map is coloured by (default: dung-han)
 */
import type { MetricId } from "./identity";
import type { Granularity } from "./period";

export const ON_TIME_VIEW_DEFINITIONS = ["on_time_rate", "on_time_766", "on_time_portal"] as const;
export type OnTimeViewDefinition = (typeof ON_TIME_VIEW_DEFINITIONS)[number];

export interface ChartView {
  /** Undefined: each chart at the finest granularity its data have. */
  granularity?: Granularity | undefined;
  definition: OnTimeViewDefinition;
  /** First and last month shown, `YYYY-MM`; undefined ends are the ends of the data. */
  from?: string | undefined;
  to?: string | undefined;
  /** Data-file keys of the units drawn beside this one. */
  compare: readonly string[];
  /** Draw the province average line. */
  average: boolean;
  /** The metric a province's tile map is coloured by; undefined: the on-time rate. */
  map?: MapMetric | undefined;
}

/** The metrics a province's map can be coloured by, with their URL values. */
export const MAP_METRIC_SLUG = { on_time_rate: "dung-han", online_dossier_share: "truc-tuyen", digitized_dossier_share: "so-hoa", satisfaction_share: "hai-long" } as const satisfies Partial<Record<MetricId, string>>;
export type MapMetric = keyof typeof MAP_METRIC_SLUG;
export const DEFAULT_MAP_METRIC: MapMetric = "on_time_rate";

export const DEFAULT_VIEW: ChartView = { definition: "on_time_rate", compare: [], average: true };
export const MAX_COMPARE = 4;

export const VIEW_KEYS = { granularity: "ky", definition: "cach-tinh", from: "tu", to: "den", compare: "so-sanh", average: "tb-tinh", map: "ban-do" } as const;
export const GRANULARITY_SLUG: Record<Granularity, string> = { month: "thang", quarter: "quy", year: "nam" };
export const DEFINITION_SLUG: Record<OnTimeViewDefinition, string> = { on_time_rate: "bao-cao", on_time_766: "766", on_time_portal: "cong" };
const NO = "khong";

/** Why a parameter of the query was not applied: the key, the value as given, and what was wrong. */
export interface ViewProblem {
  key: string;
  value: string;
  reason: "unknown-key" | "bad-value" | "out-of-span" | "reversed" | "unknown-unit" | "too-many" | "repeated";
}

export interface ViewContext {
  /** First and last month of the data the page's charts can show. */
  months: { first: string; last: string };
  /** Is this a key of a unit that can be compared? */
  isUnit: (key: string) => boolean;
  /** The page's own unit, which cannot be compared with itself. */
  self: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const invert = <K extends string>(m: Record<K, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<string, K>;
const GRANULARITY_OF = invert(GRANULARITY_SLUG);
const DEFINITION_OF = invert(DEFINITION_SLUG);
const MAP_METRIC_OF = invert(MAP_METRIC_SLUG);

/**
 * The view a query asks for. Anything that cannot be applied is left at its default and reported,
 * so the page can say so next to a chart that still shows.
 */
export function parseView(search: string, context: ViewContext): { view: ChartView; problems: ViewProblem[] } {
  const params = new URLSearchParams(search);
  const problems: ViewProblem[] = [];
  const view: { -readonly [K in keyof ChartView]: ChartView[K] } = { ...DEFAULT_VIEW, compare: [] };
  const known = new Set<string>(Object.values(VIEW_KEYS));
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!known.has(key)) problems.push({ key, value, reason: "unknown-key" });
    else if (seen.has(key)) problems.push({ key, value, reason: "repeated" });
    seen.add(key);
  }
  const one = (key: string) => params.get(key) ?? undefined;

  const g = one(VIEW_KEYS.granularity);
  if (g !== undefined) {
    if (GRANULARITY_OF[g] !== undefined) view.granularity = GRANULARITY_OF[g];
    else problems.push({ key: VIEW_KEYS.granularity, value: g, reason: "bad-value" });
  }
  const d = one(VIEW_KEYS.definition);
  if (d !== undefined) {
    if (DEFINITION_OF[d] !== undefined) view.definition = DEFINITION_OF[d];
    else problems.push({ key: VIEW_KEYS.definition, value: d, reason: "bad-value" });
  }
  const month = (key: string): string | undefined => {
    const value = one(key);
    if (value === undefined) return undefined;
    if (!MONTH.test(value)) problems.push({ key, value, reason: "bad-value" });
    else if (value < context.months.first || value > context.months.last) problems.push({ key, value, reason: "out-of-span" });
    else return value;
    return undefined;
  };
  const from = month(VIEW_KEYS.from);
  const to = month(VIEW_KEYS.to);
  if (from !== undefined && to !== undefined && from > to) problems.push({ key: `${VIEW_KEYS.from}/${VIEW_KEYS.to}`, value: `${from}/${to}`, reason: "reversed" });
  else {
    view.from = from;
    view.to = to;
  }
  const compare = one(VIEW_KEYS.compare);
  if (compare !== undefined) {
    const keys: string[] = [];
    for (const key of compare.split(",").map((k) => k.trim()).filter((k) => k !== "")) {
      if (!context.isUnit(key) || key === context.self) problems.push({ key: VIEW_KEYS.compare, value: key, reason: "unknown-unit" });
      else if (keys.includes(key)) continue;
      else if (keys.length >= MAX_COMPARE) problems.push({ key: VIEW_KEYS.compare, value: key, reason: "too-many" });
      else keys.push(key);
    }
    view.compare = keys;
  }
  const average = one(VIEW_KEYS.average);
  if (average !== undefined) {
    if (average === NO) view.average = false;
    else problems.push({ key: VIEW_KEYS.average, value: average, reason: "bad-value" });
  }
  const map = one(VIEW_KEYS.map);
  if (map !== undefined) {
    if (MAP_METRIC_OF[map] !== undefined) view.map = MAP_METRIC_OF[map] === DEFAULT_MAP_METRIC ? undefined : MAP_METRIC_OF[map];
    else problems.push({ key: VIEW_KEYS.map, value: map, reason: "bad-value" });
  }
  return { view, problems };
}

/** The query of a view ("?ky=quy&tu=2023-01"), "" for the default view. Keys always in the same order. */
export function viewQuery(view: ChartView): string {
  const parts: [string, string][] = [];
  if (view.granularity !== undefined) parts.push([VIEW_KEYS.granularity, GRANULARITY_SLUG[view.granularity]]);
  if (view.definition !== DEFAULT_VIEW.definition) parts.push([VIEW_KEYS.definition, DEFINITION_SLUG[view.definition]]);
  if (view.from !== undefined) parts.push([VIEW_KEYS.from, view.from]);
  if (view.to !== undefined) parts.push([VIEW_KEYS.to, view.to]);
  if (view.compare.length > 0) parts.push([VIEW_KEYS.compare, view.compare.join(",")]);
  if (!view.average) parts.push([VIEW_KEYS.average, NO]);
  if (view.map !== undefined && view.map !== DEFAULT_MAP_METRIC) parts.push([VIEW_KEYS.map, MAP_METRIC_SLUG[view.map]]);
  if (parts.length === 0) return "";
  // Commas and "@" stay readable: URLSearchParams would write them as %2C and %40.
  return `?${parts.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ",").replace(/%40/g, "@")}`).join("&")}`;
}

export function isDefaultView(view: ChartView): boolean {
  return viewQuery(view) === "";
}

/**
 * Charts open on their last three years: recent enough to read at phone width, long enough to show
 * a trend; "Toàn bộ" (tu= the first month) shows everything.
 */
export const DEFAULT_MONTHS = 36;

function monthsBack(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** The months a view shows of a span: its range, or the last DEFAULT_MONTHS up to its end, clipped to the span. */
export function viewMonths(view: ChartView, span: { first: string; last: string }): { first: string; last: string } {
  const last = view.to !== undefined && view.to < span.last ? view.to : span.last;
  const from = view.from ?? monthsBack(last, DEFAULT_MONTHS - 1);
  return { first: from > span.first ? from : span.first, last };
}

/** Range presets: the last 12 months, the last 3 years (the default), or everything. */
export const RANGE_PRESETS = ["12-thang", "3-nam", "toan-bo"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The range of a preset over the page's months; {} is the default range. */
export function presetRange(preset: RangePreset, last: string, first: string): { from?: string } {
  if (preset === "3-nam") return {};
  if (preset === "toan-bo") return first >= monthsBack(last, DEFAULT_MONTHS - 1) ? {} : { from: first };
  const from = monthsBack(last, 11);
  return from <= first ? { from: first } : { from };
}
