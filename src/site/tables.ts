/** The data tables under each chart: same numbers as the chart, Vietnamese formats, gaps named. */
import { t } from "../i18n";
import { formatCount, formatNumber, formatPercent, formatPeriod } from "../lib/format";
import type { OnTimeRow, OnlineRow, SatisfactionRow, DigitizationSeries } from "./unit-page";

/** A table under a chart: caption, columns, and cells where undefined means no data. */
export interface TableData {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: (string | undefined)[][];
}

const pct = (x: number | undefined) => (x === undefined ? undefined : formatPercent(x));
const cnt = (x: number | undefined) => (x === undefined ? undefined : formatCount(x));

export function onTimeTable(rows: readonly OnTimeRow[], rows766: readonly OnTimeRow[], name: string): TableData {
  const by766 = new Map(rows766.map((r) => [r.period, r]));
  return {
    caption: t("table.onTime.caption", { unit: name }),
    columns: [
      { label: t("col.period") },
      { label: t("table.onTime.early"), numeric: true },
      { label: t("table.onTime.onTime"), numeric: true },
      { label: t("table.onTime.late"), numeric: true },
      { label: t("table.onTime.rate"), numeric: true },
      { label: t("table.onTime.rate766"), numeric: true },
      { label: t("table.onTime.provinceRate"), numeric: true },
      { label: t("table.onTime.pendingOverdue"), numeric: true },
      { label: t("field.note") },
    ],
    rows: rows.map((r) => [
      formatPeriod(r.period), cnt(r.early), cnt(r.onTime), cnt(r.late), pct(r.rate), pct(by766.get(r.period)?.rate), pct(r.provinceRate),
      cnt(r.pendingOverdue), r.flagged ? `⚠ ${r.flagNote ?? ""}` : "",
    ]),
  };
}

export function onlineTable(rows: readonly OnlineRow[], name: string): TableData {
  return {
    caption: t("table.online.caption", { unit: name }),
    columns: [
      { label: t("col.period") },
      { label: t("table.online.procedures"), numeric: true },
      { label: t("table.online.full"), numeric: true },
      { label: t("table.online.partial"), numeric: true },
      { label: t("table.online.notOnline"), numeric: true },
      { label: t("table.online.dossiers"), numeric: true },
      { label: t("table.online.feePaid"), numeric: true },
    ],
    rows: rows.map((r) => [
      formatPeriod(r.period), cnt(r.proceduresTotal), pct(r.fullOnlineShare), pct(r.partialOnlineShare), pct(r.notOnlineShare),
      pct(r.onlineDossierShare), pct(r.feePaidOnlineShare),
    ]),
  };
}

export function digitizationTable(series: readonly DigitizationSeries[], name: string): TableData {
  const periods = series[0]?.points.map((p) => p.period) ?? [];
  return {
    caption: t("table.digitization.caption", { unit: name }),
    columns: [{ label: t("col.period") }, ...series.map((s) => ({ label: s.label, numeric: true }))],
    rows: periods.map((period, i) => [formatPeriod(period), ...series.map((s) => pct(s.points[i]?.value))]),
  };
}

export function satisfactionTable(rows: readonly SatisfactionRow[], name: string): TableData {
  return {
    caption: t("table.satisfaction.caption", { unit: name }),
    columns: [
      { label: t("col.period") },
      { label: t("table.satisfaction.share"), numeric: true },
      { label: t("table.satisfaction.responses"), numeric: true },
      { label: t("table.satisfaction.verySatisfied"), numeric: true },
      { label: t("table.satisfaction.satisfied"), numeric: true },
      { label: t("table.satisfaction.neutral"), numeric: true },
      { label: t("table.satisfaction.dissatisfied"), numeric: true },
      { label: t("table.satisfaction.wait"), numeric: true },
    ],
    rows: rows.map((r) => [
      formatPeriod(r.period), pct(r.satisfiedShare), cnt(r.responses), cnt(r.verySatisfied), cnt(r.satisfied), cnt(r.neutral),
      cnt(r.dissatisfied), r.avgWaitMinutes === undefined ? undefined : formatNumber(r.avgWaitMinutes, 1),
    ]),
  };
}
