/** The built data API: files parse, validate against their schemas, and hold the numbers the pages show. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { provinceFileSchema, unitFileSchema } from "../../src/site/data-api";
import { formatCount, formatPeriod } from "../../src/lib/format";
import { htmlOf, samplePages } from "../helpers/site";

const outDir = inject("outDir");
const pages = samplePages(outDir);
const read = (url: string): unknown => JSON.parse(readFileSync(path.join(outDir, ...url.split("/").filter(Boolean)), "utf8"));

interface Index {
  units: { key: string; level: string; data: string }[];
  provinces: { key: string; data: string }[];
  schemas: { unit: string; province: string };
}

describe("the data API in the built site", () => {
  const index = read("/api/index.json") as Index;

  test("every listed file parses and validates; the schemas are JSON Schema documents", () => {
    expect(index.units.length).toBeGreaterThan(0);
    for (const u of index.units) expect(unitFileSchema.safeParse(read(u.data)).success, u.data).toBe(true);
    for (const p of index.provinces) expect(provinceFileSchema.safeParse(read(p.data)).success, p.data).toBe(true);
    expect((read(index.schemas.unit) as { $schema?: string }).$schema).toMatch(/json-schema/);
  });

  test("a district's file holds the counts its page's on-time table shows", () => {
    const files = index.units.filter((u) => u.level === "district").map((u) => unitFileSchema.parse(read(u.data)));
    const file = files.find((f) => f.unit.page === pages.district);
    expect(file, pages.district).toBeDefined();
    const row = file!.datasets.processing.find((r) => typeof r["resolved_early"] === "number")!;
    const { document } = parseHTML(htmlOf(outDir, pages.district));
    const table = [...document.querySelectorAll("#dung-han table")][0]!;
    const tr = [...table.querySelectorAll("tbody tr")].find((r) => r.children[0]?.textContent?.trim() === formatPeriod(String(row["period"])));
    expect(tr, String(row["period"])).toBeDefined();
    const cells = [...tr!.children].map((c) => c.textContent?.trim());
    expect(cells.slice(1, 4)).toEqual([row["resolved_early"], row["resolved_on_time"], row["resolved_late"]].map((n) => formatCount(n as number)));
  });
});
