/** The province page's charts of real published figures, each with the figures it draws. */
import { publishedBarsChart, publishedRankChart, publishedYearlyChart } from "../charts/published";
import type { PublishedRecord } from "../ingest/contract";
import { t, type MessageKey } from "../i18n";
import { formatNumber } from "../lib/format";
import { breakdowns, indicatorName, pointTitle, series766, YEARLY_INDICES, yearlySeries } from "./published";

export interface PublishedChart {
  id: string;
  title: string;
  svg: string;
  summary: string;
  /** The figures drawn, for the source table beside the chart. */
  figures: PublishedRecord[];
}

const digits = (v: number) => (Number.isInteger(v) ? 0 : Math.min(4, String(v).split(".")[1]?.length ?? 0));

export function publishedCharts(unitSlug: string, records: readonly PublishedRecord[]): PublishedChart[] {
  const charts: PublishedChart[] = [];
  for (const indicator of YEARLY_INDICES) {
    const points = yearlySeries(records, indicator);
    if (points.length === 0) continue;
    const id = `that-${indicator.replace(/_/g, "-")}-${unitSlug}`;
    const name = t(`indicator.${indicator}` as MessageKey);
    const unit = points[0]?.record.unit;
    const chart = publishedYearlyChart(points, {
      id,
      title: t("published.chart.yearly", { name }),
      format: (v) => `${formatNumber(v, digits(v))}${unit === "%" ? "%" : ""}`,
    });
    charts.push({ id, title: t("published.chart.yearly", { name }), ...chart, figures: points.map((p) => p.record) });
  }
  const ranks = series766(records);
  if (ranks.length > 0) {
    const id = `that-766-${unitSlug}`;
    const chart = publishedRankChart(ranks, { id, title: t("published.chart.766"), format: (v) => t("published.points", { value: formatNumber(v, digits(v)) }) });
    charts.push({ id, title: t("published.chart.766"), ...chart, figures: ranks.map((p) => p.record) });
  }
  breakdowns(records).forEach((b, i) => {
    const id = `that-ho-so-${i + 1}-${unitSlug}`;
    const title = t("published.chart.breakdown", { period: b.period, source: b.source });
    const bars = b.rows.map((p) => ({ label: indicatorName(p), value: p.value as number, title: pointTitle(p), flagged: p.inconsistent === true }));
    charts.push({ id, title, ...publishedBarsChart(bars, { id, title }), figures: b.rows });
  });
  return charts;
}
