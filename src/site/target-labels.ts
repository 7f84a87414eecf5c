/**
 * The words a target and a unit's status on it are shown with, the same on unit pages, the
 * tracker, target pages and plan pages: the requirement with its exact comparison, the
 * "derived milestone" label with its rule, and why a status is not measurable or whose it is.
 */
import type { TargetRecord } from "../ingest/contract";
import { t } from "../i18n";
import { formatPeriod, formatWithUnit } from "../lib/format";
import type { StatusResult } from "../metrics/status";
import { basisOf, COMPARISON_SYMBOL } from "../metrics/target-rules";

export function requirementText(target: TargetRecord): string {
  const due = formatPeriod(target.due).toLowerCase();
  if (target.value === undefined) return t("target.requirement.rule", { rule: target.rule ?? "", due });
  return t("target.requirement", { op: COMPARISON_SYMBOL[target.op], value: formatWithUnit(target.value, target.unit), due });
}

/** "mốc suy ra: …, theo mục N" for derived rows; "chỉ có quy tắc, không có số" for rule rows. */
export function basisLabel(target: TargetRecord): string | undefined {
  switch (basisOf(target)) {
    case "derived": return t("target.derived", { rule: target.rule ?? "", item: target.plan_item ?? "" });
    case "rule": return t("target.ruleOnly");
    case "stated": return undefined;
  }
}

const REASON = { no_metric: "status.reason.no_metric", ambiguous_rule: "status.reason.ambiguous_rule" } as const;

/** The status word, with its reason when not measurable, or the stated target that governs it. */
export function statusDetail(status: StatusResult): string | undefined {
  if (status.reason !== undefined) return t(REASON[status.reason]);
  if (status.governedBy !== undefined) return t("status.governedBy", { target: status.governedBy });
  return undefined;
}
