/**
 * Unit codes are reused across the 2025 reform (52 was Bình Định, then the new Gia Lai), so a
 * unit is its code together with its validity. This index finds the unit a record means.
 */
import type { UnitRecord } from "../ingest/contract";
import type { DateRange } from "../lib/period";

const EARLIEST = "0000-01-01";
const LATEST = "9999-12-31";

export function validityOf(unit: Pick<UnitRecord, "valid_from" | "valid_to">): DateRange {
  return { start: unit.valid_from ?? EARLIEST, end: unit.valid_to ?? LATEST };
}

/** Stable key of one unit: its code, and the day it ended for units that no longer exist. */
export function unitKey(unit: Pick<UnitRecord, "code" | "valid_to">): string {
  return unit.valid_to === undefined ? unit.code : `${unit.code}@${unit.valid_to}`;
}

export class UnitIndex<U extends Pick<UnitRecord, "code" | "valid_from" | "valid_to">> {
  readonly #byCode = new Map<string, U[]>();

  constructor(readonly units: readonly U[]) {
    for (const u of units) {
      const list = this.#byCode.get(u.code) ?? [];
      list.push(u);
      this.#byCode.set(u.code, list);
    }
  }

  hasCode(code: string): boolean {
    return this.#byCode.has(code);
  }

  versions(code: string): readonly U[] {
    return this.#byCode.get(code) ?? [];
  }

  /** The unit with this code valid over the whole range, if any. */
  resolve(code: string, range: DateRange): U | undefined {
    return this.versions(code).find((u) => {
      const v = validityOf(u);
      return v.start <= range.start && range.end <= v.end;
    });
  }

  /** The unit with this code valid on one day. */
  at(code: string, day: string): U | undefined {
    return this.resolve(code, { start: day, end: day });
  }
}
