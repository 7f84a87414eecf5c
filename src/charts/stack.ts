/** Stacked bars per period with hatched gaps and direct labels for the latest bar. */
import * as Plot from "@observablehq/plot";
import type { Panel } from "./render";
import { gapBands, isValue, marginLabels, PLOT_MARGINS, type MarginLabel, type Maybe } from "./scales";

export interface StackPart<T> {
  key: string;
  label: string;
  color: string;
  pick: (row: T) => Maybe;
}

export interface StackedBars {
  panel: Panel;
  /** Sum of the defined parts per period (periods without any part are absent). */
  totals: Map<string, number>;
  /** Periods without any part: hatched, no bar. */
  gaps: string[];
}

/**
 * One panel of stacked bars, parts bottom to top in the order given. Only defined values become
 * bar segments, so a missing period has no bar (never a zero bar) and a hatched band instead.
 */
export function stackedBars<T extends { period: string }>(
  id: string,
  series: readonly T[],
  parts: readonly StackPart<T>[],
  options: {
    title: string;
    height: number;
    x: Plot.ScaleOptions;
    domain: readonly [number, number];
    tickFormat: (v: number) => string;
    /** Extra marks drawn above the bars, given the totals (e.g. flags). */
    marks?: (totals: ReadonlyMap<string, number>) => readonly Plot.Markish[];
  },
): StackedBars {
  const segments = series.flatMap((row) =>
    parts.flatMap((part) => {
      const value = part.pick(row);
      return isValue(value) ? [{ period: row.period, key: part.key, value }] : [];
    }),
  );
  const totals = new Map<string, number>();
  for (const s of segments) totals.set(s.period, (totals.get(s.period) ?? 0) + s.value);
  const gaps = series.map((r) => r.period).filter((p) => !totals.has(p));

  const last = [...series].reverse().find((r) => totals.has(r.period));
  const labels: MarginLabel[] = [];
  if (last !== undefined) {
    let base = 0;
    for (const part of parts) {
      const value = part.pick(last);
      if (!isValue(value)) continue;
      labels.push({ value: base + value / 2, text: part.label, color: part.color, swatch: true });
      base += value;
    }
  }
  const panel: Panel = {
    title: options.title,
    height: options.height,
    plot: {
      ...PLOT_MARGINS,
      x: options.x,
      y: { domain: [...options.domain], grid: true, ticks: 4, tickFormat: options.tickFormat, label: null },
      color: { domain: parts.map((p) => p.key), range: parts.map((p) => p.color) },
      marks: [
        gapBands(id, gaps, options.domain),
        Plot.barY(segments, { x: "period", y: "value", fill: "key", stroke: "white", strokeWidth: 0.75 }),
        Plot.ruleY([options.domain[0]]),
        ...(options.marks?.(totals) ?? []),
        ...marginLabels(labels, options.domain, options.height),
      ],
    },
  };
  return { panel, totals, gaps };
}
