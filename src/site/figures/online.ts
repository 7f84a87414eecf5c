/** The online-services figure: procedures by online level, dossiers filed and fees paid online. */
import { onlineChart, type OnlineRow as ChartOnlineRow } from "../../charts/online";
import { t } from "../../i18n";
import type { ChartView } from "../../lib/chart-view";
import { formatPercent, formatPeriod } from "../../lib/format";
import type { ReasonOf } from "../../metrics/missing";
import type { SeriesPoint } from "../../metrics/series";
import { latestWithValue } from "../indicators";
import { anySample, granularityOf, inView, markSample, reasonsOf, responsive, spanOf, type ChartSubject, type DrawOptions, type FigureData, type TableData } from "./figure";
import { countCell, percentCell, rowOf, valueOf } from "./rows";

export type OnlineRow = ChartOnlineRow & { proceduresTotal?: number };

export function onlineRows(series: readonly SeriesPoint[]): OnlineRow[] {
  return series.map((p) => {
    const full = valueOf("full_online_procedure_share", p);
    const any = valueOf("online_procedure_share", p);
    const both = full !== undefined && any !== undefined;
    return rowOf<OnlineRow>({
      period: p.period,
      fullOnlineShare: full,
      partialOnlineShare: both ? any - full : undefined,
      notOnlineShare: both ? 100 - any : undefined,
      onlineDossierShare: valueOf("online_dossier_share", p),
      feePaidOnlineShare: valueOf("fee_paid_online_share", p),
      proceduresTotal: p.facts.procedures_total,
    });
  });
}


export function onlineTable(rows: readonly OnlineRow[], name: string, why: ReasonOf = () => undefined): TableData {
  // Partial and not-online shares are derived from both procedure shares: missing when either is.
  const either = (period: string) => why("online_procedure_share", period) ?? why("full_online_procedure_share", period);
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
      formatPeriod(r.period),
      countCell(r.proceduresTotal, why("procedures_total", r.period)),
      percentCell(r.fullOnlineShare, why("full_online_procedure_share", r.period)),
      percentCell(r.partialOnlineShare, either(r.period)),
      percentCell(r.notOnlineShare, why("online_procedure_share", r.period)),
      percentCell(r.onlineDossierShare, why("online_dossier_share", r.period)),
      percentCell(r.feePaidOnlineShare, why("fee_paid_online_share", r.period)),
    ]),
  };
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

export function onlineFigure(input: { subject: ChartSubject; source: string; sample: boolean }, view: ChartView, draw: DrawOptions = {}): FigureData {
  const { subject } = input;
  const g = granularityOf(subject, view, (f) => f.procedures_total !== undefined || f.received_online !== undefined);
  const series = inView(subject.series[g], view);
  const rows = onlineRows(series);
  const summary = onlineSummary(series);
  const sample = input.sample || anySample(series);
  return {
    id: "truc-tuyen",
    title: t("chart.online.title"),
    subtitle: t("chart.online.subtitle", { span: spanOf(series) }),
    summary,
    svg: responsive((width, suffix) => markSample(
      onlineChart(rows, { id: `online-${subject.slug}${suffix}`, title: `${t("chart.online.title")}: ${subject.fullName}`, description: summary, granularity: g, width, document: draw.document }).svg,
      sample,
    ), draw),
    source: input.source,
    sample,
    table: onlineTable(rows, subject.fullName, reasonsOf(subject)),
  };
}
