/** Rows rejected by the cross-record rules: one bit per row of each dataset, counted per file by its rows' range. */
import { describe, expect, it } from "vitest";
import { RejectedRows } from "../../src/ingest/rejected-rows";
import { validateFiles } from "../../src/ingest/validate-files";
import { PROCESSING_HEADER, SMALL_UNITS } from "./helpers";

const sizes: Record<string, number> = { a: 20, b: 3 };

describe("RejectedRows", () => {
  it("marks rows by dataset and position, each once, and counts them in a range", () => {
    const rejected = new RejectedRows((d) => sizes[d] ?? 0);
    for (const i of [0, 7, 8, 19, 8]) rejected.add("a", i);
    rejected.add("b", 2);
    expect(rejected.size).toBe(5);
    expect([0, 1, 7, 8, 9, 19].map((i) => rejected.has("a", i))).toEqual([true, false, true, true, false, true]);
    expect([rejected.has("b", 0), rejected.has("b", 2), rejected.has("c", 0)]).toEqual([false, true, false]);
    expect([rejected.count("a", 0, 20), rejected.count("a", 1, 8), rejected.count("a", 8, 19), rejected.count("c", 0, 5)]).toEqual([4, 1, 1, 0]);
  });

  it("keeps the rows not rejected, in order, and hands back a dataset with none rejected as it is", () => {
    const rejected = new RejectedRows((d) => sizes[d] ?? 0);
    const rows = Array.from({ length: 20 }, (_, i) => i);
    rejected.add("a", 3);
    rejected.add("a", 16);
    expect(rejected.keep("a", rows)).toEqual(rows.filter((i) => i !== 3 && i !== 16));
    const other = [1, 2, 3];
    expect(rejected.keep("b", other)).toBe(other);
  });

  it("refuses a position outside the dataset's rows", () => {
    const rejected = new RejectedRows((d) => sizes[d] ?? 0);
    expect(() => rejected.add("b", 8)).toThrow(RangeError);
    expect(() => rejected.add("b", -1)).toThrow(RangeError);
  });
});

describe("rejected rows in the accounting", () => {
  it("counts each file's rejected rows in its own account, with rows of several files in one dataset", () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const row = (unit: string, period: string, overdue = 0) => `${unit},${period},1,2,3,1,2,0,3,${overdue},,`;
    const report = validateFiles([
      { path: "units.csv", kind: "file", bytes: text(SMALL_UNITS) },
      { path: "exports/processing/a.csv", kind: "file", bytes: text(`${PROCESSING_HEADER}\n${row("637", "2025-01")}\n${row("637", "2025-02", 1)}\n${row("637", "2025-03")}\n`) },
      { path: "exports/processing/b.csv", kind: "file", bytes: text(`${PROCESSING_HEADER}\n${row("637", "2025-03")}\n${row("637", "2025-04")}\n`) },
    ]);
    expect(report.accounts.map((a) => [a.file, a.read, a.accepted, a.rejected])).toEqual([
      ["units.csv", 4, 4, 0],
      ["exports/processing/a.csv", 3, 2, 1],
      ["exports/processing/b.csv", 2, 1, 1],
    ]);
    expect(report.records["exports/processing"].map((r) => `${r.ref.file}:${r.ref.line}`)).toEqual([
      "exports/processing/a.csv:2",
      "exports/processing/a.csv:4",
      "exports/processing/b.csv:3",
    ]);
  });
});
