/**
 * Real published figures for pages: which belong to a unit (by code and identity, never by code
 * alone), how each reads in Vietnamese, the series the province charts draw, and the sample value
 * of the same period where the sample data covers it.
 */
import type { PublishedRecord } from "../ingest/contract";
import type { PublishedIndicator } from "../ingest/published-indicators";
import type { Facts } from "../metrics/facts";
import { t, type MessageKey } from "../i18n";
import { formatDate, formatNumber, formatPeriod, formatWithUnit } from "../lib/format";
import { figureSpan, parsePeriod } from "../lib/period";
import type { SiteIndexes } from "./indexes";
import type { SiteModel, UnitView } from "./model";

/** Figures of this very unit: same code and same validity end (52 until 2025 is Bình Định, not the new Gia Lai). */
export function publishedFor(site: { index: Pick<SiteIndexes, "publishedOfUnit"> }, unit: Pick<UnitView, "key">): readonly PublishedRecord[] {
  return site.index.publishedOfUnit.get(unit.key) ?? [];
}

export function indicatorName(p: Pick<PublishedRecord, "indicator" | "label">): string {
  return p.label ?? t(`indicator.${p.indicator}` as MessageKey);
}

/** "Quý I/2022", "21/9/2025–20/10/2025", "Đến ngày 26/6/2023" (the source's wording when given). */
export function periodText(p: PublishedRecord): string {
  if (p.period_label !== undefined) return p.period_label;
  if (p.period !== undefined) return formatPeriod(p.period);
  const from = p.window_from === undefined ? undefined : looseText(p.window_from);
  const to = p.window_to === undefined ? "" : looseText(p.window_to);
  return from === undefined ? t("published.asOf", { date: to }) : `${from}–${to}`;
}

function looseText(s: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? formatDate(s) : formatPeriod(s);
}

/** Year the figure describes (end of its time), for the year filter; undefined when not stated. */
export function figureYear(p: PublishedRecord): string | undefined {
  return figureSpan(p)?.end?.slice(0, 4);
}

const digitsOf = (v: number) => (Number.isInteger(v) ? 0 : Math.min(4, String(v).split(".")[1]?.length ?? 0));

/** "82,52%", "hơn 185.000 hồ sơ", "18,3/20 điểm", "tốt"; blank-valued rank-only rows read "—". */
export function valueText(p: PublishedRecord): string {
  if (p.value === undefined) return p.value_text ?? "—";
  const number = p.out_of === undefined ? formatWithUnit(p.value, p.unit, digitsOf(p.value)) : `${formatNumber(p.value, digitsOf(p.value))}/${formatWithUnit(p.out_of, p.unit, digitsOf(p.out_of))}`;
  return p.value_bound === undefined ? number : t(`published.bound.${p.value_bound}`, { value: number });
}

export function rankText(p: PublishedRecord): string | undefined {
  const parts: string[] = [];
  if (p.rank !== undefined) parts.push(t("province.published.rank", { rank: p.rank.of === undefined ? `${p.rank.position}` : `${p.rank.position}/${p.rank.of}` }));
  if (p.rank_note !== undefined) parts.push(p.rank_note);
  return parts.length === 0 ? undefined : parts.join("; ");
}

/** Hover text of a chart point: what, when, value, rank, source. */
export function pointTitle(p: PublishedRecord): string {
  const rank = rankText(p);
  return [`${periodText(p)} · ${indicatorName(p)}: ${valueText(p)}`, rank, `${t("source")}: ${p.source_name}`].filter(Boolean).join(" · ");
}

export interface PublishedPoint {
  x: string;
  value?: number;
  rank?: number;
  rankOf?: number;
  title: string;
  record: PublishedRecord;
}

/** The yearly index series the province page charts (value and rank by year); only whole-year figures. */
export const YEARLY_INDICES = ["sipas", "par_index", "papi"] as const satisfies readonly PublishedIndicator[];

export function yearlySeries(records: readonly PublishedRecord[], indicator: (typeof YEARLY_INDICES)[number]): PublishedPoint[] {
  const seen = new Set<string>();
  return records
    .filter((p) => p.indicator === indicator && p.period !== undefined && parsePeriod(p.period)?.kind === "year" && p.value !== undefined)
    .sort((a, b) => (a.period ?? "").localeCompare(b.period ?? ""))
    .filter((p) => !seen.has(p.period ?? "") && seen.add(p.period ?? "") !== undefined)
    .map((p) => point(p, p.period ?? ""));
}

/** Decision 766 total index, in time order: rank always, score when the source gives one. */
export function series766(records: readonly PublishedRecord[]): PublishedPoint[] {
  // A second source for the same period is not drawn over the first: its row names the conflict.
  const seen = new Set<string>();
  return records
    .filter((p) => p.indicator === "index_766" && p.rank !== undefined)
    .map((p) => ({ p, end: figureSpan(p)?.end ?? "" }))
    .sort((a, b) => a.end.localeCompare(b.end))
    .map(({ p }) => point(p, periodText(p)))
    .filter((pt) => !seen.has(pt.x) && seen.add(pt.x) !== undefined);
}

function point(p: PublishedRecord, x: string): PublishedPoint {
  const out: PublishedPoint = { x, title: pointTitle(p), record: p };
  if (p.value !== undefined) out.value = p.value;
  if (p.rank !== undefined) {
    out.rank = p.rank.position;
    if (p.rank.of !== undefined) out.rankOf = p.rank.of;
  }
  return out;
}

/** One-stop dossier counts the breakdown charts draw, in form-06 order. */
export const THROUGHPUT = [
  "received_total", "received_carried_over", "received_new", "received_online", "received_direct_postal",
  "resolved_total", "resolved_early", "resolved_on_time", "resolved_early_or_on_time", "resolved_late",
  "pending_total", "pending_within_term", "pending_overdue", "received_late",
] as const satisfies readonly PublishedIndicator[];

export interface Breakdown {
  key: string;
  period: string;
  /** One source per breakdown: conflicting sources of one month are two breakdowns. */
  source: string;
  rows: PublishedRecord[];
}

/** Dossier counts grouped by period and source, the unit's whole area only, two counts or more. */
export function breakdowns(records: readonly PublishedRecord[]): Breakdown[] {
  const groups = new Map<string, Breakdown>();
  for (const p of records) {
    if (!(THROUGHPUT as readonly string[]).includes(p.indicator) || p.value === undefined || p.scope !== undefined) continue;
    const period = periodText(p);
    const key = `${period}|${p.source_url}`;
    const g = groups.get(key) ?? { key, period, source: p.source_name, rows: [] };
    g.rows.push(p);
    groups.set(key, g);
  }
  const order = (p: PublishedRecord) => (THROUGHPUT as readonly string[]).indexOf(p.indicator);
  return [...groups.values()]
    .filter((g) => g.rows.length >= 2)
    .map((g) => ({ ...g, rows: [...g.rows].sort((a, b) => order(a) - order(b)) }))
    .sort((a, b) => (figureSpan(a.rows[0] as PublishedRecord)?.end ?? "").localeCompare(figureSpan(b.rows[0] as PublishedRecord)?.end ?? ""));
}

const sum = (...xs: (number | undefined)[]) => (xs.some((x) => x === undefined) ? undefined : xs.reduce<number>((a, x) => a + (x ?? 0), 0));

/** The sample's value of a published indicator, by the same form-06 terms; undefined when it has no counterpart. */
export function sampleCounterpart(indicator: PublishedIndicator, f: Facts): number | undefined {
  const resolved = sum(f.resolved_early, f.resolved_on_time, f.resolved_late);
  switch (indicator) {
    case "received_total": return sum(f.received_carried_over, f.received_online, f.received_direct_postal);
    case "received_new": return sum(f.received_online, f.received_direct_postal);
    case "received_online": return f.received_online;
    case "received_direct_postal": return f.received_direct_postal;
    case "received_carried_over": return f.received_carried_over;
    case "resolved_total": return resolved;
    case "resolved_early": return f.resolved_early;
    case "resolved_on_time": return f.resolved_on_time;
    case "resolved_early_or_on_time": return sum(f.resolved_early, f.resolved_on_time);
    case "resolved_late": return f.resolved_late;
    case "pending_total": return sum(f.pending_within_term, f.pending_overdue);
    case "pending_within_term": return f.pending_within_term;
    case "pending_overdue": return f.pending_overdue;
    case "on_time_rate": {
      const good = sum(f.resolved_early, f.resolved_on_time);
      return good === undefined || resolved === undefined || resolved === 0 ? undefined : (good / resolved) * 100;
    }
    default: return undefined;
  }
}

export interface RealVsSample {
  real: PublishedRecord;
  sample: number;
}

/** Published figures of a whole month, quarter or year that the unit's sample series also covers. */
export function realVsSample(unit: Pick<UnitView, "series">, records: readonly PublishedRecord[]): RealVsSample[] {
  const out: RealVsSample[] = [];
  for (const p of records) {
    if (p.period === undefined || p.scope !== undefined || p.value === undefined || p.target === true) continue;
    const kind = parsePeriod(p.period)?.kind;
    if (kind === undefined) continue;
    const point = unit.series[kind].find((s) => s.period === p.period);
    if (point === undefined || !point.facts.sample) continue;
    const sample = sampleCounterpart(p.indicator, point.facts);
    if (sample !== undefined) out.push({ real: p, sample });
  }
  return out;
}

export function publishedDateText(p: Pick<PublishedRecord, "published">): string | undefined {
  return p.published === undefined ? undefined : looseText(p.published);
}

export function scopeText(p: PublishedRecord, unitName: string): string | undefined {
  return p.scope === undefined ? undefined : t(`published.scope.${p.scope}`, { unit: unitName });
}

/** The figures a row conflicts with, as "915 hồ sơ (Lao Động)". */
export function conflictTexts(site: Pick<SiteModel, "index">, p: PublishedRecord): { id: string; text: string }[] {
  return (p.conflicts_with ?? []).flatMap((id) => {
    const other = site.index.published.get(id);
    return other === undefined ? [] : [{ id, text: `${valueText(other)}${rankText(other) ? `, ${rankText(other)}` : ""} (${other.source_name})` }];
  });
}
