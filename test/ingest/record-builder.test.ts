/** Records built as copies of a template per pattern of fields: the same records as adding fields one by one, in less memory. */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecordBuilder } from "../../src/ingest/record-builder";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** The record the plain way: each given field added to {} in the list's order. */
function plainRecord(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  names.forEach((name, i) => {
    if (values[i] !== undefined) record[name] = values[i];
  });
  return record;
}

describe("RecordBuilder", () => {
  it("builds what adding the given fields one by one builds: same keys in the same order, nothing for a field not given", () => {
    const value = fc.option(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })), { nil: undefined });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^\d+$/.test(s) && s !== "__proto__"), { minLength: 1, maxLength: 34 }),
        fc.array(fc.array(value, { maxLength: 34 }), { maxLength: 80 }),
        fc.array(fc.boolean(), { maxLength: 80 }),
        (names, rows, kept) => {
          const builder = new RecordBuilder(names);
          rows.forEach((values, r) => {
            values.slice(0, names.length).forEach((v, i) => v !== undefined && builder.set(i, v));
            if (kept[r] === false) return builder.discard();
            const record = builder.build();
            const expected = plainRecord(names, values.slice(0, names.length));
            expect(Object.keys(record)).toEqual(Object.keys(expected));
            expect(record).toEqual(expected);
            expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives each record its own fields: changing one changes no other", () => {
    const builder = new RecordBuilder(["a", "b"]);
    builder.set(0, 1);
    const first = builder.build();
    builder.set(0, 2);
    builder.set(1, "x");
    const second = builder.build();
    first["a"] = 9;
    builder.set(0, 3);
    expect([first, second, builder.build()]).toEqual([{ a: 9 }, { a: 2, b: "x" }, { a: 3 }]);
  });

  it("keeps a processing row in less memory than fields added one by one to {}", () => {
    const names = ["unit_code", "period", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "sample"];
    const values = (i: number) => ["10000", "2025-06", i, 2, 3, 4, 5, 6, 7, 8, true];
    const perRecord = (make: (i: number) => object) => {
      const n = 50_000;
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = Array.from({ length: n }, (_, i) => make(i));
      gc();
      const bytes = (process.memoryUsage().heapUsed - before) / n;
      expect(kept).toHaveLength(n);
      return bytes;
    };
    const builder = new RecordBuilder(names);
    const built = perRecord((i) => {
      values(i).forEach((v, k) => builder.set(k, v));
      return builder.build();
    });
    const plain = perRecord((i) => plainRecord(names, values(i)));
    expect(plain - built).toBeGreaterThan(16);
  });
});
