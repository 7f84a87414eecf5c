/**
 * Each file's bytes are decoded once: the loader looks at the text to tell a form-06 report from a flat
 * table and then reads that same text, so a big export is never held as two decoded copies.
 */
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { DataEntry } from "../../src/ingest/data-files";
import * as decode from "../../src/ingest/decode";
import { loadFiles } from "../../src/ingest/load-files";
import { filesOf, FIXTURES, PROCESSING_HEADER, SMALL_UNITS } from "./helpers";

vi.mock("../../src/ingest/decode", async (original) => {
  const actual = await original<typeof import("../../src/ingest/decode")>();
  return { ...actual, decodeBytes: vi.fn(actual.decodeBytes) };
});

const decodeBytes = vi.mocked(decode.decodeBytes);
const text = (s: string) => new TextEncoder().encode(s);

describe("decoding", () => {
  it("decodes each text file once, whether it is a flat table, JSON or a form-06 report in CSV", () => {
    decodeBytes.mockClear();
    const entries: DataEntry[] = [
      { path: "units.csv", kind: "file", bytes: text(SMALL_UNITS) },
      { path: "exports/processing/a.csv", kind: "file", bytes: text(`${PROCESSING_HEADER}\n637,2025-06,1,2,3,1,2,0,3,0,,\n`) },
      { path: "exports/processing/b.json", kind: "file", bytes: text("[]") },
      ...filesOf(path.join(FIXTURES, "form06")).filter((e) => e.path.endsWith(".csv") && e.path.startsWith("exports/")),
    ];
    const loaded = loadFiles(entries);
    expect(loaded.accounts.map((a) => [a.file, a.layout ?? "flat"])).toEqual([
      ["units.csv", "flat"],
      ["exports/processing/a.csv", "flat"],
      ["exports/processing/b.json", "flat"],
      ["exports/processing/bao-cao-thang-6-2024.csv", "form-06"],
    ]);
    expect(decodeBytes).toHaveBeenCalledTimes(entries.length);
  });

  it("does not decode a workbook's cells as bytes: the sheets' text is checked as it is", () => {
    decodeBytes.mockClear();
    const loaded = loadFiles(filesOf(path.join(FIXTURES, "form06")).filter((e) => e.path.endsWith(".xlsx") || e.path === "units.csv"));
    expect(loaded.accounts.some((a) => a.layout === "form-06")).toBe(true);
    // units.csv alone is text on disk.
    expect(decodeBytes).toHaveBeenCalledTimes(1);
  });
});
