/**
 * The committed sample exports (data/exports/) are exactly what `npm run generate:sample` produces, and they
 * keep every rule the validator checks, the calibration to the published figures, and the agreed month span.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CALIBRATION, generateSampleExports, largestRemainder, monthsBetween } from "../../src/sample/generate";
import { parseUnitsCsv, sampleExportFiles, SAMPLE_FILES } from "../../src/sample/files";

const DATA = path.resolve(import.meta.dirname, "../../data");
const EXPORTS = path.join(DATA, "exports");
const unitsCsv = readFileSync(path.join(DATA, "units.csv"), "utf8");
const units = parseUnitsCsv(unitsCsv);

type Row = Record<string, string>;
const readRows = (file: string): Row[] => {
  const parsed = Papa.parse<Row>(readFileSync(path.join(EXPORTS, file), "utf8"), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};
const committed = {
  processing: readRows(SAMPLE_FILES.processing),
  onlineServices: readRows(SAMPLE_FILES.onlineServices),
  digitization: readRows(SAMPLE_FILES.digitization),
  satisfaction: readRows(SAMPLE_FILES.satisfaction),
};
const n = (r: Row, k: string) => Number(r[k]);
const sum = (rows: Row[], k: string) => rows.reduce((a, r) => a + n(r, k), 0);

const unitsOf = (level: string, parents: string[], validity: (u: (typeof units)[number]) => boolean) =>
  units.filter((u) => u.level === level && parents.includes(u.parent_code) && validity(u)).map((u) => u.code);
const districts = unitsOf("district", ["64", "52", "56", "58"], (u) => u.valid_to === "2025-06-30");
const communes = unitsOf("commune", ["52", "56"], (u) => u.valid_from === "2025-07-01");
const oldGiaLaiDistricts = new Set(unitsOf("district", ["64"], (u) => u.valid_to === "2025-06-30"));
const newGiaLaiCommunes = new Set(unitsOf("commune", ["52"], (u) => u.valid_from === "2025-07-01"));
const DISTRICT_MONTHS = monthsBetween("2019-01", "2025-06");
const COMMUNE_MONTHS = monthsBetween("2025-07", "2026-10");

const HANDLED = ["resolved_early", "resolved_on_time", "resolved_late", "pending_within_term", "pending_overdue"];
const RECEIVED = ["received_carried_over", "received_online", "received_direct_postal"];
const balance = (r: Row) => RECEIVED.reduce((a, k) => a + n(r, k), 0) - HANDLED.reduce((a, k) => a + n(r, k), 0);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("committed sample exports", () => {
  it("equal a fresh generation byte for byte (LF, UTF-8 without BOM, header present)", () => {
    const files = sampleExportFiles(units);
    expect(Object.keys(files).sort()).toEqual([...Object.values(SAMPLE_FILES), "README.md"].sort());
    for (const [file, text] of Object.entries(files)) {
      const bytes = readFileSync(path.join(EXPORTS, file));
      expect(bytes.equals(Buffer.from(text, "utf8")), `${file} differs: run npm run generate:sample`).toBe(true);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      expect(text.includes("\r")).toBe(false);
    }
    expect(files["processing.csv"]?.split("\n")[0]).toBe(
      "unit_code,period,received_carried_over,received_online,received_direct_postal,resolved_early,resolved_on_time,resolved_late,pending_within_term,pending_overdue,sample,known_inconsistency",
    );
    expect(files["online-services.csv"]?.split("\n")[0]).toBe(
      "unit_code,period,procedures_total,procedures_full_online,procedures_partial_online,fee_dossiers,fee_dossiers_paid_online,sample",
    );
    expect(files["digitization.csv"]?.split("\n")[0]).toBe(
      "unit_code,period,dossiers_received,dossiers_digitized,results_issued,results_digitized,dossiers_reusing_data,dossiers_e_routed,sample",
    );
    expect(files["satisfaction.csv"]?.split("\n")[0]).toBe(
      "unit_code,period,responses,very_satisfied,satisfied,neutral,dissatisfied,avg_wait_minutes,avg_service_minutes,sample",
    );
  });

  it("are generated without Math.random or the clock, and depend on the seed only", () => {
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random used");
    });
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("Date.now used");
    });
    const a = generateSampleExports(units, { seed: 7 });
    const b = generateSampleExports(units, { seed: 7 });
    expect(b).toEqual(a);
    const c = generateSampleExports(units, { seed: 8 });
    expect(c.processing).not.toEqual(a.processing);
    // Another seed still meets the calibration.
    const jan = c.processing.filter((r) => r.period === "2025-01" && oldGiaLaiDistricts.has(r.unit_code));
    expect(jan.reduce((x, r) => x + r.resolved_early, 0)).toBe(CALIBRATION.jan2025.resolved_early);
  });

  it("sum to the published figures: old Gia Lai, January 2025", () => {
    const rows = committed.processing.filter((r) => r["period"] === "2025-01" && oldGiaLaiDistricts.has(r["unit_code"] ?? ""));
    expect(rows).toHaveLength(17);
    expect(sum(rows, "resolved_early")).toBe(13_794);
    expect(sum(rows, "resolved_on_time")).toBe(134);
    expect(sum(rows, "resolved_late")).toBe(651);
    expect(sum(rows, "resolved_early") + sum(rows, "resolved_on_time") + sum(rows, "resolved_late")).toBe(14_579);
  });

  it("sum to the published figures: new Gia Lai, October 2025 (report of 21/9–20/10/2025)", () => {
    const rows = committed.processing.filter((r) => r["period"] === "2025-10" && newGiaLaiCommunes.has(r["unit_code"] ?? ""));
    expect(rows).toHaveLength(135);
    expect(sum(rows, "received_online")).toBe(107_152);
    expect(sum(rows, "received_online") + sum(rows, "received_direct_postal")).toBe(115_865);
  });

  it("keep the form-06 identity on every row but exactly one, which is flagged with its real gap", () => {
    const flagged = committed.processing.filter((r) => r["known_inconsistency"] !== "");
    expect(flagged).toHaveLength(1);
    const [row] = flagged;
    const gap = balance(row ?? {});
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(50);
    expect(row?.["known_inconsistency"]).toMatch(new RegExp(`^Tổng tiếp nhận lệch ${gap} hồ sơ so với tổng đã và đang giải quyết`));
    for (const r of committed.processing) if (r !== row) expect(balance(r), `${r["unit_code"]} ${r["period"]}`).toBe(0);
  });

  it("carry over each month's pending dossiers into the next month", () => {
    const byKey = new Map(committed.processing.map((r) => [`${r["unit_code"]}|${r["period"]}`, r]));
    let checked = 0;
    for (const r of committed.processing) {
      const [y, m] = (r["period"] ?? "").split("-").map(Number) as [number, number];
      const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
      const before = byKey.get(`${r["unit_code"]}|${prev}`);
      if (before === undefined) continue;
      expect(n(r, "received_carried_over"), `${r["unit_code"]} ${r["period"]}`).toBe(n(before, "pending_within_term") + n(before, "pending_overdue"));
      checked++;
    }
    expect(checked).toBeGreaterThan(6000);
  });

  it("hold only non-negative whole counts, minutes with one decimal, and sample = true", () => {
    for (const [name, rows] of Object.entries(committed)) {
      for (const r of rows) {
        expect(r["sample"], name).toBe("true");
        for (const [k, v] of Object.entries(r)) {
          if (k === "unit_code" || k === "period" || k === "sample" || k === "known_inconsistency") continue;
          if (k.startsWith("avg_")) expect(v, `${name} ${k}`).toMatch(/^\d+\.\d$/);
          else expect(v, `${name} ${k}`).toMatch(/^(0|[1-9]\d*)$/);
        }
      }
    }
  });

  it("never have a part larger than its whole; ratings add up to responses", () => {
    for (const r of committed.onlineServices) {
      expect(n(r, "procedures_full_online") + n(r, "procedures_partial_online")).toBeLessThanOrEqual(n(r, "procedures_total"));
      expect(n(r, "fee_dossiers_paid_online")).toBeLessThanOrEqual(n(r, "fee_dossiers"));
    }
    for (const r of committed.digitization) {
      for (const k of ["dossiers_digitized", "dossiers_reusing_data", "dossiers_e_routed"]) expect(n(r, k)).toBeLessThanOrEqual(n(r, "dossiers_received"));
      expect(n(r, "results_digitized")).toBeLessThanOrEqual(n(r, "results_issued"));
    }
    for (const r of committed.satisfaction)
      expect(n(r, "very_satisfied") + n(r, "satisfied") + n(r, "neutral") + n(r, "dissatisfied")).toBe(n(r, "responses"));
  });

  it("span 2019-01..2025-06 per former district and 2025-07..2026-10 per new commune, with a few gaps", () => {
    const expected = new Set([
      ...districts.flatMap((u) => DISTRICT_MONTHS.map((m) => `${u}|${m}`)),
      ...communes.flatMap((u) => COMMUNE_MONTHS.map((m) => `${u}|${m}`)),
    ]);
    expect(districts).toHaveLength(44);
    expect(communes).toHaveLength(200);
    expect(expected.size).toBe(44 * 78 + 200 * 16);
    const missingIn = new Map<string, string[]>();
    for (const [name, rows] of Object.entries(committed)) {
      const keys = rows.map((r) => `${r["unit_code"]}|${r["period"]}`);
      expect(new Set(keys).size, `${name}: duplicate unit-months`).toBe(keys.length);
      for (const k of keys) expect(expected.has(k), `${name}: unexpected ${k}`).toBe(true);
      const have = new Set(keys);
      for (const k of expected) if (!have.has(k)) missingIn.set(k, [...(missingIn.get(k) ?? []), name]);
      // Every month of the span is present for each level.
      const periods = (codes: string[]) => new Set(rows.filter((r) => codes.includes(r["unit_code"] ?? "")).map((r) => r["period"]));
      expect([...periods(districts)].sort()).toEqual(DISTRICT_MONTHS);
      expect([...periods(communes)].sort()).toEqual(COMMUNE_MONTHS);
    }
    // About eight unit-months are dropped, each from a single dataset, never in a calibration month.
    expect(missingIn.size).toBeGreaterThanOrEqual(6);
    expect(missingIn.size).toBeLessThanOrEqual(10);
    for (const [k, names] of missingIn) {
      expect(names, k).toHaveLength(1);
      expect(k.endsWith("|2025-01") || k.endsWith("|2025-10"), k).toBe(false);
    }
  });
});

describe("largestRemainder", () => {
  it("gives integers with the exact total, proportional to the weights", () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(651, [0.2, 0.3, 0.5])).toEqual([130, 195, 326]);
    expect(largestRemainder(5, [0, 0])).toEqual([3, 2]);
    expect(largestRemainder(0, [1, 2])).toEqual([0, 0]);
  });
});
