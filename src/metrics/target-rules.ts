/**
 * How a target is read: its comparison (strict or not), where its value comes from, and which
 * target governs a unit's status when a derived milestone and a stated target meet.
 *
 * The rules, from the documents' own wording:
 * - "trên 80%" is strictly above: exactly 80 is not met (op ">"); "từ 80% trở lên", "tối thiểu 80%" is ≥.
 * - A stated value is the document's own number. A derived value follows from a rule the document
 *   writes, without ambiguity. A rule row has no value: its rule can be read in more than one way.
 * - A derived milestone never overrides or weakens a stated target: where a stated target of the same
 *   plan covers the same metric, level and year, the stated one alone governs the status.
 */
import type { Comparison, MetricId, TargetBasis } from "../ingest/contract";

export interface TargetLike {
  id: string;
  plan_id: string;
  metric?: MetricId | undefined;
  op: Comparison;
  value?: number | undefined;
  due: string;
  applies_to: "province" | "district" | "commune" | "all";
  basis?: TargetBasis | undefined;
}

/** Does a value satisfy a target comparison? ">" and "<" are strict. */
export function meets(value: number, op: Comparison, target: number): boolean {
  switch (op) {
    case ">=": return value >= target;
    case ">": return value > target;
    case "<=": return value <= target;
    case "<": return value < target;
  }
}

export const COMPARISON_SYMBOL: Record<Comparison, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };

export function basisOf(target: Pick<TargetLike, "basis">): TargetBasis {
  return target.basis ?? "stated";
}

const covers = (stated: TargetLike["applies_to"], level: TargetLike["applies_to"]) => stated === "all" || stated === level;
const year = (month: string) => month.slice(0, 4);

/**
 * The stated target that governs a derived one, if any: same plan and metric, a level that covers
 * the derived row's level, due in the same year. Of several, the strictest for the direction of the
 * comparison (the highest value for ≥/>, the lowest for ≤/<), then the earliest due.
 */
export function governingTarget<T extends TargetLike>(target: T, all: readonly T[]): T | undefined {
  if (basisOf(target) !== "derived" || target.metric === undefined) return undefined;
  const higher = target.op === ">=" || target.op === ">";
  const candidates = all.filter(
    (s) =>
      s !== target && basisOf(s) === "stated" && s.value !== undefined && s.plan_id === target.plan_id && s.metric === target.metric &&
      covers(s.applies_to, target.applies_to) && year(s.due) === year(target.due),
  );
  return candidates.sort((a, b) => {
    const va = a.value as number;
    const vb = b.value as number;
    return (higher ? vb - va : va - vb) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  })[0];
}
