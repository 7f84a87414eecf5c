/**
 * The unit list, crosswalk, licence and boundaries that scripts/import-reference.ts wrote into data/.
 * Reads data/ only (the reference folder is not part of the repository).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

const DATA = path.resolve(import.meta.dirname, "../../data");

function readCsv(file: string): { header: string; rows: Record<string, string>[] } {
  const text = readFileSync(path.join(DATA, file), "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: text.slice(0, text.indexOf("\n")), rows: parsed.data };
}

const units = readCsv("units.csv");
const changes = readCsv("unit-changes.csv");
const FORMER_TO = "2025-06-30";
const NEW_FROM = "2025-07-01";

const former = units.rows.filter((u) => u["valid_to"] === FORMER_TO);
const current = units.rows.filter((u) => u["valid_from"] === NEW_FROM);
const formerCommunesOf = (district: string) =>
  former.filter((u) => u["level"] === "commune" && u["parent_code"] === district).map((u) => u["code"]);
const newCommuneName = new Map(current.filter((u) => u["level"] === "commune").map((u) => [u["code"], u["name"]]));

/** Names of the new communes that former communes of this district went to. */
function successorsOfDistrict(district: string): string[] {
  const olds = new Set(formerCommunesOf(district));
  const names = changes.rows.filter((c) => olds.has(c["old_code"])).map((c) => newCommuneName.get(c["new_code"]) ?? "?");
  return [...new Set(names)].sort();
}

describe("data/units.csv", () => {
  it("has the agreed header and codes with their leading zeros", () => {
    expect(units.header).toBe("code,name,type,level,parent_code,valid_from,valid_to,remote");
    const digits = { province: 2, district: 3, commune: 5 } as Record<string, number>;
    for (const u of units.rows) expect(u["code"]).toMatch(new RegExp(`^\\d{${digits[u["level"] ?? ""] ?? 0}}$`));
    // Codes are reused across the reform: the same code, two units with disjoint validity.
    expect(units.rows.filter((u) => u["code"] === "22333").map((u) => `${u["type"]} ${u["name"]} ${u["valid_from"]}→${u["valid_to"]}`)).toEqual([
      "Phường Vĩnh Phước →2025-06-30",
      "Phường Bắc Nha Trang 2025-07-01→",
    ]);
  });

  it("has the four former provinces with their districts, valid until 2025-06-30", () => {
    const provinces = former.filter((u) => u["level"] === "province");
    expect(provinces.map((p) => `${p["code"]} ${p["name"]}`).sort()).toEqual(["52 Bình Định", "56 Khánh Hòa", "58 Ninh Thuận", "64 Gia Lai"]);
    const districts = (p: string) => former.filter((u) => u["level"] === "district" && u["parent_code"] === p);
    expect(districts("64")).toHaveLength(17);
    expect(districts("52")).toHaveLength(11);
    expect(districts("56")).toHaveLength(9);
    expect(districts("58")).toHaveLength(7);
    expect(districts("64").find((d) => d["code"] === "637")).toMatchObject({ name: "Krông Pa", type: "Huyện" });
    expect(districts("56").find((d) => d["code"] === "575")).toMatchObject({ name: "Khánh Sơn", type: "Huyện" });
    expect(districts("64").find((d) => d["code"] === "622")).toMatchObject({ name: "Pleiku", type: "Thành phố" });
    for (const u of former) expect(u["valid_from"]).toBe("");
    // Every former commune belongs to one of these districts.
    const districtCodes = new Set(former.filter((u) => u["level"] === "district").map((u) => u["code"]));
    const communes = former.filter((u) => u["level"] === "commune");
    expect(communes.length).toBeGreaterThan(500);
    for (const c of communes) expect(districtCodes.has(c["parent_code"])).toBe(true);
    expect(formerCommunesOf("637")).toHaveLength(14);
  });

  it("has the new Gia Lai (52, 135 communes) and Khánh Hòa (56, 65 units) from 2025-07-01", () => {
    expect(current.filter((u) => u["level"] === "province").map((p) => `${p["code"]} ${p["name"]}`)).toEqual(["52 Gia Lai", "56 Khánh Hòa"]);
    expect(current.some((u) => u["level"] === "district")).toBe(false);
    const types = (p: string) => {
      const counts: Record<string, number> = {};
      for (const u of current.filter((c) => c["level"] === "commune" && c["parent_code"] === p))
        counts[u["type"] ?? ""] = (counts[u["type"] ?? ""] ?? 0) + 1;
      return counts;
    };
    expect(types("52")).toEqual({ Xã: 110, Phường: 25 });
    expect(types("56")).toEqual({ Xã: 48, Phường: 16, "Đặc khu": 1 });
    for (const u of current) expect(u["valid_to"]).toBe("");
  });

  it("is sorted by valid_from (empty first), level, code; remote is left empty", () => {
    const rank = { province: 0, district: 1, commune: 2 } as Record<string, number>;
    const key = (u: Record<string, string>) => [u["valid_from"] ?? "", rank[u["level"] ?? ""] ?? 9, u["code"] ?? ""] as const;
    for (let i = 1; i < units.rows.length; i++) {
      const [a, b] = [key(units.rows[i - 1] ?? {}), key(units.rows[i] ?? {})];
      expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(true);
    }
    for (const u of units.rows) expect(u["remote"]).toBe("");
  });
});

describe("data/unit-changes.csv", () => {
  it("links every new commune of 52 and 56 to former units, effective 2025-07-01", () => {
    expect(changes.header).toBe("new_code,old_code,effective,method,partial");
    const formerCodes = new Set(former.filter((u) => u["level"] !== "province").map((u) => u["code"]));
    for (const c of changes.rows) {
      expect(newCommuneName.has(c["new_code"])).toBe(true);
      expect(formerCodes.has(c["old_code"])).toBe(true);
      expect(c["effective"]).toBe("2025-07-01");
      expect(["source", "source-partial", "code-reuse", "source-district"]).toContain(c["method"]);
      expect(c["partial"]).toBe(c["method"] === "source-partial" ? "true" : "false");
    }
    expect(new Set(changes.rows.map((c) => c["new_code"])).size).toBe(200);
  });

  it("follows former Krông Pa (637) to xã Phú Túc, Ia Dreh, Uar, Ia Rsai", () => {
    expect(successorsOfDistrict("637")).toEqual(["Ia Dreh", "Ia Rsai", "Phú Túc", "Uar"]);
  });

  it("follows former Khánh Sơn (575) to xã Khánh Sơn, Tây Khánh Sơn, Đông Khánh Sơn", () => {
    expect(successorsOfDistrict("575")).toEqual(["Khánh Sơn", "Tây Khánh Sơn", "Đông Khánh Sơn"].sort());
  });
});

describe("data/LICENSE-units.txt and data/geo/", () => {
  it("keeps the upstream MIT notice verbatim after an attribution", () => {
    const text = readFileSync(path.join(DATA, "LICENSE-units.txt"), "utf8");
    expect(text).toContain("https://github.com/thanglequoc/vietnamese-provinces-database");
    expect(text).toMatch(/v2\.4\.1[\s\S]*v3\.0\.2/);
    const licence = text.slice(text.indexOf("MIT License"));
    expect(licence.startsWith("MIT License\n\nCopyright (c) 2021 Thang Le Quoc\n\nPermission is hereby granted, free of charge")).toBe(true);
    expect(licence).toContain("The above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.");
    expect(licence.trimEnd().endsWith("OTHER DEALINGS IN THE\nSOFTWARE.")).toBe(true);
  });

  it("has the commune boundaries of both new provinces, keyed by commune code", () => {
    const count = (f: string) => {
      const file = path.join(DATA, "geo", f);
      expect(existsSync(file)).toBe(true);
      const topo = JSON.parse(readFileSync(file, "utf8")) as { objects: { communes: { geometries: { id: string }[] } } };
      const ids = topo.objects.communes.geometries.map((g) => g.id);
      for (const id of ids) expect(newCommuneName.has(id)).toBe(true);
      return ids.length;
    };
    expect(count("communes-52.topo.json")).toBe(135);
    expect(count("communes-56.topo.json") + count("communes-56-truong-sa.topo.json")).toBe(65);
  });
});
