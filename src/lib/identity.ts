/**
 * The words every layer shares: levels and types of units, the identity of a unit across the 2025
 * reform, and the ids of the metrics. A leaf module like period.ts: ingest, metrics, charts, site
 * and browser code import it, and it imports only period.ts.
 */
import type { DateRange } from "./period";

export const UNIT_TYPES = ["Tỉnh", "Thành phố", "Thị xã", "Huyện", "Quận", "Xã", "Phường", "Thị trấn", "Đặc khu"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const LEVELS = ["province", "district", "commune"] as const;
export type Level = (typeof LEVELS)[number];

export const METRICS = [
  "on_time_rate", "on_time_766", "on_time_portal", "online_dossier_share", "online_procedure_share", "full_online_procedure_share",
  "fee_paid_online_share", "digitized_dossier_share", "digitized_result_share", "data_reuse_share", "e_routed_share",
  "satisfaction_share", "avg_wait_minutes", "avg_service_minutes",
] as const;
export type MetricId = (typeof METRICS)[number];

/** The two definitions of the on-time rate a reader can choose between. */
export const ON_TIME_DEFINITIONS = ["on_time_rate", "on_time_766"] as const satisfies readonly MetricId[];
export type OnTimeDefinition = (typeof ON_TIME_DEFINITIONS)[number];

/**
 * What identifies a unit: codes are reused across the 2025 reform (52 was Bình Định, then the new
 * Gia Lai), so a unit is its code together with its validity.
 */
export interface UnitIdentity {
  code: string;
  valid_from?: string | undefined;
  valid_to?: string | undefined;
}

const EARLIEST = "0000-01-01";
const LATEST = "9999-12-31";

export function validityOf(unit: UnitIdentity): DateRange {
  return { start: unit.valid_from ?? EARLIEST, end: unit.valid_to ?? LATEST };
}

/** Stable key of one unit: its code, and the day it ended for units that no longer exist ("52@2025-06-30"). */
export function unitKey(unit: Pick<UnitIdentity, "code" | "valid_to">): string {
  return unit.valid_to === undefined ? unit.code : `${unit.code}@${unit.valid_to}`;
}
