/** Cross-record rules as pure functions of typed rows: what each yields, and that nothing is mutated. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProcessingRecord, TaskRecord, UnitRecord } from "../../src/ingest/contract";
import type { Located } from "../../src/ingest/read-file";
import { allRules, checkRecords, exportRules, referenceRules, rejectedRowsOf, type Finding, type Row } from "../../src/ingest/rules";
import type { RecordsOf } from "../../src/ingest/load";
import { periodMonths, periodRange } from "../../src/lib/period";
import { UnitIndex } from "../../src/model/unit-index";

const at = <T>(record: T, line: number, file = "exports/processing.csv"): Located<T> => ({
  record,
  ref: { file, line, columns: { unit_code: 1, period: 2, received_carried_over: 3, plan_id: 2, lead_agencies: 3 } },
});

const UNITS: UnitRecord[] = [
  { code: "64", name: "Gia Lai", type: "Tỉnh", level: "province" },
  { code: "064", name: "Xã Không", type: "Xã", level: "commune", parent_code: "64" },
];
const units = new UnitIndex(UNITS);

const balanced = (unit_code: string, period: string): ProcessingRecord => ({
  unit_code, period,
  received_carried_over: 1, received_online: 2, received_direct_postal: 3,
  resolved_early: 1, resolved_on_time: 2, resolved_late: 0, pending_within_term: 3, pending_overdue: 0,
});

const lines = (findings: Iterable<Finding>) => [...findings].map((f) => `${f.ref.file}:${f.issue.line}:${f.issue.column} ${f.issue.severity} ${f.issue.en}`);

function emptyRecords(): RecordsOf {
  return {
    units: [], "unit-changes": [], "exports/processing": [], "exports/online-services": [], "exports/digitization": [],
    "exports/satisfaction": [], plans: [], tasks: [], targets: [], agencies: [], published: [],
  };
}

describe("export rules", () => {
  it("keeps codes with and without a leading zero apart, and finds a repeat of unit and period in another file", () => {
    const rows = [
      at(balanced("64", "2025-06"), 2),
      at(balanced("064", "2025-06"), 3),
      at(balanced("064", "2025-06"), 2, "exports/processing/b.csv"),
    ];
    expect(lines(exportRules("exports/processing", rows, units, []))).toEqual([
      "exports/processing/b.csv:2:2 error same unit and period as exports/processing.csv:3",
    ]);
  });

  it("names the month two periods of a unit share, and the row that has it first", () => {
    const rows = [at(balanced("64", "2025-05"), 2), at(balanced("64", "2025-Q2"), 3), at(balanced("64", "2025"), 4)];
    expect(lines(exportRules("exports/processing", rows, units, []))).toEqual([
      "exports/processing.csv:3:2 error period 2025-Q2 overlaps period 2025-05 on line 2 (month 2025-05)",
      "exports/processing.csv:4:2 error period 2025 overlaps period 2025-Q2 on line 3 (month 2025-04)",
    ]);
  });

  it("runs each row rule only on rows that are not repeats", () => {
    const rows = [at(balanced("64", "2025-06"), 2), at(balanced("64", "2025-06"), 3)];
    const seen: number[] = [];
    const rule = (row: Row<ProcessingRecord>): Finding[] => (seen.push(row.rec.ref.line), []);
    expect(lines(exportRules("exports/processing", rows, units, [rule]))).toEqual(["exports/processing.csv:3:2 error same unit and period as line 2"]);
    expect(seen).toEqual([2]);
  });
});

/** Repeats and overlaps found the plain way, with a string key per row and a map of months per unit. */
function plainExportFindings(rows: readonly Located<ProcessingRecord>[], index: UnitIndex<UnitRecord>): string[] {
  const out: string[] = [];
  const seen = new Map<string, Located<ProcessingRecord>>();
  const monthsByUnit = new Map<string, Map<string, Located<ProcessingRecord>>>();
  for (const rec of rows) {
    const { unit_code: code, period } = rec.record;
    const inForce = index.resolve(code, periodRange(period)) !== undefined;
    if (!inForce) out.push(`${rec.ref.file}:${rec.ref.line} unit`);
    const first = seen.get(`${code}|${period}`);
    if (first) {
      out.push(`${rec.ref.file}:${rec.ref.line} repeats ${first.ref.file}:${first.ref.line}`);
      continue;
    }
    seen.set(`${code}|${period}`, rec);
    if (!inForce) continue;
    const covered = monthsByUnit.get(code) ?? new Map<string, Located<ProcessingRecord>>();
    monthsByUnit.set(code, covered);
    for (const m of periodMonths(period)) {
      const other = covered.get(m);
      if (other) {
        out.push(`${rec.ref.file}:${rec.ref.line} overlaps ${other.ref.file}:${other.ref.line} in ${m}`);
        break;
      }
      covered.set(m, rec);
    }
  }
  return out;
}

describe("repeats and overlaps under compact keys", () => {
  it("are found exactly as with a string key per row and a map of months per unit", () => {
    const reform: UnitRecord[] = [
      ...UNITS,
      { code: "10", name: "Cũ", type: "Xã", level: "commune", parent_code: "64", valid_to: "2025-06-30" },
      { code: "11", name: "Mới", type: "Xã", level: "commune", parent_code: "64", valid_from: "2025-07-01" },
    ];
    const index = new UnitIndex(reform);
    const row = fc.record({
      code: fc.constantFrom("64", "064", "10", "11", "99"),
      period: fc.constantFrom("2023-Q4", "2024-12", "2025-04", "2025-05", "2025-06", "2025-07", "2025-Q2", "2025-Q3", "2025", "2026-01"),
      file: fc.constantFrom("a.csv", "b.csv"),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (cells) => {
        const rows = cells.map((c, i) => at(balanced(c.code, c.period), i + 2, c.file));
        const compact = [...exportRules("exports/processing", rows, index, [])].map((f) => {
          const { en, line } = f.issue;
          const repeat = /^same unit and period as (?:line (\d+)|(.+):(\d+))$/.exec(en);
          if (repeat) return `${f.ref.file}:${line} repeats ${repeat[2] ?? f.ref.file}:${repeat[1] ?? repeat[3]}`;
          const overlap = /^period \S+ overlaps period \S+ on line (\d+) \(month (\S+)\)$/.exec(en);
          if (overlap) {
            const other = rows.find((r) => r.ref.line === Number(overlap[1]));
            return `${f.ref.file}:${line} overlaps ${other?.ref.file}:${overlap[1]} in ${overlap[2]}`;
          }
          return `${f.ref.file}:${line} unit`;
        });
        expect(compact).toEqual(plainExportFindings(rows, index));
      }),
      { numRuns: 300 },
    );
  });
});

describe("composing the rules", () => {
  it("rejects the rows of error findings and keeps the rows of warnings (a flagged form-06 mismatch)", () => {
    const records = emptyRecords();
    records.units = UNITS.map((u, i) => at(u, i + 2, "units.csv"));
    const off = at({ ...balanced("64", "2025-06"), pending_overdue: 1 }, 2);
    const flagged = at({ ...balanced("64", "2025-07"), pending_overdue: 1, known_inconsistency: "nguồn lệch" }, 3);
    records["exports/processing"] = [off, flagged];
    const rejected = rejectedRowsOf(records);
    const issues = checkRecords(records, rejected);
    expect(issues.map((i) => [i.line, i.severity])).toEqual([[2, "error"], [3, "warning"]]);
    expect(rejected.size).toBe(1);
    expect([rejected.has("exports/processing", 0), rejected.has("exports/processing", 1)]).toEqual([true, false]);
  });

  it("is a pure function of the records: running it twice yields the same findings and changes no row", () => {
    const records = emptyRecords();
    records.units = UNITS.map((u, i) => at(u, i + 2, "units.csv"));
    records["exports/processing"] = [at(balanced("99", "2025-06"), 2), at(balanced("64", "2025-06"), 3), at(balanced("64", "2025-06"), 4)];
    const before = structuredClone(records);
    const first = lines(allRules(records));
    expect(first).toEqual([
      "exports/processing.csv:2:1 error unit code not in the units list",
      "exports/processing.csv:4:2 error same unit and period as line 3",
    ]);
    expect(lines(allRules(records))).toEqual(first);
    expect(records).toEqual(before);
  });

  it("marks unit lookups as follow-on errors when the units list has errors of its own", () => {
    const records = emptyRecords();
    records["exports/processing"] = [at(balanced("99", "2025-06"), 2)];
    expect(checkRecords(records, undefined, undefined, new Set(["units"])).map((i) => i.cause)).toEqual(["units"]);
    expect(checkRecords(records).map((i) => i.cause)).toEqual([undefined]);
  });
});

describe("reference rules", () => {
  it("finds a task's plan and each of its agencies by id", () => {
    const records = emptyRecords();
    const task: TaskRecord = { id: "t1", plan_id: "kh-9", item: "1", content: "…", lead_agencies: ["so-noi-vu", "x"] };
    records.tasks = [at(task, 2, "tasks.csv")];
    records.agencies = [at({ id: "so-noi-vu", name: "Sở Nội vụ", kind: "Sở", level: "province", unit_code: "64" }, 2, "agencies.csv")];
    expect(lines(referenceRules(records, units))).toEqual([
      "tasks.csv:2:2 error no plan with this id",
      'tasks.csv:2:3 error no agency "x"',
    ]);
  });
});
