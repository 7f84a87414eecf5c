/**
 * Shared geometry for the period charts: margins, the period x scale with thinned Vietnamese
 * ticks, pixel ↔ value conversion for linear y scales, label dodging, gap bands and
 * right-margin direct labels.
 */
import * as Plot from "@observablehq/plot";
import { formatPeriodShort } from "./format";
import { FONT_SIZE, hatchFill, textWidth } from "./render";

export const MARGIN = { top: 16, right: 104, bottom: 26, left: 52 } as const;

/** A number, or a gap. Missing values are never zero. */
export type Maybe = number | null | undefined;

export function isValue(v: Maybe): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/**
 * The tick values for `domain` so that labels do not overlap at `plotWidth`: every k-th period,
 * counted back from the last one so that the latest period is always labelled.
 */
export function thinTicks(domain: readonly string[], plotWidth: number): string[] {
  if (domain.length === 0) return [];
  const label = Math.max(...domain.map((d) => textWidth(formatPeriodShort(d)))) + 8;
  const step = Math.max(1, Math.ceil(label / (plotWidth / domain.length)));
  return domain.filter((_, i) => (domain.length - 1 - i) % step === 0);
}

/** The band x scale of a period chart. */
export function periodX(domain: readonly string[], width: number): Plot.ScaleOptions {
  return {
    type: "band",
    domain: [...domain],
    padding: 0.2,
    ticks: thinTicks(domain, width - MARGIN.left - MARGIN.right),
    tickFormat: (d: string) => formatPeriodShort(d),
    label: null,
  };
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
  color: string;
  bold?: boolean;
}

/**
 * Direct labels in the right margin of a panel, at the height of their values, dodged so they do
 * not overlap; one text mark per label (constant fill, so no colour scale is involved).
 */
export function marginLabels(labels: readonly MarginLabel[], domain: readonly [number, number], height: number): Plot.Markish[] {
  const y = linearY(domain, height);
  const lines = labels.map((l) => l.text.split("\n").length);
  const gap = Math.max(...lines, 1) * (FONT_SIZE + 1);
  const ys = dodge(
    labels.map((l) => y.apply(l.value)),
    gap,
    MARGIN.top / 2,
    height - MARGIN.bottom / 2,
  );
  return labels.map((l, i) =>
    Plot.text([l], {
      y: () => y.invert(ys[i] as number),
      text: () => l.text,
      frameAnchor: "right",
      textAnchor: "start",
      lineAnchor: "middle",
      dx: 6,
      fill: l.color,
      fontWeight: l.bold === true ? "bold" : "normal",
    }),
  );
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

/** Wraps a direct label to two short lines when it is too wide for the right margin. */
export function marginText(text: string): string {
  if (textWidth(text) <= MARGIN.right - 10) return text;
  const words = text.split(" ");
  let best = text;
  let bestWidth = Infinity;
  for (let k = 1; k < words.length; k++) {
    const a = words.slice(0, k).join(" ");
    const b = words.slice(k).join(" ");
    const w = Math.max(textWidth(a), textWidth(b));
    if (w < bestWidth) {
      best = `${a}\n${b}`;
      bestWidth = w;
    }
  }
  return best;
}
