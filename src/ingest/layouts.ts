/**
 * Tables laid out for people (workbook sheets, form-06 reports with title rows and grouped headers) →
 * the flat CSV the contract reader takes, plus a map back from each flat line and column to the cell it
 * came from, so every problem is reported where the official will look for it.
 */
import Papa from "papaparse";
import type { UnitRecord } from "./contract";
import { detectForm06, readForm06, type Grid, type GridCell, type LayoutProblem } from "./form06";
import { reportingWindow } from "./period-spellings";
import { resolveUnitName } from "./unit-names";
import type { SheetGrid } from "./workbook";

export interface FlatTable {
  /** Flat CSV text: a header of field names, one line per data row. */
  csv: string;
  /** The source cell of flat (line, column); column 0 means the row as a whole. */
  origin: (line: number, column: number) => GridCell | undefined;
  problems: LayoutProblem[];
  /** "form-06" when the grouped layout was recognised, "flat" otherwise. */
  layout: "form-06" | "flat";
}

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Rows of a CSV text as a grid, each cell with the line it starts on. */
export function csvGrid(text: string): Grid {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const grid: Grid = [];
  let line = 1;
  for (const row of parsed.data) {
    grid.push(row.map((cell, c) => ({ text: cell, line, column: c + 1 })));
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
  }
  return grid;
}

/** A workbook sheet as a grid: merged copies are blank, except in the header where groups span columns. */
export function sheetGrid(sheet: SheetGrid): Grid {
  return sheet.rows.map((row, r) =>
    row.flatMap((cell, c) =>
      cell === undefined ? [] : [{ text: typeof cell.value === "boolean" ? String(cell.value) : String(cell.value), line: r + 1, column: c + 1, cell: cell.address, ...(cell.mergedFrom ? { merged: true as const } : {}) }],
    ),
  );
}

/** Units the names of a sheet are resolved against; undefined when the units list could not be read. */
export type UnitList = readonly Pick<UnitRecord, "code" | "name" | "type" | "level" | "parent_code" | "valid_from" | "valid_to">[];

/**
 * A grid → flat table. A form-06 layout is read by group and column names; any other grid is taken as a
 * flat table whose header is its first non-empty row.
 */
export function flatten(grid: Grid, units: UnitList | undefined): FlatTable {
  const layout = detectForm06(grid);
  return layout === undefined ? flattenPlain(grid) : flattenForm06(grid, units);
}

function flattenPlain(grid: Grid): FlatTable {
  const rows = grid.filter((row) => row.some((c) => c.text.trim() !== ""));
  // A reduce, not Math.max(...rows): spreading a sheet of 100 000 rows overflows the call stack.
  const width = rows.reduce((w, row) => row.reduce((m, c) => Math.max(m, c.column), w), 0);
  const lines: string[] = [];
  const origins: GridCell[][] = [];
  for (const row of rows) {
    const cells: string[] = Array.from({ length: width }, () => "");
    const at: GridCell[] = [];
    for (const cell of row) {
      cells[cell.column - 1] = cell.merged ? "" : cell.text;
      at[cell.column] = cell;
    }
    at[0] = row[0]!;
    lines.push(cells.map(quote).join(","));
    origins.push(at);
  }
  return {
    csv: lines.join("\n") + "\n",
    origin: (line, column) => origins[line - 1]?.[column] ?? origins[line - 1]?.[0],
    problems: [],
    layout: "flat",
  };
}

function flattenForm06(grid: Grid, units: UnitList | undefined): FlatTable {
  const layout = detectForm06(grid)!;
  const table = readForm06(grid, layout);
  const problems = [...table.problems];
  const byName = table.fields.includes("unit_name") && !table.fields.includes("unit_code");
  const fields = byName ? ["unit_code", ...table.fields.filter((f) => f !== "unit_name")] : table.fields;
  const headerCell = grid[layout.headerRows[0]!]![0]!;
  const lines = [fields.join(",")];
  const origins: GridCell[][] = [fields.map(() => headerCell)];
  const scope = units === undefined ? undefined : titleUnit(grid.slice(0, layout.headerRows[0]), units);
  for (const row of table.rows) {
    const values = { ...row.values };
    const cells = { ...row.cells };
    if (byName) {
      const name = values["unit_name"] ?? "";
      const nameCell = cells["unit_name"] ?? row.at;
      cells["unit_code"] = nameCell;
      values["unit_code"] = "";
      const period = values["period"];
      if (units !== undefined && name !== "" && period !== undefined) {
        let window;
        try {
          window = reportingWindow(period.toUpperCase());
        } catch {
          window = undefined; // the period itself is refused by the contract reader
        }
        if (window !== undefined) {
          const found = resolveUnitName(name, window, units, scope);
          if (found.ok) values["unit_code"] = found.unit.code;
          else problems.push({ severity: "error", at: nameCell, field: "unit_name", value: name, vi: found.vi, en: found.en });
        }
      }
    }
    lines.push(fields.map((f) => quote(values[f] ?? "")).join(","));
    const at: GridCell[] = [row.at];
    fields.forEach((f, i) => (at[i + 1] = cells[f] ?? row.at));
    origins.push(at);
  }
  return {
    csv: lines.join("\n") + "\n",
    origin: (line, column) => origins[line - 1]?.[column] ?? origins[line - 1]?.[0],
    problems,
    layout: "form-06",
  };
}

/** The unit a title row names ("UBND HUYỆN KRÔNG PA"), used to tell apart units of one name within it. */
function titleUnit(titleRows: Grid, units: UnitList): string | undefined {
  for (const row of titleRows)
    for (const cell of row) {
      if (!/^(ubnd|uy ban nhan dan)\s/i.test(cell.text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").trim())) continue;
      const found = resolveUnitName(cell.text, { start: "0000-01-01", end: "9999-12-31" }, units);
      if (found.ok) return found.unit.code;
    }
  return undefined;
}
