/**
 * Online public services per period: 100 % stacked bars of procedures by online level (fully
 * online / partly online / not online, Decree 42/2022) in one panel; lines of the share of
 * dossiers received online and of fees paid online in another, labelled directly.
 */
import { formatPercent, formatPeriod, granularityPhrase } from "../lib/format";
import type { Granularity } from "../lib/period";
import { PALETTE } from "./palette";
import { DEFAULT_WIDTH, descText, emptyChart, NO_DATA, renderChart, type ChartBaseOptions, type LegendItem, type RenderedChart } from "./render";
import { dotRadius, isValue, latestLabels, lineWithDots, markTitle, percentTick, periodPanel, periodSeries, periodX, type Maybe } from "./scales";
import { stackedBars, type StackPart } from "./stack";
import { definedValues, missingSentence, sentences, spanPhrase } from "./summary";

export interface OnlineRow {
  period: string;
  /** Shares of procedures (percent) offered fully online, partly online, not online. */
  fullOnlineShare?: Maybe;
  partialOnlineShare?: Maybe;
  notOnlineShare?: Maybe;
  /** Share of dossiers received online (percent). */
  onlineDossierShare?: Maybe;
  /** Share of fee-bearing dossiers paid online (percent). */
  feePaidOnlineShare?: Maybe;
}

export interface OnlineLabels {
  full: string;
  partial: string;
  notOnline: string;
  procedures: string;
  dossiers: string;
  onlineDossier: string;
  feePaidOnline: string;
  missing: string;
}

export const ONLINE_LABELS: OnlineLabels = {
  full: "Toàn trình",
  partial: "Một phần",
  notOnline: "Chưa trực tuyến",
  procedures: "Thủ tục hành chính theo mức độ dịch vụ công trực tuyến (%)",
  dossiers: "Hồ sơ nộp trực tuyến và thanh toán trực tuyến (%)",
  onlineDossier: "Hồ sơ trực tuyến",
  feePaidOnline: "Thanh toán trực tuyến",
  missing: NO_DATA,
};

export interface OnlineOptions extends ChartBaseOptions {
  granularity: Granularity;
  labels?: Partial<OnlineLabels> | undefined;
}

/** Procedures by online level (stacked 100 %) + online dossier and payment shares (lines). */
export function onlineChart(rows: readonly OnlineRow[], options: OnlineOptions): RenderedChart {
  const { id, title } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const L = { ...ONLINE_LABELS, ...options.labels };
  if (rows.length === 0) return emptyChart(options, width);
  const { domain, granularity, series } = periodSeries<OnlineRow>(rows, options.granularity);
  const x = periodX(domain, width);
  const r = dotRadius(domain, width);

  const share = (label: string) => (r: OnlineRow, v: number) => markTitle(r.period, label, formatPercent(v, 1));
  const parts: StackPart<OnlineRow>[] = [
    { key: "full", label: L.full, color: PALETTE.fullOnline, pick: (r) => r.fullOnlineShare, title: share(L.full) },
    { key: "partial", label: L.partial, color: PALETTE.partialOnline, pick: (r) => r.partialOnlineShare, title: share(L.partial) },
    { key: "notOnline", label: L.notOnline, color: PALETTE.notOnline, pick: (r) => r.notOnlineShare, title: share(L.notOnline) },
  ];
  const procedures = stackedBars<OnlineRow>(id, series, parts, {
    title: L.procedures,
    height: 190,
    x,
    domain: [0, 100],
    tickFormat: percentTick,
  });

  const dossiers = definedValues(series, (r: OnlineRow) => r.onlineDossierShare);
  const fees = definedValues(series, (r: OnlineRow) => r.feePaidOnlineShare);
  const lineGaps = series.filter((r: OnlineRow) => !isValue(r.onlineDossierShare) && !isValue(r.feePaidOnlineShare)).map((r) => r.period);
  const linesPanel = periodPanel(id, {
    title: L.dossiers,
    height: 170,
    x,
    domain: [0, 100],
    tickFormat: percentTick,
    gaps: lineGaps,
    marks: [
      ...lineWithDots(series, (r: OnlineRow) => r.feePaidOnlineShare, { color: PALETTE.secondary, symbol: "square", r, title: share(L.feePaidOnline) }),
      ...lineWithDots(series, (r: OnlineRow) => r.onlineDossierShare, { color: PALETTE.primary, r, title: share(L.onlineDossier) }),
    ],
    labels: latestLabels(domain, [
      { name: L.onlineDossier, values: dossiers, format: formatPercent, color: PALETTE.primary, bold: true },
      { name: L.feePaidOnline, values: fees, format: formatPercent, color: PALETTE.secondary, bold: true },
    ]),
  });

  const anyGap = procedures.gaps.length > 0 || lineGaps.length > 0;
  const legend: LegendItem[] = [
    ...procedures.legend,
    { symbol: "line", label: L.onlineDossier, color: PALETTE.primary },
    { symbol: "line-square", label: L.feePaidOnline, color: PALETTE.secondary },
    ...(anyGap ? [{ symbol: "missing", label: L.missing } as const] : []),
  ];

  const kind =
    `Biểu đồ cột chồng tỷ lệ thủ tục hành chính ${L.full.toLowerCase()}, ${L.partial.toLowerCase()} và ${L.notOnline.toLowerCase()} ` +
    `${granularityPhrase(granularity)}, từ ${spanPhrase(domain)}, kèm đường tỷ lệ ${L.onlineDossier.toLowerCase()} và ${L.feePaidOnline.toLowerCase()}.`;
  const last = [...series].reverse().find((r) => procedures.totals.has(r.period) || isValue(r.onlineDossierShare) || isValue(r.feePaidOnlineShare));
  let latest = "";
  if (last !== undefined) {
    const facts = [
      ...parts.flatMap((p) => {
        const v = p.pick(last);
        return isValue(v) ? [`${p.label.toLowerCase()} ${formatPercent(v, 1)}`] : [];
      }),
      ...(isValue(last.onlineDossierShare) ? [`${L.onlineDossier.toLowerCase()} ${formatPercent(last.onlineDossierShare, 1)}`] : []),
      ...(isValue(last.feePaidOnlineShare) ? [`${L.feePaidOnline.toLowerCase()} ${formatPercent(last.feePaidOnlineShare, 1)}`] : []),
    ];
    latest = `${formatPeriod(last.period)}: ${facts.join("; ")}.`;
  }
  const notes = missingSentence(procedures.gaps, L.missing);
  const summary = sentences(kind, latest, notes);
  const desc = descText(options.description, sentences(kind, notes), summary);
  return { svg: renderChart({ id, title, desc, width, legend, panels: [procedures.panel, linesPanel], document: options.document }), summary };
}
