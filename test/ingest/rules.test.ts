/** Cross-record rules as pure functions of typed rows: what each yields, and that nothing is mutated. */
import { describe, expect, it } from "vitest";
import type { ProcessingRecord, TaskRecord, UnitRecord } from "../../src/ingest/contract";
import type { Located } from "../../src/ingest/read-file";
import { allRules, checkRecords, exportRules, referenceRules, type Finding } from "../../src/ingest/rules";
import type { RecordsOf } from "../../src/ingest/load";
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
    expect(lines(exportRules(rows, units, []))).toEqual([
      "exports/processing/b.csv:2:2 error same unit and period as exports/processing.csv:3",
    ]);
  });

  it("names the month two periods of a unit share, and the row that has it first", () => {
    const rows = [at(balanced("64", "2025-05"), 2), at(balanced("64", "2025-Q2"), 3), at(balanced("64", "2025"), 4)];
    expect(lines(exportRules(rows, units, []))).toEqual([
      "exports/processing.csv:3:2 error period 2025-Q2 overlaps period 2025-05 on line 2 (month 2025-05)",
      "exports/processing.csv:4:2 error period 2025 overlaps period 2025-Q2 on line 3 (month 2025-04)",
    ]);
  });

  it("runs each row rule only on rows that are not repeats", () => {
    const rows = [at(balanced("64", "2025-06"), 2), at(balanced("64", "2025-06"), 3)];
    const seen: number[] = [];
    const rule = (rec: Located<ProcessingRecord>): Finding[] => (seen.push(rec.ref.line), []);
    expect(lines(exportRules(rows, units, [rule]))).toEqual(["exports/processing.csv:3:2 error same unit and period as line 2"]);
    expect(seen).toEqual([2]);
  });
});

describe("composing the rules", () => {
  it("rejects the rows of error findings and keeps the rows of warnings (a flagged form-06 mismatch)", () => {
    const records = emptyRecords();
    records.units = UNITS.map((u, i) => at(u, i + 2, "units.csv"));
    const off = at({ ...balanced("64", "2025-06"), pending_overdue: 1 }, 2);
    const flagged = at({ ...balanced("64", "2025-07"), pending_overdue: 1, known_inconsistency: "nguồn lệch" }, 3);
    records["exports/processing"] = [off, flagged];
    const rejected = new Set<Located<unknown>["ref"]>();
    const issues = checkRecords(records, rejected);
    expect(issues.map((i) => [i.line, i.severity])).toEqual([[2, "error"], [3, "warning"]]);
    expect([...rejected]).toEqual([off.ref]);
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
    expect(checkRecords(records, new Set(), undefined, new Set(["units"])).map((i) => i.cause)).toEqual(["units"]);
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
