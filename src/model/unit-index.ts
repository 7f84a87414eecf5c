/**
 * Unit codes are reused across the 2025 reform (52 was Bình Định, then the new Gia Lai), so a
 * unit is its code together with its validity. This index finds the unit a record means.
 */
import { validityOf, type UnitIdentity } from "../lib/identity";
import type { DateRange } from "../lib/period";

export { unitKey, validityOf } from "../lib/identity";

export class UnitIndex<U extends UnitIdentity> {
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
