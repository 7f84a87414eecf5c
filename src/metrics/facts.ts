/**
 * Facts: the counts of all four exports for one unit over one period, summed from monthly (or
 * coarser) rows. Flows add up; stocks (carried over, pending) take the first or last month.
 * A field is undefined when no row gave it, so missing never turns into zero.
 */
import type { DigitizationRecord, OnlineServicesRecord, ProcessingRecord, SatisfactionRecord } from "../ingest/contract";

export interface Facts {
  received_carried_over?: number;
  received_online?: number;
  received_direct_postal?: number;
  resolved_early?: number;
  resolved_on_time?: number;
  resolved_late?: number;
  pending_within_term?: number;
  pending_overdue?: number;
  procedures_total?: number;
  procedures_full_online?: number;
  procedures_partial_online?: number;
  fee_dossiers?: number;
  fee_dossiers_paid_online?: number;
  dossiers_received?: number;
  dossiers_digitized?: number;
  results_issued?: number;
  results_digitized?: number;
  dossiers_reusing_data?: number;
  dossiers_e_routed?: number;
  responses?: number;
  very_satisfied?: number;
  satisfied?: number;
  neutral?: number;
  dissatisfied?: number;
  wait_minutes_total?: number;
  wait_weight?: number;
  service_minutes_total?: number;
  service_weight?: number;
  /** Notes of known source inconsistencies in the rows summed. */
  inconsistencies: string[];
  /** True when any row summed is sample data. */
  sample: boolean;
}

export interface PeriodRows {
  processing?: ProcessingRecord;
  online?: OnlineServicesRecord;
  digitization?: DigitizationRecord;
  satisfaction?: SatisfactionRecord;
}

const FLOW_FIELDS = [
  "received_online", "received_direct_postal", "resolved_early", "resolved_on_time", "resolved_late",
  "fee_dossiers", "fee_dossiers_paid_online", "dossiers_received", "dossiers_digitized", "results_issued",
  "results_digitized", "dossiers_reusing_data", "dossiers_e_routed", "responses", "very_satisfied", "satisfied",
  "neutral", "dissatisfied", "wait_minutes_total", "wait_weight", "service_minutes_total", "service_weight",
] as const;
/** Counts of procedures offered are a state, not a flow: the latest month stands for the period. */
const LAST_FIELDS = ["pending_within_term", "pending_overdue", "procedures_total", "procedures_full_online", "procedures_partial_online"] as const;

export function factsOfRows(rows: PeriodRows): Facts {
  const f: Facts = { inconsistencies: [], sample: false };
  const p = rows.processing;
  if (p) {
    Object.assign(f, {
      received_carried_over: p.received_carried_over, received_online: p.received_online,
      received_direct_postal: p.received_direct_postal, resolved_early: p.resolved_early,
      resolved_on_time: p.resolved_on_time, resolved_late: p.resolved_late,
      pending_within_term: p.pending_within_term, pending_overdue: p.pending_overdue,
    });
    if (p.known_inconsistency !== undefined) f.inconsistencies.push(p.known_inconsistency);
  }
  const o = rows.online;
  if (o) copyCounts(f, o, ["procedures_total", "procedures_full_online", "procedures_partial_online", "fee_dossiers", "fee_dossiers_paid_online"]);
  const d = rows.digitization;
  if (d)
    copyCounts(f, d, ["dossiers_received", "dossiers_digitized", "results_issued", "results_digitized", "dossiers_reusing_data", "dossiers_e_routed"]);
  const s = rows.satisfaction;
  if (s) {
    Object.assign(f, { responses: s.responses, very_satisfied: s.very_satisfied, satisfied: s.satisfied, neutral: s.neutral, dissatisfied: s.dissatisfied });
    if (s.avg_wait_minutes !== undefined) {
      f.wait_minutes_total = s.avg_wait_minutes * s.responses;
      f.wait_weight = s.responses;
    }
    if (s.avg_service_minutes !== undefined) {
      f.service_minutes_total = s.avg_service_minutes * s.responses;
      f.service_weight = s.responses;
    }
  }
  f.sample = [p, o, d, s].some((r) => r?.sample === true);
  return f;
}

/** Copies the counts a row has; an optional count it lacks stays missing, never 0. */
function copyCounts<R extends object>(f: Facts, row: R, keys: readonly (keyof R & keyof Facts)[]): void {
  for (const k of keys) {
    const v = row[k];
    if (typeof v === "number") (f as unknown as Record<string, number>)[k] = v;
  }
}

/** Sums facts of consecutive periods (months of a quarter, or units of a province). */
export function sumFacts(parts: readonly Facts[], mode: "over-time" | "over-units"): Facts {
  const total: Facts = { inconsistencies: parts.flatMap((p) => p.inconsistencies), sample: parts.some((p) => p.sample) };
  const add = (k: keyof Facts, values: (number | undefined)[]) => {
    const present = values.filter((v): v is number => v !== undefined);
    // A sum over parts of which some are missing would understate the whole: leave it missing.
    if (present.length === values.length && present.length > 0) (total as unknown as Record<string, number>)[k] = present.reduce((a, b) => a + b, 0);
  };
  for (const k of FLOW_FIELDS) add(k, parts.map((p) => p[k]));
  if (mode === "over-units") {
    add("received_carried_over", parts.map((p) => p.received_carried_over));
    for (const k of LAST_FIELDS) add(k, parts.map((p) => p[k]));
  } else {
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first?.received_carried_over !== undefined) total.received_carried_over = first.received_carried_over;
    for (const k of LAST_FIELDS) if (last?.[k] !== undefined) total[k] = last[k];
  }
  return total;
}
