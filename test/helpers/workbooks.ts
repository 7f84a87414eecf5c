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

/** How many districts the large workbook spreads its rows over, and the months each reports. */
const LARGE_FIRST_CODE = 1000;
const LARGE_MONTHS = 186; // 2010-01 … 2025-06, while the old districts existed

/** units.csv for largeProcessingWorkbook: province 64 and `districts` districts 1000, 1001, … until 2025-06-30. */
export function largeUnitsCsv(districts: number): string {
  const lines = ["code,name,type,level,parent_code,valid_from,valid_to", "64,Gia Lai,Tỉnh,province,,,2025-06-30"];
  for (let i = 0; i < districts; i++) lines.push(`${LARGE_FIRST_CODE + i},Thử nghiệm ${i + 1},Huyện,district,64,,2025-06-30`);
  return `${lines.join("\n")}\n`;
}

/**
 * A flat processing workbook of at least `minBytes` (stored uncompressed, as some exporters write
 * them): valid rows, one per district and month, each adding up. Returns the bytes, the row count and
 * the districts the units list must hold.
 */
export function largeProcessingWorkbook(minBytes: number): { bytes: Uint8Array; rows: number; districts: number } {
  const build = (rows: number) => {
    const aoa: (string | number)[][] = [
      ["unit_code", "period", "received_carried_over", "received_online", "received_direct_postal", "resolved_early", "resolved_on_time", "resolved_late", "pending_within_term", "pending_overdue"],
    ];
    for (let r = 0; r < rows; r++) {
      const code = LARGE_FIRST_CODE + Math.floor(r / LARGE_MONTHS);
      const m = r % LARGE_MONTHS;
      const period = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
      const early = 100 + (r % 97);
      aoa.push([String(code), period, 20, 300 + (r % 13), 200, early, 250, 10 + (r % 7), 260 + (r % 13) - early - (r % 7), 0]);
    }
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), "processing");
    return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", compression: false }) as ArrayBuffer);
  };
  const sample = 2000;
  const perRow = build(sample).length / sample;
  const rows = Math.ceil(minBytes / perRow);
  const bytes = build(rows);
  return { bytes, rows, districts: Math.ceil(rows / LARGE_MONTHS) };
}
