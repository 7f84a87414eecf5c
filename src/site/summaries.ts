/** Plain-language sentences that say what each chart shows, for readers and for alt text. */
import { t } from "../i18n";
import { formatCount, formatMinutes, formatPercent, formatPeriod, formatPoints } from "../lib/format";
import { METRIC_DEFS } from "../metrics/definitions";
import type { SeriesPoint } from "../metrics/series";
import { latestWithValue, valueAt } from "./indicators";

function comparison(value: number, reference: number | undefined, what: string): string {
  if (reference === undefined) return "";
  const delta = value - reference;
  if (Math.abs(delta) < 0.05) return `, ${t("summary.compare.equal", { reference: what })}`;
  const difference = formatPoints(Math.abs(delta)).replace(/^[+−±]/, "");
  return `, ${t(delta > 0 ? "summary.compare.higher" : "summary.compare.lower", { reference: what, difference })}`;
}

const SUMMARY_KEY = { on_time_rate: "summary.onTime.rate", on_time_766: "summary.onTime.766", on_time_portal: "summary.onTime.portal" } as const;

export function onTimeSummary(series: readonly SeriesPoint[], province: readonly SeriesPoint[] | undefined, metric: "on_time_rate" | "on_time_766" | "on_time_portal"): string {
  const latest = latestWithValue(series, metric);
  if (latest === undefined) return t("summary.onTime.none");
  const pv = province === undefined ? undefined : valueAt(province, metric, latest.period);
  return t(SUMMARY_KEY[metric], {
    period: formatPeriod(latest.period),
    value: formatPercent(latest.value),
    comparison: comparison(latest.value, pv, t("summary.provinceAverage")),
  });
}

export function onlineSummary(series: readonly SeriesPoint[]): string {
  const dossiers = latestWithValue(series, "online_dossier_share");
  const full = latestWithValue(series, "full_online_procedure_share");
  if (dossiers === undefined && full === undefined) return t("summary.online.none");
  const parts: string[] = [];
  if (dossiers) parts.push(t("summary.online.dossiers", { period: formatPeriod(dossiers.period), value: formatPercent(dossiers.value) }));
  if (full) parts.push(t("summary.online.full", { value: formatPercent(full.value), period: formatPeriod(full.period).toLowerCase() }));
  return `${parts.join("; ")}.`;
}

export function satisfactionSummary(series: readonly SeriesPoint[], waitTarget: number | undefined): string {
  const share = latestWithValue(series, "satisfaction_share");
  if (share === undefined) return t("summary.satisfaction.none");
  const point = series.find((p) => p.period === share.period);
  const responses = point?.facts.responses;
  let s = t("summary.satisfaction.share", { period: formatPeriod(share.period), value: formatPercent(share.value) });
  if (responses !== undefined) s += ` ${t("summary.satisfaction.responses", { count: formatCount(responses) })}`;
  const wait = point === undefined ? undefined : METRIC_DEFS.avg_wait_minutes.compute(point.facts);
  if (wait !== undefined) {
    s += `; ${t("summary.satisfaction.wait", { wait: formatMinutes(wait) })}`;
    if (waitTarget !== undefined) s += `, ${t("summary.satisfaction.waitTarget", { target: formatMinutes(waitTarget) })}`;
  }
  return `${s}.`;
}
