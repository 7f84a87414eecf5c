/**
 * Form 06 of Circular 01/2020/TT-VPCP as officials lay it out, in a CSV file or a workbook sheet, read into
 * the flat columns of the processing dataset:
 *
 *   UBND HUYỆN KRÔNG PA                                   ← title rows: skipped; a period stated there
 *   TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH        applies to rows without a period column
 *   Kỳ báo cáo: Tháng 5/2025
 *   STT | Đơn vị | Số hồ sơ nhận giải quyết           | Kết quả giải quyết        | Số hồ sơ đang giải quyết
 *       |        | Tổng số | Trực tuyến | … | Từ kỳ trước | Tổng số | Trước hạn | … | Tổng số | Trong hạn | Quá hạn
 *   1   | UBND xã Ia Rsai | …
 *       | Tổng cộng | …                                   ← checked against the rows above, not read as a unit
 *
 * Header cells are matched by group and column name, folded (diacritics and case do not matter). A group
 * name spans the columns to its right until the next group, as a merged cell does. "Tổng số" columns are
 * kept under `*_total` names so the identities can be checked against their parts.
 */
import { foldVietnamese } from "../lib/vietnamese";
import { periodInTitle, type PeriodReading } from "./period-spellings";

/** A cell of a grid: its text (numbers as typed or as stored) and where it is, for messages. */
export interface GridCell {
  text: string;
  /** 1-based line (CSV) or row (sheet). */
  line: number;
  /** 1-based column. */
  column: number;
  /** "F12" in a workbook. */
  cell?: string;
  /** A copy of a merged range's value (workbooks): a header group spans it, a count is not repeated. */
  merged?: true;
}

export type Grid = GridCell[][];

type Group = "received" | "resolved" | "pending";

export const FORM06_GROUPS: Record<Group, readonly string[]> = {
  received: ["số hồ sơ nhận giải quyết", "số hồ sơ tiếp nhận", "hồ sơ nhận giải quyết", "tiếp nhận"],
  resolved: ["kết quả giải quyết", "số hồ sơ đã giải quyết", "đã giải quyết", "số hồ sơ giải quyết"],
  pending: ["số hồ sơ đang giải quyết", "đang giải quyết"],
};

/** Column names accepted under each group, and the processing field each one fills. */
export const FORM06_COLUMNS: Record<Group, readonly { names: readonly string[]; field: string }[]> = {
  received: [
    { names: ["tổng số", "tổng"], field: "received_total" },
    { names: ["trực tuyến", "trong kỳ: trực tuyến", "trong kỳ trực tuyến"], field: "received_online" },
    {
      names: [
        "trực tiếp, bưu chính",
        "trực tiếp và dịch vụ bưu chính",
        "trực tiếp và qua dịch vụ bưu chính",
        "trực tiếp, dịch vụ bưu chính",
        "trong kỳ: trực tiếp, bưu chính",
        "trong kỳ: trực tiếp và dịch vụ bưu chính",
        "trực tiếp",
      ],
      field: "received_direct_postal",
    },
    { names: ["từ kỳ trước", "từ kỳ trước chuyển qua", "kỳ trước chuyển sang", "tồn kỳ trước"], field: "received_carried_over" },
  ],
  resolved: [
    { names: ["tổng số", "tổng"], field: "resolved_total" },
    { names: ["trước hạn", "sớm hạn"], field: "resolved_early" },
    { names: ["đúng hạn"], field: "resolved_on_time" },
    { names: ["quá hạn", "trễ hạn"], field: "resolved_late" },
  ],
  pending: [
    { names: ["tổng số", "tổng"], field: "pending_total" },
    { names: ["trong hạn", "chưa đến hạn"], field: "pending_within_term" },
    { names: ["quá hạn", "trễ hạn"], field: "pending_overdue" },
  ],
};

/** Columns outside the groups. */
export const FORM06_OTHER_COLUMNS: readonly { names: readonly string[]; field: string | null }[] = [
  { names: ["stt", "số thứ tự", "tt"], field: null },
  { names: ["đơn vị", "tên đơn vị", "cơ quan, đơn vị", "đơn vị giải quyết", "địa phương"], field: "unit_name" },
  { names: ["mã đơn vị", "mã", "unit_code"], field: "unit_code" },
  { names: ["kỳ báo cáo", "kỳ", "period"], field: "period" },
  { names: ["ghi chú", "known_inconsistency"], field: "known_inconsistency" },
];

/** The parts each `*_total` column must equal. */
export const FORM06_TOTALS: Record<string, readonly string[]> = {
  received_total: ["received_online", "received_direct_postal", "received_carried_over"],
  resolved_total: ["resolved_early", "resolved_on_time", "resolved_late"],
  pending_total: ["pending_within_term", "pending_overdue"],
};

/** Group headers that only wrap sub-columns ("Trong kỳ" over online / in person). */
const WRAPPERS = ["trong kỳ", "trong đó", "số mới tiếp nhận"];
const TOTAL_ROW = /^(tong cong|cong|tong so|tong|toan tinh|toan huyen)$/;

const key = (s: string) =>
  foldVietnamese(s.normalize("NFC"))
    .replace(/\s+/g, " ")
    .replace(/\s*([:,])\s*/g, "$1 ")
    .replace(/\(.*?\)/g, "")
    .trim()
    .replace(/[.:]$/, "");
const keys = (names: readonly string[]) => new Set(names.map(key));

const GROUP_KEYS = Object.entries(FORM06_GROUPS).map(([group, names]) => [group as Group, keys(names)] as const);
const OTHER_KEYS = FORM06_OTHER_COLUMNS.map((c) => ({ ...c, keys: keys(c.names) }));
const WRAPPER_KEYS = keys(WRAPPERS);

function groupOf(text: string): Group | undefined {
  const k = key(text);
  return GROUP_KEYS.find(([, names]) => names.has(k))?.[0];
}

export interface Form06Column {
  /** 0-based column in the grid. */
  index: number;
  /** Processing field filled, or null for a column read and ignored (STT). */
  field: string | null;
  /** The header as written, group › column, for messages. */
  header: string;
}

export interface Form06Layout {
  /** 0-based rows of the header (two or three). */
  headerRows: number[];
  columns: Form06Column[];
  /** Header cells not understood, reported with the accepted names. */
  unknownHeaders: GridCell[];
  /** The period a title row states, with the cell it was read from. */
  titlePeriod?: { reading: PeriodReading; cell: GridCell };
  /** First data row (0-based). */
  firstDataRow: number;
}

const cellText = (row: Grid[number] | undefined, c: number) => row?.find((cell) => cell.column === c + 1)?.text.trim() ?? "";

/**
 * Finds a form-06 layout: a row naming at least two of the three groups. Returns undefined for a flat
 * table (one header row of field names), which the ordinary reader handles.
 */
export function detectForm06(grid: Grid): Form06Layout | undefined {
  const groupRow = grid.findIndex((row) => new Set(row.map((c) => groupOf(c.text)).filter(Boolean)).size >= 2);
  if (groupRow < 0) return undefined;
  const width = Math.max(...grid.slice(groupRow, groupRow + 3).map((row) => row.reduce((m, c) => Math.max(m, c.column), 0)));

  // Group names span to the right until the next non-empty cell, as merged cells do.
  const groupOfColumn: (Group | undefined)[] = [];
  let current: Group | undefined;
  for (let c = 0; c < width; c++) {
    const text = cellText(grid[groupRow], c);
    if (text !== "") current = groupOf(text);
    groupOfColumn[c] = current;
  }

  // Sub-header rows: the next one or two rows, as long as they hold no number.
  const headerRows = [groupRow];
  for (let r = groupRow + 1; r < Math.min(grid.length, groupRow + 3); r++) {
    const row = grid[r] ?? [];
    if (row.some((c) => /^\d+([.,]\d+)?$/.test(c.text.trim()))) break;
    const named = row.some((c) => {
      const k = key(c.text);
      return k !== "" && (WRAPPER_KEYS.has(k) || Object.values(FORM06_COLUMNS).some((cols) => cols.some((col) => keys(col.names).has(k))));
    });
    if (!named) break;
    headerRows.push(r);
  }
  if (headerRows.length < 2) return undefined;

  const columns: Form06Column[] = [];
  const unknownHeaders: GridCell[] = [];
  for (let c = 0; c < width; c++) {
    const group = groupOfColumn[c];
    const cells = headerRows.map((r) => grid[r]?.find((x) => x.column === c + 1)).filter((x) => x !== undefined && x.text.trim() !== "");
    const parts = cells.map((x) => x!.text.trim());
    if (parts.length === 0) continue;
    // The column's own name: the lowest header cell that is neither the group nor a wrapper ("Trong kỳ").
    const own = [...parts].reverse().find((p) => groupOf(p) === undefined && !WRAPPER_KEYS.has(key(p)));
    const field: string | null | undefined = own === undefined ? undefined : group === undefined ? matchOther(own) : matchColumn(group, own);
    if (own !== undefined && field !== undefined) {
      const header = group === undefined ? own : [FORM06_GROUPS[group][0]!, ...parts.filter((p) => groupOf(p) === undefined)].join(" › ");
      columns.push({ index: c, field, header });
    } else if (own !== undefined) {
      unknownHeaders.push(cells.find((x) => x!.text.trim() === own)!);
    }
  }

  let titlePeriod: Form06Layout["titlePeriod"];
  for (const row of grid.slice(0, groupRow)) {
    for (const cell of row) {
      const reading = periodInTitle(cell.text);
      if (reading && titlePeriod === undefined) titlePeriod = { reading, cell };
    }
  }
  return { headerRows, columns, unknownHeaders, firstDataRow: headerRows[headerRows.length - 1]! + 1, ...(titlePeriod ? { titlePeriod } : {}) };
}

function matchColumn(group: Group, own: string): string | undefined {
  const k = key(own);
  return FORM06_COLUMNS[group].find((col) => keys(col.names).has(k))?.field;
}

/** null for a column read and ignored (STT), undefined for an unknown one. */
function matchOther(own: string): string | null | undefined {
  const k = key(own);
  const found = OTHER_KEYS.find((o) => o.keys.has(k));
  return found === undefined ? undefined : found.field;
}

/** A "Tổng cộng" / "Cộng" row: its unit (or first text) cell names a total. */
export function isTotalRow(row: Grid[number], layout: Form06Layout): boolean {
  const labelColumns = layout.columns.filter((c) => c.field === "unit_name" || c.field === null).map((c) => c.index + 1);
  return row.some((cell) => (labelColumns.length === 0 || labelColumns.includes(cell.column)) && TOTAL_ROW.test(key(cell.text)));
}

/** A problem of the layout itself, located at a cell; the caller adds the file (and sheet). */
export interface LayoutProblem {
  severity: "error" | "warning";
  at: GridCell;
  field?: string;
  value?: string;
  vi: string;
  en: string;
}

export interface Form06Row {
  /** Values by processing field name, as text. */
  values: Record<string, string>;
  /** The cell each value came from. */
  cells: Record<string, GridCell>;
  /** The row's first cell, for messages about the whole row. */
  at: GridCell;
}

export interface Form06Table {
  /** Processing field names present (period included when it comes from the title). */
  fields: string[];
  rows: Form06Row[];
  problems: LayoutProblem[];
}

const number = (text: string): number | undefined => {
  const t = text.trim().replace(/\./g, "").replace(/\s/g, "");
  return /^\d+$/.test(t) ? Number(t) : undefined;
};

/**
 * The data rows of a form-06 grid as flat processing rows. "Tổng số" columns are checked against their
 * parts and a total row against the rows above (errors, or warnings when the row carries a
 * known-inconsistency note, as for the form-06 identity); neither is passed on as data.
 */
export function readForm06(grid: Grid, layout: Form06Layout): Form06Table {
  const problems: LayoutProblem[] = [];
  for (const cell of layout.unknownHeaders)
    problems.push({
      severity: "error",
      at: cell,
      value: cell.text,
      vi: `không nhận ra cột «${cell.text}» của mẫu 06; các tên cột được chấp nhận có trong docs/data-format.md`,
      en: `unknown form-06 column "${cell.text}"; the accepted column names are listed in docs/data-format.md`,
    });
  const dataColumns = layout.columns.filter((c): c is Form06Column & { field: string } => c.field !== null);
  const hasPeriodColumn = dataColumns.some((c) => c.field === "period");
  const title = layout.titlePeriod;
  if (!hasPeriodColumn && title !== undefined && !title.reading.ok)
    problems.push({ severity: "error", at: title.cell, value: title.cell.text, vi: title.reading.vi, en: title.reading.en });
  const titlePeriod = !hasPeriodColumn && title?.reading.ok ? title.reading.period : undefined;

  const rows: Form06Row[] = [];
  const sums: Record<string, number> = {};
  for (const row of grid.slice(layout.firstDataRow)) {
    if (row.every((cell) => cell.text.trim() === "")) continue;
    const values: Record<string, string> = {};
    const cells: Record<string, GridCell> = {};
    for (const column of dataColumns) {
      const cell = row.find((x) => x.column === column.index + 1);
      if (cell === undefined || cell.merged) continue;
      values[column.field] = cell.text.trim();
      cells[column.field] = cell;
    }
    const at = row.find((x) => x.text.trim() !== "")!;
    const flagged = (values["known_inconsistency"] ?? "") !== "";
    if (isTotalRow(row, layout)) {
      checkTotalRow(values, cells, sums, at, flagged, problems);
      continue;
    }
    for (const [total, parts] of Object.entries(FORM06_TOTALS)) checkTotal(total, parts, values, cells, flagged, problems);
    for (const column of dataColumns) {
      const n = number(values[column.field] ?? "");
      if (n !== undefined) sums[column.field] = (sums[column.field] ?? 0) + n;
    }
    for (const total of Object.keys(FORM06_TOTALS)) {
      delete values[total];
      delete cells[total];
    }
    if (titlePeriod !== undefined) {
      values["period"] = titlePeriod;
      cells["period"] = title!.cell;
    }
    rows.push({ values, cells, at });
  }
  const fields = [...new Set([...dataColumns.map((c) => c.field), ...(titlePeriod ? ["period"] : [])])].filter(
    (f) => !(f in FORM06_TOTALS),
  );
  return { fields, rows, problems };
}

function checkTotal(
  total: string,
  parts: readonly string[],
  values: Record<string, string>,
  cells: Record<string, GridCell>,
  flagged: boolean,
  problems: LayoutProblem[],
): void {
  const stated = number(values[total] ?? "");
  const numbers = parts.map((p) => number(values[p] ?? ""));
  if (stated === undefined || numbers.some((n) => n === undefined)) return;
  const sum = (numbers as number[]).reduce((a, b) => a + b, 0);
  if (sum === stated) return;
  problems.push({
    severity: flagged ? "warning" : "error",
    at: cells[total]!,
    field: total,
    value: values[total]!,
    vi: `cột «Tổng số» (${stated}) khác tổng các cột thành phần ${parts.join(" + ")} (${sum})${flagged ? "; dòng được giữ vì có ghi chú sai lệch" : ""}`,
    en: `the "Tổng số" column (${stated}) differs from the sum of ${parts.join(" + ")} (${sum})${flagged ? "; row kept as it carries an inconsistency note" : ""}`,
  });
}

function checkTotalRow(
  values: Record<string, string>,
  cells: Record<string, GridCell>,
  sums: Record<string, number>,
  at: GridCell,
  flagged: boolean,
  problems: LayoutProblem[],
): void {
  for (const [field, text] of Object.entries(values)) {
    const stated = number(text);
    if (stated === undefined || field === "unit_code" || field === "period") continue;
    const sum = sums[field] ?? 0;
    if (stated !== sum)
      problems.push({
        severity: flagged ? "warning" : "error",
        at: cells[field] ?? at,
        field,
        value: text,
        vi: `dòng «Tổng cộng» ghi ${stated} nhưng các dòng phía trên cộng lại được ${sum}`,
        en: `the total row states ${stated} but the rows above add up to ${sum}`,
      });
  }
}
