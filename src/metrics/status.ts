/**
 * Target status from a unit's trajectory:
 * - đạt (met): the latest value up to the due month meets the target;
 * - đúng lộ trình (on track): not yet met, the due month is after the latest data, and the
 *   linear trend of the last 12 monthly values reaches the target by the due month;
 * - chậm (behind): otherwise;
 * - chưa có số liệu (no data): no value at all up to the due month.
 * The site adds "ended" for units abolished before the due month without meeting it (site/targets.ts).
 */
import { addMonths } from "../lib/period";
import type { Comparison } from "../ingest/contract";
import { meets } from "./target-rules";

/** "not_measurable": the site has no metric for the target, or the document's rule yields no number. */
export type TargetStatus = "met" | "on_track" | "behind" | "no_data" | "ended" | "not_measurable";

export type NotMeasurableReason = "no_metric" | "ambiguous_rule";

export interface StatusResult {
  status: TargetStatus;
  /** The value the status rests on and its month. */
  value?: number;
  month?: string;
  /** Trend projected to the due month, when used. */
  projected?: number;
  reason?: NotMeasurableReason;
  /** The stated target whose status this is, when it governs a derived milestone. */
  governedBy?: string;
}

export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number) as [number, number];
  const [yb, mb] = b.split("-").map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

export function targetStatus(
  points: readonly { month: string; value: number | undefined }[],
  target: { op: Comparison; value: number; due: string },
): StatusResult {
  const upToDue = points.filter((p): p is { month: string; value: number } => p.value !== undefined && p.month <= target.due);
  const latest = upToDue[upToDue.length - 1];
  if (latest === undefined) return { status: "no_data" };
  if (meets(latest.value, target.op, target.value)) return { status: "met", value: latest.value, month: latest.month };
  const horizon = monthsBetween(latest.month, target.due);
  if (horizon <= 0) return { status: "behind", value: latest.value, month: latest.month };
  const recent = upToDue.filter((p) => p.month > addMonths(latest.month, -12));
  const slope = linearSlope(recent.map((p) => ({ x: monthsBetween(latest.month, p.month), y: p.value })));
  if (slope === undefined) return { status: "behind", value: latest.value, month: latest.month };
  const projected = latest.value + slope * horizon;
  return {
    status: meets(projected, target.op, target.value) ? "on_track" : "behind",
    value: latest.value,
    month: latest.month,
    projected,
  };
}

/** Least-squares slope; undefined with fewer than 3 points. */
export function linearSlope(points: readonly { x: number; y: number }[]): number | undefined {
  if (points.length < 3) return undefined;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  if (sxx === 0) return undefined;
  return points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / sxx;
}
