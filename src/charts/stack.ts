/** Stacked bars per period with hatched gaps and direct labels for the latest bar. */
import * as Plot from "@observablehq/plot";
import type { LegendItem, Panel } from "./render";
import { isValue, periodPanel, type MarginLabel, type Maybe, type PanelFrame } from "./scales";

export interface StackPart<T> {
  key: string;
  label: string;
  color: string;
  pick: (row: T) => Maybe;
  /** Hover text of each segment of this part (a `<title>` on its rect), given its row and value. */
  title?: ((row: T, value: number) => string) | undefined;
}

export interface StackedBars {
  panel: Panel;
  /** Sum of the defined parts per period (periods without any part are absent). */
  totals: Map<string, number>;
  /** Periods without any part: hatched, no bar. */
  gaps: string[];
  /** A swatch per part, for the chart's legend. */
  legend: LegendItem[];
}

/**
 * One panel of stacked bars, parts bottom to top in the order given. Only defined values become
 * bar segments, so a missing period has no bar (never a zero bar) and a hatched band instead.
 */
export function stackedBars<T extends { period: string }>(
  id: string,
  series: readonly T[],
  parts: readonly StackPart<T>[],
  options: PanelFrame & {
    /** Extra marks drawn above the bars, given the totals (e.g. flags). */
    marks?: (totals: ReadonlyMap<string, number>) => readonly Plot.Markish[];
  },
): StackedBars {
  const segments = series.flatMap((row) =>
    parts.flatMap((part) => {
      const value = part.pick(row);
      return isValue(value) ? [{ period: row.period, key: part.key, value, title: part.title?.(row, value) }] : [];
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
  const { marks, ...frame } = options;
  const panel = periodPanel(id, {
    ...frame,
    gaps,
    color: { domain: parts.map((p) => p.key), range: parts.map((p) => p.color) },
    marks: [
      Plot.barY(segments, {
        x: "period",
        y: "value",
        fill: "key",
        stroke: "white",
        strokeWidth: 0.75,
        ...(parts.some((p) => p.title !== undefined) ? { title: "title" } : {}),
      }),
      Plot.ruleY([frame.domain[0]]),
      ...(marks?.(totals) ?? []),
    ],
    labels,
  });
  const legend = parts.map((p): LegendItem => ({ symbol: "swatch", label: p.label, color: p.color }));
  return { panel, totals, gaps, legend };
}
