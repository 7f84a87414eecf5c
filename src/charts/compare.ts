/**
 * The on-time rate of several units over the same periods: one line per unit, each with its own
 * colour, marker and dash, labelled directly at its latest value and named in the legend by all
 * three, so that no line is told apart by colour alone. The province average, when drawn, is the
 * grey dashed reference line of the other charts. Gaps break the lines and are named in the summary.
 */
import { formatPercent, formatPeriod, granularityPhrase, joinList } from "../lib/format";
import type { Granularity } from "../lib/period";
import { COMPARISON, PALETTE } from "./palette";
import { DEFAULT_WIDTH, descText, emptyChart, renderChart, type ChartBaseOptions, type LegendItem, type RenderedChart, type SeriesMarker } from "./render";
import { isValue, latestLabels, lineWithDots, markTitle, percentFloor, percentTick, periodPanel, periodRoom, periodX, type Maybe } from "./scales";
import { periodDomain } from "../lib/period";
import { definedValues, sentences, spanPhrase } from "./summary";
import * as Plot from "@observablehq/plot";

export interface CompareLine {
  /** Full name of the unit ("Huyện Krông Pa"), used in the legend, labels, hover text and summary. */
  name: string;
  /** Shorter name for the direct label at the line's end; defaults to `name`. */
  short?: string | undefined;
  values: readonly { period: string; value?: Maybe }[];
}

export interface CompareOptions extends ChartBaseOptions {
  granularity: Granularity;
  /** How the rate is defined, shown as the panel's heading. */
  definitionLabel: string;
  /** The province average, drawn as a grey dashed reference line. */
  reference?: CompareLine | undefined;
}

export const MARKERS: readonly SeriesMarker[] = ["circle", "square", "triangle", "diamond", "star"];
export const DASHES: readonly (string | undefined)[] = [undefined, "7 3", "2 3", "9 3 2 3", "4 2"];

type Row = { period: string } & Record<string, Maybe | string>;

/** Horizontal room a marker needs to read as its shape (its 7 px and a gap). */
const MARKER_ROOM = 12;

/**
 * The rows whose value gets a marker. Where periods are closer than MARKER_ROOM (36 months at phone
 * width), only every `step`-th value does, staggered by line so that the shapes of close lines do not
 * sit on one another; each line's latest value, and any value with no neighbour (which the line
 * alone would not show), always do. The data table keeps every value.
 */
function markedRows(rows: readonly Row[], value: (r: Row) => Maybe, step: number, phase: number): Row[] {
  const defined = rows.map((r) => isValue(value(r)));
  const last = defined.lastIndexOf(true);
  return rows.filter((_, k) =>
    defined[k] === true && (k === last || (defined[k - 1] !== true && defined[k + 1] !== true) || (last - k >= step && (last - k - phase) % step === 0)),
  );
}

/** Rate lines of up to five units (this one first), with the province average when given. */
export function compareChart(lines: readonly CompareLine[], options: CompareOptions): RenderedChart {
  const width = options.width ?? DEFAULT_WIDTH;
  const all = [...lines, ...(options.reference ? [options.reference] : [])];
  const periods = all.flatMap((l) => l.values.map((v) => v.period));
  if (lines.length === 0 || periods.length === 0) return emptyChart(options, width);
  if (lines.length > COMPARISON.length) throw new RangeError(`at most ${COMPARISON.length} lines`);
  const { domain } = periodDomain(periods);
  const x = periodX(domain, width);
  const byPeriod = (l: CompareLine) => new Map(l.values.map((v) => [v.period, v.value]));
  const keyed = all.map(byPeriod);
  const rows: Row[] = domain.map((period) => Object.fromEntries([["period", period], ...keyed.map((m, i) => [`v${i}`, m.get(period)])]) as Row);
  const pick = (i: number) => (r: Row) => r[`v${i}`] as Maybe;
  const values = lines.map((_, i) => definedValues(rows, pick(i)));
  const reference = options.reference ? definedValues(rows, pick(lines.length)) : [];
  const numbers = [...values.flat(), ...reference].map((v) => v.value);
  const domainY = [percentFloor(numbers), Math.max(100, Math.ceil(Math.max(0, ...numbers)))] as const;
  const gaps = domain.filter((period) => lines.every((_, i) => !isValue(pick(i)(rows[domain.indexOf(period)] as Row))));

  const step = Math.max(1, Math.ceil(MARKER_ROOM / periodRoom(domain, width)));
  const marks: Plot.Markish[] = [];
  if (options.reference) marks.push(...lineWithDots(rows, pick(lines.length), { color: PALETTE.reference, dashed: true, width: 1.5, dots: false }));
  lines.forEach((line, i) => {
    const color = COMPARISON[i] as string;
    const dash = DASHES[i];
    marks.push(
      Plot.lineY(rows, { x: "period", y: (r: Row) => (isValue(pick(i)(r)) ? pick(i)(r) : NaN), stroke: color, strokeWidth: i === 0 ? 2.5 : 2, ...(dash ? { strokeDasharray: dash } : {}) }),
      Plot.dot(markedRows(rows, pick(i), step, i % step), {
        x: "period", y: pick(i), fill: color, r: 3.5, symbol: MARKERS[i] as string,
        title: (r: Row) => markTitle(r.period, line.name, formatPercent(pick(i)(r) as number, 1)),
      }),
    );
  });
  const panel = periodPanel(options.id, {
    title: options.definitionLabel,
    height: 260,
    x,
    domain: domainY,
    tickFormat: percentTick,
    gaps,
    marks,
    labels: latestLabels(domain, [
      ...lines.map((l, i) => ({ name: l.short ?? l.name, values: values[i] ?? [], format: formatPercent, color: COMPARISON[i] as string, bold: i === 0 })),
      ...(options.reference ? [{ name: options.reference.short ?? options.reference.name, values: reference, format: formatPercent, color: PALETTE.reference }] : []),
    ]),
  });
  const legend: LegendItem[] = [
    ...lines.map((l, i): LegendItem => ({ symbol: "series", label: l.name, color: COMPARISON[i] as string, marker: MARKERS[i] as SeriesMarker, dash: DASHES[i] })),
    ...(options.reference ? [{ symbol: "dashed", label: options.reference.name, color: PALETTE.reference } as const] : []),
  ];

  const kind = `Biểu đồ đường so sánh ${options.definitionLabel.toLowerCase()} của ${joinList(lines.map((l) => l.name))} ${granularityPhrase(options.granularity)}, từ ${spanPhrase(domain)}.`;
  const latest = lines.map((l, i) => {
    const last = values[i]?.at(-1);
    return last === undefined ? `${l.name}: không có số liệu` : `${l.name} ${formatPercent(last.value, 1)} (${formatPeriod(last.period)})`;
  });
  const missing = lines.flatMap((l, i) => {
    const n = domain.length - (values[i]?.length ?? 0);
    return n > 0 ? [`${l.name} thiếu số liệu ${n} kỳ`] : [];
  });
  const structure = sentences(kind, missing.length > 0 ? `${joinList(missing)}.` : "");
  const summary = sentences(kind, `Kỳ gần nhất có số liệu: ${joinList(latest)}.`, missing.length > 0 ? `${joinList(missing)}.` : "");
  return { svg: renderChart({ id: options.id, title: options.title, desc: descText(options.description, structure, summary), width, legend, panels: [panel], document: options.document }), summary };
}
