/**
 * The validation without a file system: a list of files in, the report out — what the browser page
 * runs. The same files on disk must give the same report, paths apart.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverEntries, type DataEntry } from "../../src/ingest/data-files";
import { loadFiles } from "../../src/ingest/load-files";
import { reportJson, validateDataDir } from "../../src/ingest/validate";
import { validateFiles } from "../../src/ingest/validate-files";
import { placeFiles } from "../../src/validator/picked-files";
import { filesOf, FIXTURES, PROCESSING_HEADER, SMALL_UNITS } from "./helpers";

const text = (s: string) => new TextEncoder().encode(s);
const file = (p: string, content: string): DataEntry => ({ path: p, kind: "file", bytes: text(content) });

describe("discoverEntries", () => {
  it("sorts files into datasets by name and folder, files of a folder before its subfolders', whatever order they come in", () => {
    const found = discoverEntries([
      file("exports/processing/2025/q3.json", "[]"),
      file("exports/processing/2024.csv", ""),
      file("exports/processing/README.txt", ""),
      file("geo/communes.json", "{}"),
      file("bang-tam.csv", ""),
      file("units.csv", ""),
      file("exports/processing/z.csv", ""),
    ]);
    expect(found.found.filter((f) => f.files.length > 0).map((f) => [f.dataset.name, f.files])).toEqual([
      ["units", ["units.csv"]],
      ["exports/processing", ["exports/processing/2024.csv", "exports/processing/z.csv", "exports/processing/2025/q3.json"]],
    ]);
    expect(found.unknown).toEqual(["bang-tam.csv"]);
    expect(found.issues).toEqual([]);
  });

  it("reports a folder named like a data file, an unreadable entry and an unlistable folder, each named by locate", () => {
    const found = discoverEntries(
      [
        { path: "published.json", kind: "folder" },
        { path: "units.csv", kind: "unreadable", reason: { vi: "hỏng", en: "broken" } },
        { path: "tai-lieu", kind: "folder", unlistable: { vi: "không có quyền", en: "no permission" } },
      ],
      (p) => `du-lieu/${p}`,
    );
    expect(found.issues.map((i) => `${i.file}: ${i.en}`)).toEqual([
      "du-lieu/units.csv: broken",
      'du-lieu/published.json: "published.json" is a directory, not a data file',
      "du-lieu/tai-lieu: no permission",
    ]);
  });
});

describe("loadFiles", () => {
  it("reads bytes only when it reaches a file, and turns an unreadable one into an error with an empty account", () => {
    const asked: string[] = [];
    const loaded = loadFiles([
      { path: "units.csv", kind: "file", bytes: () => (asked.push("units.csv"), text(SMALL_UNITS)) },
      { path: "exports/processing.csv", kind: "file", bytes: () => (asked.push("processing"), { unreadable: { vi: "mất quyền đọc", en: "permission lost" } }) },
      { path: "ghi-chu.csv", kind: "file", bytes: () => (asked.push("ghi-chu"), text("a\n")) },
    ]);
    expect(asked).toEqual(["units.csv", "processing"]);
    expect(loaded.accounts.map((a) => [a.file, a.read, a.accepted, a.rejected])).toEqual([
      ["units.csv", 4, 4, 0],
      ["exports/processing.csv", 0, 0, 0],
    ]);
    expect(loaded.issues.map((i) => `${i.severity} ${i.file}: ${i.en}`)).toEqual([
      "warning ghi-chu.csv: file belongs to no dataset of the data contract, not read",
      "error exports/processing.csv: permission lost",
    ]);
  });

  it("tells its progress file by file, workbooks outside the datasets included", () => {
    const seen: string[] = [];
    loadFiles([file("units.csv", SMALL_UNITS), file("exports/processing.csv", `${PROCESSING_HEADER}\n`)], {
      progress: (f, index, total) => seen.push(`${index + 1}/${total} ${f}`),
    });
    expect(seen).toEqual(["1/2 units.csv", "2/2 exports/processing.csv"]);
  });
});

describe("validateFiles gives the report validateDataDir gives for the same files on disk", () => {
  const dirs = [...readdirSync(path.join(FIXTURES, "defects")).map((d) => `defects/${d}`), "valid", "form06", "form06-flat", "period-spellings"];
  it.each(dirs)("%s", (name) => {
    const dir = path.join(FIXTURES, name);
    const onDisk = validateDataDir(dir);
    const inMemory = validateFiles(filesOf(dir), { dir, locate: (p) => path.join(dir, p) });
    expect(reportJson(inMemory)).toBe(reportJson(onDisk));
    expect(inMemory.records).toEqual(onDisk.records);
  });
});

describe("placeFiles", () => {
  const pick = (...paths: string[]) => placeFiles(paths.map((p) => ({ path: p, file: p })));

  it("makes a picked or dropped folder the data directory", () => {
    expect(pick("du-lieu/units.csv", "du-lieu/exports/processing.csv")).toEqual({
      dir: "du-lieu",
      files: [
        { path: "units.csv", file: "du-lieu/units.csv" },
        { path: "exports/processing.csv", file: "du-lieu/exports/processing.csv" },
      ],
    });
  });

  it("keeps a dataset's own folder (exports/, a processing/ folder's parent) where the contract has it", () => {
    expect(pick("exports/processing.csv", "exports/digitization.csv").files.map((f) => f.path)).toEqual(["exports/processing.csv", "exports/digitization.csv"]);
    expect(pick("exports/processing.csv", "units.csv").dir).toBe("");
  });

  it("puts loose exports named after their dataset into exports/, other loose files at the top", () => {
    expect(pick("processing.CSV", "units.csv", "bao-cao-thang-5.xlsx").files.map((f) => f.path)).toEqual([
      "exports/processing.CSV",
      "units.csv",
      "bao-cao-thang-5.xlsx",
    ]);
  });
});
