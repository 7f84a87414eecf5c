/** Workbooks built in code, so each fixture says in one place what it holds. */
import * as XLSX from "@e965/xlsx";

export type Row = (string | number | null | { f: string; v: number } | { date: string })[];

export interface SheetSpec {
  name: string;
  rows: Row[];
  merges?: string[];
  hidden?: boolean;
}

function toCell(value: Row[number]): XLSX.CellObject | undefined {
  if (value === null) return undefined;
  if (typeof value === "number") return { t: "n", v: value };
  if (typeof value === "string") return { t: "s", v: value };
  if ("f" in value) return { t: "n", v: value.v, f: value.f };
  const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
  const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return { t: "n", v: serial, z: "dd/mm/yyyy" };
}

export function workbookBytes(sheets: SheetSpec[], bookType: "xlsx" | "xls" = "xlsx"): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet: XLSX.WorkSheet = {};
    let maxC = 0;
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = toCell(value);
        if (cell) {
          sheet[XLSX.utils.encode_cell({ r, c })] = cell;
          maxC = Math.max(maxC, c);
        }
      }),
    );
    sheet["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, spec.rows.length - 1), c: maxC } });
    if (spec.merges) sheet["!merges"] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(book, sheet, spec.name);
  }
  book.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  const out = XLSX.write(book, { type: "array", bookType, compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}
