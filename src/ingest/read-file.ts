/**
 * One dataset file → its accepted records, its issues and its accounting (rows read = accepted + rejected).
 * Each cell is read by its field's reader straight from the table's positional cells; issues go to
 * `emit` as they are found, so neither the rows nor the issues of a huge file are held twice.
 */
import type { AnyDataset, RecordOf } from "./contract";
import { decodeBytes, type DecodeResult, type Encoding } from "./decode";
import type { FieldSpec } from "./fields";
import { matchHeaders } from "./headers";
import { ownCopy } from "./own-copy";
import { RecordBuilder } from "./record-builder";
import { fileIssue, issueAt, shorten, type Issue, type SourceRef } from "./issues";
import { readTable, type CellPositions, type TableFailure, type TableHead, type TableRow } from "./table";

export type { RecordOf } from "./contract";

export interface Located<T> {
  record: T;
  ref: SourceRef;
}

export interface FileAccount {
  file: string;
  /** The workbook sheet, when the file is a workbook. */
  sheet?: string;
  /** "form-06" when the table was read by its form-06 layout. */
  layout?: "form-06" | "flat";
  dataset: string;
  encoding?: Encoding;
  delimiter?: string;
  read: number;
  accepted: number;
  rejected: number;
}

export interface LoadedFile<T> {
  account: FileAccount;
  records: Located<T>[];
  /** The file's issues, when no `emit` was given to send them elsewhere. */
  issues: Issue[];
}

/** A cell that holds nothing but spaces (of any kind) is blank; most cells start with a visible ASCII character. */
function isBlank(raw: unknown): boolean {
  if (typeof raw !== "string") return raw === undefined || raw === null;
  const first = raw.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && raw.trim() === "";
}

const REQUIRED_MISSING = { vi: "thiếu giá trị bắt buộc", en: "required value is missing" };

/** A field of the dataset at its column of this file. */
interface Column {
  name: string;
  index: number;
  spec: FieldSpec<unknown>;
  required: boolean;
  /** Its values are shared across rows (FieldSpec.repeats). */
  repeats: boolean;
  /** The spec's reader of cells in their usual form (FieldSpec.plain). */
  plain: ((raw: string) => unknown) | undefined;
}

/** Distinct values kept once per file; past this many, further values are kept as read. */
const SHARED_VALUES = 1 << 16;

/** One dataset file's bytes → its records: decoded (decode.ts), then read as below. */
export function readDatasetFile<D extends AnyDataset>(
  dataset: D,
  bytes: Uint8Array,
  file: string,
  emit?: (issue: Issue) => void,
): LoadedFile<RecordOf<D>> {
  return readDecodedFile(dataset, decodeBytes(bytes), file, emit);
}

/**
 * One dataset file, decoded once by the caller (which may have looked at the text first, as the loader
 * does to tell a form-06 report from a flat table): a refusal of the decoder is the file's one issue.
 */
export function readDecodedFile<D extends AnyDataset>(
  dataset: D,
  decoded: DecodeResult,
  file: string,
  emit?: (issue: Issue) => void,
): LoadedFile<RecordOf<D>> {
  const collected: Issue[] = [];
  const report = emit ?? ((issue: Issue) => collected.push(issue));
  const account: FileAccount = { file, dataset: dataset.name, read: 0, accepted: 0, rejected: 0 };
  const records: Located<RecordOf<D>>[] = [];
  const done = () => ({ account, records, issues: collected });
  if (!decoded.ok) {
    report(decoded.line === undefined ? fileIssue(file, decoded.reason) : { severity: "error", file, line: decoded.line, column: decoded.column ?? 0, ...decoded.reason });
    return done();
  }
  account.encoding = decoded.encoding;

  let columnsOf: Readonly<Record<string, number>> = {};
  let readers: Column[] = [];
  let width = 0;
  let refused = false;
  let builder = new RecordBuilder([]);
  const table = { declared: false };
  /** Per column without a header: rows holding a value there, and the first such line. */
  const unnamed = new Map<number, { rows: number; first: number }>();
  /** One copy of each repeating value (see FieldSpec.repeats): the rows of a big export share their codes and periods. */
  const shared = new Map<string, string>();
  const share = (value: unknown): unknown => {
    if (typeof value !== "string") return value;
    const known = shared.get(value);
    if (known !== undefined) return known;
    const own = ownCopy(value);
    if (shared.size < SHARED_VALUES) shared.set(own, own);
    return own;
  };

  const head = (h: TableHead) => {
    if (h.delimiter !== undefined) account.delimiter = h.delimiter;
    width = h.headers.length;
    table.declared = h.declared;
    const fields = dataset.fieldList;
    const match = matchHeaders(h.headers, fields.map((f) => f.name), dataset.aliasList);
    for (const u of match.unknown)
      report({
        severity: "warning", file, line: h.headerLine, column: u.column, value: shorten(u.header),
        vi: "cột không có trong hợp đồng dữ liệu, không được đọc", en: "column not in the data contract, not read",
      });
    for (const d of match.duplicated)
      report({
        severity: "error", file, line: h.headerLine, column: d.column, field: d.field,
        vi: `cột "${d.field}" xuất hiện hai lần`, en: `column "${d.field}" appears twice`,
      });
    const columns: Record<string, number> = {};
    match.fields.forEach((name, i) => {
      if (name === undefined) {
        if (h.headers[i] === "") unnamed.set(i, { rows: 0, first: 0 });
        return;
      }
      columns[name] = i + 1;
      const f = fields.find((d) => d.name === name);
      if (f !== undefined) readers.push({ name, index: i, spec: f.spec, required: f.required, repeats: f.spec.repeats === true, plain: f.spec.plain });
    });
    columnsOf = columns;
    // Columns only by use: a required key no row has is missing from each row, at column 0.
    if (!h.declared)
      for (const f of fields)
        if (f.required && columns[f.name] === undefined) readers.push({ name: f.name, index: -1, spec: f.spec, required: true, repeats: false, plain: undefined });
    // A declared header lacking a required column leaves every row without it: one error, the file refused.
    const missing = !h.declared ? [] : fields.filter((f) => f.required && columns[f.name] === undefined);
    for (const { name } of missing)
      report({
        severity: "error", file, line: h.headerLine, column: 0, field: name,
        vi: `thiếu cột bắt buộc "${name}"`, en: `required column "${name}" is missing`,
      });
    refused = missing.length > 0 || match.duplicated.length > 0;
    if (refused) readers = [];
    builder = new RecordBuilder(readers.map((c) => c.name));
  };

  /** A JSON row's columns and lines, by field, from its cells' positions. */
  const cellPositions = (at: CellPositions): Pick<SourceRef, "columns" | "lines"> => {
    const columns: Record<string, number> = {};
    const lines: Record<string, number> = {};
    for (const c of readers)
      if (c.index >= 0 && (at.columns[c.index] ?? 0) > 0) {
        columns[c.name] = at.columns[c.index] ?? 0;
        lines[c.name] = at.lines[c.index] ?? 0;
      }
    return { columns, lines };
  };

  const row = (r: TableRow) => {
    account.read++;
    if (unnamed.size > 0)
      for (const [i, u] of unnamed)
        if (!isBlank(r.cells[i])) {
          u.rows++;
          if (u.first === 0) u.first = r.line;
        }
    if (refused) {
      account.rejected++;
      return;
    }
    const ref: SourceRef = r.at === undefined ? { file, line: r.line, columns: columnsOf } : { file, line: r.line, ...cellPositions(r.at) };
    let ok = true;
    if (r.broken !== undefined) {
      report(issueAt(ref, undefined, undefined, r.broken));
      account.rejected++;
      return;
    }
    if (r.extraCells > 0 || r.missingCells > 0) {
      ok = false;
      const cells = width + r.extraCells - r.missingCells;
      report(
        issueAt(ref, undefined, undefined, {
          vi: `dòng có ${cells} ô, tiêu đề có ${width} cột (sai dấu phân cách hoặc thiếu dấu ngoặc kép?)`,
          en: `row has ${cells} cells, the header has ${width} (wrong delimiter or missing quotes?)`,
        }),
      );
    }
    for (let k = 0; k < readers.length; k++) {
      const c = readers[k] as Column;
      const raw = r.cells[c.index];
      const plain = c.plain !== undefined && typeof raw === "string" ? c.plain(raw) : undefined;
      if (plain !== undefined) {
        builder.set(k, c.repeats ? share(plain) : plain);
        continue;
      }
      if (isBlank(raw)) {
        if (c.required) {
          ok = false;
          report(issueAt(ref, c.name, undefined, REQUIRED_MISSING));
        }
        continue;
      }
      const result = c.spec.read(raw);
      // A text kept in the record is copied out of the file's text, which can then go (own-copy.ts).
      if (result.ok) builder.set(k, c.repeats ? share(result.value) : typeof result.value === "string" ? ownCopy(result.value) : result.value);
      else {
        ok = false;
        report(issueAt(ref, c.name, raw, result.reason));
      }
    }
    if (ok) {
      account.accepted++;
      records.push({ record: builder.build() as RecordOf<D>, ref });
    } else {
      builder.discard();
      account.rejected++;
    }
  };

  const failure: TableFailure | undefined = readTable(file, decoded.text, { head, row });
  if (failure !== undefined) {
    report({ severity: "error", file, line: failure.line, column: failure.column, ...failure.reason });
    return done();
  }
  for (const [i, u] of unnamed)
    if (u.rows > 0)
      report({
        severity: "warning", file, line: u.first, column: i + 1,
        vi: `cột ${i + 1} không có tiêu đề nhưng có giá trị ở ${u.rows} dòng (đầu tiên ở dòng ${u.first}); các giá trị này không được đọc: hãy đặt tên cột hoặc xóa chúng`,
        en: `column ${i + 1} has no header but holds values on ${u.rows} row(s) (first on line ${u.first}); they are not read: name the column or delete the values`,
      });
  // A CSV header with nothing under it is most often a cut export; an empty JSON array says "none" on purpose.
  if (account.read === 0 && table.declared && !refused)
    report(
      fileIssue(
        file,
        { vi: "tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào", en: "the file has a header but no data rows" },
        "warning",
      ),
    );
  return done();
}
