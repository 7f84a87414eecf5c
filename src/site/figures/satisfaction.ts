/** The satisfaction figure: share satisfied, the spread of ratings, and waiting time against its goal. */
import { satisfactionChart, type SatisfactionRow } from "../../charts/satisfaction";
import { t } from "../../i18n";
import type { ChartView } from "../../lib/chart-view";
import { formatCount, formatMinutes, formatNumber, formatPercent, formatPeriod } from "../../lib/format";
import { METRIC_DEFS } from "../../metrics/definitions";
import type { ReasonOf } from "../../metrics/missing";
import type { SeriesPoint } from "../../metrics/series";
import { latestWithValue } from "../indicators";
import { anySample, granularityOf, inView, markSample, reasonsOf, responsive, spanOf, type ChartSubject, type DrawOptions, type FigureData, type TableData } from "./figure";
import { countCell, percentCell, rowOf, valueCell, valueOf } from "./rows";

export type { SatisfactionRow };

/** The waiting-time goal the plans state (minutes). */
export const WAIT_TARGET_MINUTES = 15;

export function satisfactionRows(series: readonly SeriesPoint[]): SatisfactionRow[] {
  return series.map((p) => {
    const f = p.facts;
    return rowOf<SatisfactionRow>({
      period: p.period,
      satisfiedShare: valueOf("satisfaction_share", p),
      responses: f.responses,
      verySatisfied: f.very_satisfied,
      satisfied: f.satisfied,
      neutral: f.neutral,
      dissatisfied: f.dissatisfied,
      avgWaitMinutes: valueOf("avg_wait_minutes", p),
    });
  });
}


export function satisfactionTable(rows: readonly SatisfactionRow[], name: string, why: ReasonOf = () => undefined): TableData {
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
      formatPeriod(r.period),
      percentCell(r.satisfiedShare, why("satisfaction_share", r.period)),
      countCell(r.responses, why("responses", r.period)),
      countCell(r.verySatisfied, why("very_satisfied", r.period)),
      countCell(r.satisfied, why("satisfied", r.period)),
      countCell(r.neutral, why("neutral", r.period)),
      countCell(r.dissatisfied, why("dissatisfied", r.period)),
      valueCell(r.avgWaitMinutes, (x) => formatNumber(x, 1), why("avg_wait_minutes", r.period)),
    ]),
  };
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

export function satisfactionFigure(input: { subject: ChartSubject; source: string; sample: boolean }, view: ChartView, draw: DrawOptions = {}): FigureData {
  const { subject } = input;
  const g = granularityOf(subject, view, (f) => f.responses !== undefined);
  const series = inView(subject.series[g], view);
  const rows = satisfactionRows(series);
  const summary = satisfactionSummary(series, WAIT_TARGET_MINUTES);
  const sample = input.sample || anySample(series);
  return {
    id: "hai-long",
    title: t("chart.satisfaction.title"),
    subtitle: t("chart.satisfaction.subtitle", { span: spanOf(series), minutes: WAIT_TARGET_MINUTES }),
    summary,
    svg: responsive((width, suffix) => markSample(satisfactionChart(rows, {
      id: `satisfaction-${subject.slug}${suffix}`, width, title: `${t("chart.satisfaction.title")}: ${subject.fullName}`, description: summary, granularity: g,
      waitTarget: WAIT_TARGET_MINUTES, document: draw.document,
    }).svg, sample), draw),
    source: input.source,
    sample,
    table: satisfactionTable(rows, subject.fullName, reasonsOf(subject)),
  };
}
