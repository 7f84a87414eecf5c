import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { UnitRecord } from "../../src/ingest/contract";
import { parseUnitName, resolveUnitName } from "../../src/ingest/unit-names";
import { reportingWindow } from "../../src/ingest/period-spellings";

const units = Papa.parse<Record<string, string>>(readFileSync("data/units.csv", "utf8"), { header: true, skipEmptyLines: true }).data.map(
  (r) =>
    ({
      code: r["code"]!,
      name: r["name"]!,
      type: r["type"] as UnitRecord["type"],
      level: r["level"] as UnitRecord["level"],
      ...(r["parent_code"] ? { parent_code: r["parent_code"] } : {}),
      ...(r["valid_from"] ? { valid_from: r["valid_from"] } : {}),
      ...(r["valid_to"] ? { valid_to: r["valid_to"] } : {}),
    }) as UnitRecord,
);
const code = (name: string, period: string, scope?: string) => {
  const r = resolveUnitName(name, reportingWindow(period), units, scope);
  return r.ok ? r.unit.code : r;
};

describe("parseUnitName", () => {
  it.each([
    ["UBND xã Ia Rsai", { type: "Xã", name: "ia rsai" }],
    ["Huyện Krông Pa", { type: "Huyện", name: "krong pa" }],
    ["UBND THỊ XÃ AYUN PA", { type: "Thị xã", name: "ayun pa" }],
    ["TP. Quy Nhơn", { type: "Thành phố", name: "quy nhon" }],
    ["Bộ phận Một cửa huyện Kbang", { type: "Huyện", name: "kbang" }],
    ["Krông Pa", { name: "krong pa" }],
  ])("reads %j", (text, expected) => {
    expect(parseUnitName(text)).toEqual(expected);
  });
});

describe("resolveUnitName", () => {
  it("finds the unit valid in the period, whatever the case and diacritics", () => {
    expect(code("Huyện Krông Pa", "2025-05")).toBe("637");
    expect(code("huyen krong pa", "2025-05")).toBe("637");
    expect(code("UBND huyện KBang", "2024-12")).toBe(code("Huyện Kbang", "2024-12"));
  });

  it("uses the type word and the period to tell units of one name apart", () => {
    expect(code("Huyện Vĩnh Thạnh", "2025-05")).toBe("546");
    expect(code("Thị trấn Vĩnh Thạnh", "2025-05")).toBe("21786");
    expect(code("Xã Vĩnh Thạnh", "2025-05")).toBe("22393");
    expect(code("Xã Vĩnh Thạnh", "2025-10")).toBe("21786");
  });

  it("refuses an ambiguous name, listing every candidate", () => {
    const r = resolveUnitName("Vĩnh Thạnh", reportingWindow("2025-05"), units);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.candidates.map((u) => u.code).sort()).toEqual(["21786", "22393", "546"]);
    expect(r.vi).toContain("Huyện Vĩnh Thạnh (546, tỉnh Bình Định)");
    expect(r.en).toContain("names several units");
  });

  it("breaks a tie with the unit the sheet is about, and still refuses when the tie stays", () => {
    expect(code("Vĩnh Thạnh", "2025-05", "568")).toBe("22393");
    expect(resolveUnitName("Vĩnh Thạnh", reportingWindow("2025-05"), units, "546").ok).toBe(false);
  });

  it("refuses an unknown name, and says when the name exists outside the period", () => {
    const unknown = resolveUnitName("Xã Không Có", reportingWindow("2025-05"), units);
    expect(unknown.ok === false && unknown.candidates).toEqual([]);
    const gone = resolveUnitName("Huyện Krông Pa", reportingWindow("2025-10"), units);
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.vi).toContain("Huyện Krông Pa (637, tỉnh Gia Lai)");
  });
});
