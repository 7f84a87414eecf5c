/**
 * What every figure of the site shares: the data a figure is drawn from (a subject unit, with the
 * province and comparison units beside it), the view the reader set, and the figure it produces:
 * SVG at both widths, subtitle, summary, source, sample mark and table. The build calls the figure
 * functions with the default view; the browser calls the same functions with the reader's view and
 * its own document.
 */
import { compactSvg } from "../../charts/compact";
import { appendFootnote } from "../../charts/render";
import { t } from "../../i18n";
import { formatPeriod } from "../../lib/format";
import type { ChartView } from "../../lib/chart-view";
import { viewMonths } from "../../lib/chart-view";
import type { Level } from "../../lib/identity";
import { GRANULARITIES, periodRange, type DateRange, type Granularity } from "../../lib/period";
import type { Facts } from "../../metrics/facts";
import { missingReasons, type ReasonOf } from "../../metrics/missing";
import type { SeriesPoint } from "../../metrics/series";
import type { TableData } from "./table";

export type { TableData };

/** A unit as the figures need it: the build passes its UnitView, the browser one read from the unit's data file. */
export interface ChartSubject {
  key: string;
  slug: string;
  fullName: string;
  level: Level;
  series: Record<Granularity, SeriesPoint[]>;
  /** The days the unit existed (valid_from to valid_to, open ends far off): tables say when a period falls outside. */
  validity: DateRange;
}

/** Why a value of the subject is missing, for its table cells. */
export const reasonsOf = (subject: Pick<ChartSubject, "series" | "validity">): ReasonOf => missingReasons(subject.series, subject.validity);

/** What a figure shows: the props of components/ChartFigure.astro, and what the browser swaps in. */
export interface FigureData {
  id: string;
  title: string;
  subtitle: string;
  summary: string;
  svg: string;
  source: string;
  sample: boolean;
  table: TableData;
}

/** Where a figure is drawn: the build's server-side document (the default) or the browser's. */
export interface DrawOptions {
  document?: Document | undefined;
  /**
   * Draw one width only, the one the reader sees: a view change shows it first and draws the other
   * afterwards. The other is left as an empty `data-pending` copy. Default: both.
   */
  only?: "wide" | "narrow" | undefined;
}

/** Phone-width copy of every chart: text stays readable at 320 px instead of shrinking by half. */
export const NARROW_WIDTH = 360;

/** Sample charts carry the mark inside the SVG too, so it survives downloads and screenshots. */
export function markSample(svg: string, sample: boolean): string {
  return sample ? appendFootnote(svg, t("sample.mark")) : svg;
}

/** Both widths of one chart, shown one at a time by CSS. */
export function responsive(render: (width: number | undefined, idSuffix: string) => string, { only }: DrawOptions = {}): string {
  const copy = (which: "wide" | "narrow", draw: () => string) =>
    only !== undefined && only !== which ? `<div class="plot-${which}" data-pending></div>` : `<div class="plot-${which}">${pageSvg(draw())}</div>`;
  return `${copy("wide", () => render(undefined, ""))}${copy("narrow", () => render(NARROW_WIDTH, "-hep"))}`;
}

/**
 * A chart as a page carries it: without per-mark hover titles (the chart's own <title id=…>
 * stays) — phones do not hover, a title is found only by waiting on a mark, and the table under
 * each chart holds the same numbers — and with the marks left empty written as `<rect/>`.
 * Together about a third off each chart's weight; then runs of marks that differ only in place
 * are written as one path each (charts/compact.ts), about a quarter more.
 */
export function pageSvg(svg: string): string {
  return compactSvg(withoutMarkTitles(svg));
}

/** The chart without its per-mark hover titles, empty marks self-closed: what compactSvg is given. */
export function withoutMarkTitles(svg: string): string {
  return svg.replace(/<title>[^<]*<\/title>/g, "").replace(/><\/(rect|circle|path|line)>/g, "/>");
}

/**
 * The granularity a chart is drawn at: the reader's choice, or else the finest its data have.
 * A choice finer than the data (monthly asked, annual reported) moves to the finest that has them.
 */
export function granularityOf(subject: Pick<ChartSubject, "series">, view: ChartView, has: (f: Facts) => boolean): Granularity {
  const start = view.granularity === undefined ? 0 : GRANULARITIES.indexOf(view.granularity);
  return GRANULARITIES.slice(start).find((g) => subject.series[g].some((p) => has(p.facts))) ?? view.granularity ?? "month";
}

/** The first and last month a series covers. */
export function monthSpan(series: readonly SeriesPoint[]): { first: string; last: string } | undefined {
  const first = series[0];
  const last = series.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return { first: periodRange(first.period).start.slice(0, 7), last: periodRange(last.period).end.slice(0, 7) };
}

/**
 * The periods of a series that overlap the view's months. The default window is counted back from
 * the end of `within` (the chart's own unit), so the lines beside it cover the same months.
 */
export function inView(series: readonly SeriesPoint[], view: ChartView, within: readonly SeriesPoint[] = series): SeriesPoint[] {
  const span = monthSpan(within);
  if (span === undefined) return [];
  const { first: from, last: to } = viewMonths(view, span);
  return series.filter((p) => {
    const r = periodRange(p.period);
    return r.end.slice(0, 7) >= from && r.start.slice(0, 7) <= to;
  });
}

/** "T1/2023 – T6/2025": the span of the periods drawn. */
export function spanOf(series: readonly SeriesPoint[]): string {
  return `${formatPeriod(series[0]?.period ?? "")} – ${formatPeriod(series.at(-1)?.period ?? "")}`;
}

export function anySample(series: readonly SeriesPoint[]): boolean {
  return series.some((p) => p.facts.sample);
}
