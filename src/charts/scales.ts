/**
 * Shared geometry for the period charts: margins, the period x scale with thinned Vietnamese
 * ticks and period labels, pixel ↔ value conversion for linear y scales, label dodging, gap bands,
 * right-margin direct labels and the standard period panel.
 */
import * as Plot from "@observablehq/plot";
import { formatCount, formatPercent, formatPeriod, formatPeriodShort } from "../lib/format";
import { parsePeriod, periodDomain, type Granularity } from "../lib/period";
import { FONT_SIZE, hatchFill, textWidth, wrapText, type Panel } from "./render";

export const MARGIN = { top: 16, right: 104, bottom: 32, left: 60 } as const;

/** MARGIN as Plot options. */
export const PLOT_MARGINS = {
  marginTop: MARGIN.top,
  marginRight: MARGIN.right,
  marginBottom: MARGIN.bottom,
  marginLeft: MARGIN.left,
} as const;

/** A number, or a gap. Missing values are never zero. */
export type Maybe = number | null | undefined;

export function isValue(v: Maybe): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/**
 * The tick values for `domain` so that labels do not overlap at `plotWidth`: every k-th period
 * (k a calendar-friendly step), counted back from the last one so that the latest period is
 * always labelled.
 */
export function thinTicks(domain: readonly string[], plotWidth: number): string[] {
  if (domain.length === 0) return [];
  const label = Math.max(...domain.flatMap((d) => tickLabel(d).split("\n").map((line) => textWidth(line)))) + 8;
  const needed = Math.max(1, Math.ceil(label / (plotWidth / domain.length)));
  // Calendar-friendly steps: every 1, 2, 3, 4, 6 or 12 months; 1, 2 or 4 quarters.
  const granularity = parsePeriod(domain[0] as string)?.kind;
  const steps = granularity === "month" ? [1, 2, 3, 4, 6, 12] : granularity === "quarter" ? [1, 2, 4] : [];
  const calendar = steps.find((s) => s >= needed);
  const step = calendar ?? (granularity === "year" ? needed : Math.ceil(needed / (steps.at(-1) ?? 1)) * (steps.at(-1) ?? 1));
  return domain.filter((_, i) => (domain.length - 1 - i) % step === 0);
}

/** A period in chart labels: "T6/2025", "2025", but quarters in full, "Quý II/2025" ("QII" reads badly). */
export function periodLabel(period: string): string {
  return parsePeriod(period)?.kind === "quarter" ? formatPeriod(period) : formatPeriodShort(period);
}

/**
 * Hover text of a data mark, rendered by Plot's `title` channel as a `<title>` child of the mark's
 * element (a native tooltip, no JavaScript): "T6/2025 · Trước hạn: 1.234 hồ sơ".
 */
export function markTitle(period: string, name: string, value: string): string {
  return `${periodLabel(period)} · ${name}: ${value}`;
}

/** Axis label of a period: "T6/2025", "Quý II⏎2025" (two lines, so that quarters fit), "2025". */
export function tickLabel(period: string): string {
  return periodLabel(period).replace(/^(Quý [IV]+)\//, "$1\n");
}

/** Tick format of a percent axis: "90%". */
export function percentTick(v: number): string {
  return formatPercent(v, 0);
}

/** The band x scale of a period chart `width` px wide (margins included). */
export function periodX(domain: readonly string[], width: number, margin: { left: number; right: number } = MARGIN): Plot.ScaleOptions {
  return {
    type: "band",
    domain: [...domain],
    padding: 0.2,
    ticks: thinTicks(domain, width - margin.left - margin.right),
    tickFormat: tickLabel,
    label: null,
  };
}

/**
 * The radius of a line's dots on a period x scale: a third of the room each period gets, between
 * 1.5 and 3 px. At phone width 36 monthly dots of 3 px would run into one thick line; smaller,
 * they stay apart.
 */
export function dotRadius(domain: readonly string[], width: number, margin: { left: number; right: number } = MARGIN): number {
  return Math.round(Math.min(3, Math.max(1.5, periodRoom(domain, width, margin) / 3)) * 10) / 10;
}

/** The horizontal room each period gets on a period x scale, in px. */
export function periodRoom(domain: readonly string[], width: number, margin: { left: number; right: number } = MARGIN): number {
  return (width - margin.left - margin.right) / Math.max(1, domain.length);
}

/** Plot's linear y mapping for a panel of `height` with the standard margins. */
export function linearY(domain: readonly [number, number], height: number, margin: { top: number; bottom: number } = MARGIN) {
  const [d0, d1] = domain;
  const r0 = height - margin.bottom;
  const r1 = margin.top;
  return {
    apply: (v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0),
    invert: (px: number) => d0 + ((px - r0) / (r1 - r0)) * (d1 - d0),
  };
}

/**
 * Moves label positions (px) apart so that neighbours are at least `gap` apart, keeping their
 * order and staying within [min, max] where possible. Returns positions in input order.
 */
export function dodge(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = order.map((o) => Math.min(Math.max(o.y, min), max));
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k] as number, (out[k - 1] as number) + gap);
  const last = out.length - 1;
  if (last >= 0 && (out[last] as number) > max) {
    out[last] = max;
    for (let k = last - 1; k >= 0; k--) out[k] = Math.min(out[k] as number, (out[k + 1] as number) - gap);
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k] as number));
  return result;
}

export interface MarginLabel {
  /** The data value the label points at. */
  value: number;
  text: string;
  /** Text colour (needs 4.5:1 on white), or, with `swatch`, the colour of a square before dark text. */
  color: string;
  /** Draw a colour square before the label and keep the text in currentColor (for colours under 4.5:1). */
  swatch?: boolean;
  bold?: boolean;
}

/**
 * Direct labels in the right margin of a panel, at the height of their values, dodged so they do
 * not overlap; one text mark per label (constant fill, so no colour scale is involved).
 */
export function marginLabels(labels: readonly MarginLabel[], domain: readonly [number, number], height: number): Plot.Markish[] {
  const y = linearY(domain, height);
  const texts = labels.map((l) => wrapText(l.text, MARGIN.right - (l.swatch === true ? 22 : 8)).join("\n"));
  const lines = texts.map((t) => t.split("\n").length);
  const gap = Math.max(...lines, 1) * FONT_SIZE + 2;
  const ys = dodge(
    labels.map((l) => y.apply(l.value)),
    gap,
    MARGIN.top / 2,
    height - MARGIN.bottom / 2,
  );
  return labels.flatMap((l, i) => {
    const at = () => y.invert(ys[i] as number);
    const swatch = l.swatch === true;
    const text = Plot.text([l], {
      y: at,
      text: () => texts[i],
      frameAnchor: "right",
      textAnchor: "start",
      lineAnchor: "middle",
      dx: swatch ? 18 : 6,
      fill: swatch ? "currentColor" : l.color,
      fontWeight: l.bold === true ? "bold" : "normal",
    });
    if (!swatch) return [text];
    const square = Plot.dot([l], {
      y: at,
      frameAnchor: "right",
      dx: 11,
      dy: -(((lines[i] ?? 1) - 1) * FONT_SIZE) / 2,
      symbol: "square",
      r: 4.5,
      fill: l.color,
    });
    return [square, text];
  });
}

/**
 * The direct labels of the latest value of each line: "<name> <value>", followed by its period,
 * " (T3/2025)", when that is not the last period of `domain`. A line without values gets none.
 */
export function latestLabels(
  domain: readonly string[],
  lines: readonly (Omit<MarginLabel, "value" | "text"> & {
    name: string;
    values: readonly { period: string; value: number }[];
    format: (v: number) => string;
  })[],
): MarginLabel[] {
  const lastPeriod = domain[domain.length - 1];
  return lines.flatMap(({ name, values, format, ...style }) => {
    const last = values[values.length - 1];
    if (last === undefined) return [];
    const when = last.period === lastPeriod ? "" : ` (${periodLabel(last.period)})`;
    return [{ value: last.value, text: `${name} ${format(last.value)}${when}`, ...style }];
  });
}

/** Heading, height and axes of a period panel: `x` from periodX, `domain` and `tickFormat` of the y axis. */
export interface PanelFrame {
  title: string;
  height: number;
  x: Plot.ScaleOptions;
  domain: readonly [number, number];
  tickFormat: (v: number) => string;
}

/**
 * A panel of a period chart on the standard margins and y axis: hatched bands over `gaps` under
 * everything, then `marks`, then the direct `labels` in the right margin.
 */
export function periodPanel(
  id: string,
  panel: PanelFrame & {
    /** y ticks; default 4. */
    ticks?: number;
    gaps: readonly string[];
    marks: readonly Plot.Markish[];
    labels?: readonly MarginLabel[];
    color?: Plot.ScaleOptions;
  },
): Panel {
  return {
    title: panel.title,
    height: panel.height,
    plot: {
      ...PLOT_MARGINS,
      x: panel.x,
      y: { domain: [...panel.domain], grid: true, ticks: panel.ticks ?? 4, tickFormat: panel.tickFormat, label: null },
      ...(panel.color === undefined ? {} : { color: panel.color }),
      marks: [gapBands(id, panel.gaps, panel.domain), ...panel.marks, ...marginLabels(panel.labels ?? [], panel.domain, panel.height)],
    },
  };
}

/**
 * Hatched full-height bands over the periods without data: "no data" never looks like zero.
 * Draw them first, under the data.
 */
export function gapBands(id: string, periods: readonly string[], domain: readonly [number, number]): Plot.Markish {
  return Plot.barY(periods, { x: (d: string) => d, y1: domain[0], y2: domain[1], fill: hatchFill(id), inset: 0 });
}

/** "Nice" upper bound for a count axis starting at 0. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * magnitude >= max) return m * magnitude;
  return 10 * magnitude;
}

/** Lower bound of a percent axis: 0–100 unless everything is high, then zoom (at most to 70 %). */
export function percentFloor(values: readonly number[], floor = 70): number {
  if (values.length === 0) return floor;
  const min = Math.min(...values);
  return Math.max(0, Math.min(floor, Math.floor(min / 10) * 10));
}

/**
 * Rows keyed by period → the continuous period domain and one row per period (an absent period
 * becomes `{period}`, i.e. a gap). Duplicate periods and a granularity other than the expected
 * one are errors.
 */
export function periodSeries<T extends { period: string }>(
  rows: readonly T[],
  expected?: Granularity,
): { domain: string[]; granularity: Granularity; series: T[]; byPeriod: Map<string, T> } {
  const { domain, granularity } = periodDomain(rows.map((r) => r.period));
  if (expected !== undefined && granularity !== expected) {
    throw new RangeError(`periods are ${granularity}s, options say ${expected}`);
  }
  const byPeriod = new Map<string, T>();
  for (const row of rows) {
    if (byPeriod.has(row.period)) throw new RangeError(`duplicate period ${row.period}`);
    byPeriod.set(row.period, row);
  }
  // Every field but `period` of the chart rows is optional, so `{ period }` is a row of gaps.
  return { domain, granularity, series: domain.map((period) => byPeriod.get(period) ?? ({ period } as T)), byPeriod };
}

/** A y accessor for lines: the value, or NaN so that Plot's line breaks at the gap. */
export function gapped<T>(pick: (row: T) => Maybe): (row: T) => number {
  return (row) => {
    const v = pick(row);
    return isValue(v) ? v : NaN;
  };
}

/** A line with a marker on every defined point (isolated points stay visible between gaps). */
export function lineWithDots<T extends { period: string }>(
  series: readonly T[],
  pick: (row: T) => Maybe,
  style: {
    color: string;
    symbol?: "circle" | "square";
    dashed?: boolean;
    width?: number;
    dots?: boolean;
    /** Radius of the dots (default 3; see dotRadius). */
    r?: number;
    /** Hover text of each dot (a `<title>`), given its row and value; the line itself gets none. */
    title?: (row: T, value: number) => string;
  },
): Plot.Markish[] {
  const marks: Plot.Markish[] = [
    Plot.lineY(series, {
      x: "period",
      y: gapped(pick),
      stroke: style.color,
      strokeWidth: style.width ?? 2,
      ...(style.dashed === true ? { strokeDasharray: "5 4" } : {}),
    }),
  ];
  if (style.dots !== false) {
    const points = series.filter((r) => isValue(pick(r)));
    const title = style.title;
    marks.push(
      Plot.dot(points, {
        x: "period",
        y: gapped(pick),
        fill: style.color,
        r: style.r ?? 3,
        symbol: style.symbol ?? "circle",
        ...(title === undefined ? {} : { title: (r: T) => title(r, pick(r) as number) }),
      }),
    );
  }
  return marks;
}

/**
 * A count axis up to `max`: ticks as counts, or in thousands once they reach seven digits, which
 * would not fit the left margin ("1.200.000" → "1.200", the panel title saying "(nghìn)").
 */
export function countAxis(max: number): { tickFormat: (v: number) => string; unit: string } {
  return max >= 1_000_000 ? { tickFormat: (v) => formatCount(v / 1000), unit: " (nghìn)" } : { tickFormat: formatCount, unit: "" };
}
