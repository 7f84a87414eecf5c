/** Plain-Vietnamese sentences that say what each chart shows, for readers and for alt text. */
import { formatCount, formatMinutes, formatPercent, formatPeriod, formatPoints } from "../lib/format";
import { METRIC_DEFS } from "../metrics/definitions";
import type { SeriesPoint } from "../metrics/series";
import { latestWithValue, valueAt } from "./indicators";

function comparison(value: number, reference: number | undefined, what: string): string {
  if (reference === undefined) return "";
  const delta = value - reference;
  if (Math.abs(delta) < 0.05) return `, bằng ${what}`;
  return `, ${delta > 0 ? "cao hơn" : "thấp hơn"} ${what} ${formatPoints(Math.abs(delta)).replace(/^[+−±]/, "")}`;
}

export function onTimeSummary(series: readonly SeriesPoint[], province: readonly SeriesPoint[] | undefined, metric: "on_time_rate" | "on_time_766"): string {
  const latest = latestWithValue(series, metric);
  if (latest === undefined) return "Chưa có số liệu về kết quả giải quyết hồ sơ.";
  const pv = province === undefined ? undefined : valueAt(province, metric, latest.period);
  const phrase = metric === "on_time_rate" ? "hồ sơ được giải quyết đúng hạn" : "hồ sơ đúng hạn theo chỉ số 2.1 (Quyết định 766)";
  return `${formatPeriod(latest.period)}: ${formatPercent(latest.value)} ${phrase}${comparison(latest.value, pv, "trung bình tỉnh")}.`;
}

export function onlineSummary(series: readonly SeriesPoint[]): string {
  const dossiers = latestWithValue(series, "online_dossier_share");
  const full = latestWithValue(series, "full_online_procedure_share");
  if (dossiers === undefined && full === undefined) return "Chưa có số liệu về dịch vụ công trực tuyến.";
  const parts: string[] = [];
  if (dossiers) parts.push(`${formatPeriod(dossiers.period)}: ${formatPercent(dossiers.value)} hồ sơ mới được nộp trực tuyến`);
  if (full) parts.push(`${formatPercent(full.value)} thủ tục được cung cấp trực tuyến toàn trình (${formatPeriod(full.period).toLowerCase()})`);
  return `${parts.join("; ")}.`;
}

export function satisfactionSummary(series: readonly SeriesPoint[], waitTarget: number | undefined): string {
  const share = latestWithValue(series, "satisfaction_share");
  if (share === undefined) return "Chưa có số liệu đánh giá mức độ hài lòng.";
  const point = series.find((p) => p.period === share.period);
  const responses = point?.facts.responses;
  let s = `${formatPeriod(share.period)}: ${formatPercent(share.value)} lượt đánh giá hài lòng hoặc rất hài lòng`;
  if (responses !== undefined) s += ` (${formatCount(responses)} lượt)`;
  const wait = point === undefined ? undefined : METRIC_DEFS.avg_wait_minutes.compute(point.facts);
  if (wait !== undefined) s += `; thời gian chờ trung bình ${formatMinutes(wait)}${waitTarget === undefined ? "" : `, mục tiêu không quá ${formatMinutes(waitTarget)}`}`;
  return `${s}.`;
}
