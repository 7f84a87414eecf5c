/**
 * A data directory → validated records per dataset, every issue, and per-file accounting
 * (rows read = rows accepted + rows rejected). Cross-record rules live in rules.ts.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  DATASETS, processing, type AgencyRecord, type AnyDataset, type DigitizationRecord, type OnlineServicesRecord, type PlanRecord,
  type ProcessingRecord, type PublishedRecord, type SatisfactionRecord, type TargetRecord, type TaskRecord,
  type UnitChangeRecord, type UnitRecord,
} from "./contract";
import { decodeBytes, type Encoding } from "./decode";
import { matchHeaders } from "./headers";
import { fileIssue, issueAt, type Issue, type Reason, type SourceRef } from "./issues";
import { readCsv, readJson, type RawTable } from "./table";
import { isForm06Csv, readForm06Csv, readWorkbookFile, WORKBOOK_EXTENSIONS, type LaidOutResult } from "./laid-out-file";
import type { UnitList } from "./layouts";

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
  issues: Issue[];
}

/** Folders of a data directory that hold reference material rather than datasets. */
const REFERENCE_FOLDERS = new Set(["geo"]);
/** CSV, JSON, Excel's "Unicode text" (.txt, tab-separated UTF-16) or .tsv read like CSV, and Excel workbooks. */
const DATA_EXTENSIONS = new Set([".csv", ".json", ".tsv", ".txt", ...WORKBOOK_EXTENSIONS]);
/** Documentation kept beside the data (licences, read-me files) is not data. */
const isDocumentation = (name: string) => /^(readme|license|licence)/i.test(name);

export function readDatasetFile<D extends AnyDataset>(
  dataset: D,
  bytes: Uint8Array,
  file: string,
): LoadedFile<z.output<D["schema"]>> {
  type Out = z.output<D["schema"]>;
  const account: FileAccount = { file, dataset: dataset.name, read: 0, accepted: 0, rejected: 0 };
  const issues: Issue[] = [];
  const records: Located<Out>[] = [];
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { account, records, issues: [fileIssue(file, decoded.reason)] };
  account.encoding = decoded.encoding;
  const parsed = file.endsWith(".json") ? readJson(decoded.text) : readCsv(decoded.text);
  if (!parsed.ok) {
    return { account, records, issues: [{ severity: "error", file, line: parsed.line, column: parsed.column, ...parsed.reason }] };
  }
  const table: RawTable = parsed.table;
  if (table.delimiter !== undefined) account.delimiter = table.delimiter;
  const fieldNames = Object.keys(dataset.fields);
  const match = matchHeaders(table.headers, fieldNames, dataset.aliases as Record<string, readonly string[]>);
  const headerLine = file.endsWith(".json") ? 0 : 1;
  for (const u of match.unknown)
    issues.push({
      severity: "warning", file, line: headerLine, column: u.column, value: u.header,
      vi: "cột không có trong hợp đồng dữ liệu, không được đọc", en: "column not in the data contract, not read",
    });
  for (const d of match.duplicated)
    issues.push({
      severity: "error", file, line: headerLine, column: d.column, field: d.field,
      vi: `cột "${d.field}" xuất hiện hai lần`, en: `column "${d.field}" appears twice`,
    });
  issues.push(...valuesUnderEmptyHeaders(table, file, file.endsWith(".json")));
  const columns: Record<string, number> = {};
  match.fields.forEach((name, i) => {
    if (name !== undefined) columns[name] = i + 1;
  });
  const isJson = file.endsWith(".json");
  const missing = isJson
    ? []
    : Object.entries(dataset.fields).filter(([name, f]) => f.required && columns[name] === undefined).map(([n]) => n);
  for (const name of missing)
    issues.push({
      severity: "error", file, line: headerLine, column: 0, field: name,
      vi: `thiếu cột bắt buộc "${name}"`, en: `required column "${name}" is missing`,
    });
  account.read = table.rows.length;
  if (missing.length > 0 || match.duplicated.length > 0) {
    account.rejected = table.rows.length;
    return { account, records, issues };
  }
  for (const row of table.rows) {
    const ref: SourceRef = { file, line: row.line, columns };
    const rowIssues: Issue[] = [];
    if (row.extraCells > 0 || row.missingCells > 0)
      rowIssues.push(
        issueAt(ref, undefined, undefined, {
          vi: `dòng có ${table.headers.length + row.extraCells - row.missingCells} ô, tiêu đề có ${table.headers.length} cột (sai dấu phân cách hoặc thiếu dấu ngoặc kép?)`,
          en: `row has ${table.headers.length + row.extraCells - row.missingCells} cells, the header has ${table.headers.length} (wrong delimiter or missing quotes?)`,
        }),
      );
    const input: Record<string, unknown> = {};
    if (isJson) {
      for (const [key, value] of Object.entries(row.values)) {
        const i = table.headers.indexOf(key);
        const name = match.fields[i];
        if (name !== undefined) input[name] = value;
      }
      const jsonColumns: Record<string, number> = {};
      table.headers.forEach((h, i) => {
        const name = match.fields[i];
        if (name !== undefined && h in row.values) jsonColumns[name] = i + 1;
      });
      ref.columns = { ...columns, ...jsonColumns };
    } else {
      match.fields.forEach((name, i) => {
        if (name !== undefined) input[name] = row.values[String(i)];
      });
    }
    const result = dataset.schema.safeParse(input);
    if (!result.success) {
      for (const zi of result.error.issues) {
        const fieldName = String(zi.path[0] ?? "");
        const params = (zi as { params?: { vi?: string; en?: string } }).params;
        rowIssues.push(
          issueAt(ref, fieldName, input[fieldName], {
            vi: params?.vi ?? zi.message,
            en: params?.en ?? zi.message,
          }),
        );
      }
    }
    if (rowIssues.length > 0 || !result.success) {
      account.rejected++;
      issues.push(...rowIssues);
    } else {
      account.accepted++;
      records.push({ record: result.data as Out, ref });
    }
  }
  return { account, records, issues };
}

/**
 * Values in a column whose header is empty are not read: one warning per such column, at its first
 * non-empty cell, with the number of rows affected, so nothing is dropped silently. A column that is
 * empty all the way down (spreadsheets export trailing `,,,`) is not worth a word.
 */
function valuesUnderEmptyHeaders(table: RawTable, file: string, isJson: boolean): Issue[] {
  const issues: Issue[] = [];
  table.headers.forEach((header, i) => {
    if (header !== "") return;
    const key = isJson ? "" : String(i);
    const lines = table.rows.filter((row) => !isBlankCell(row.values[key])).map((row) => row.line);
    const first = lines[0];
    if (first === undefined) return;
    issues.push({
      severity: "warning", file, line: first, column: i + 1,
      vi: `cột ${i + 1} không có tiêu đề nhưng có giá trị ở ${lines.length} dòng (đầu tiên ở dòng ${first}); các giá trị này không được đọc: hãy đặt tên cột hoặc xóa chúng`,
      en: `column ${i + 1} has no header but holds values on ${lines.length} row(s) (first on line ${first}); they are not read: name the column or delete the values`,
    });
  });
  return issues;
}

const isBlankCell = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

export interface DatasetFiles {
  dataset: AnyDataset;
  files: string[];
}

export interface Discovery {
  found: DatasetFiles[];
  /** Data-like files that belong to no dataset. */
  unknown: string[];
  /** Entries that could not be examined or are not what their name says (broken links, folders named x.csv): errors. */
  issues: Issue[];
}

type EntryKind = "file" | "dir" | "other";

/**
 * Finds each dataset's files: NAME.csv, NAME.json (…), and every data file in a folder NAME/ and its
 * subfolders (README and LICENSE files excepted). Never throws: whatever cannot be examined — a broken
 * symbolic link, a folder named like a data file, a folder that cannot be listed — becomes an error.
 */
export function discoverFiles(dir: string): Discovery {
  const issues: Issue[] = [];
  const claimed = new Set<string>();
  const claim = (p: string) => claimed.add(path.resolve(p));
  const found: DatasetFiles[] = [];

  /** What p is, following links; undefined when nothing is there, "unreadable" after reporting why. */
  const examine = (p: string): EntryKind | "unreadable" | undefined => {
    if (!isThere(p)) return undefined;
    try {
      const s = statSync(p);
      return s.isFile() ? "file" : s.isDirectory() ? "dir" : "other";
    } catch (e) {
      issues.push(fileIssue(p, unreadable(p, e)));
      return "unreadable";
    }
  };
  /** Sorted entries of d; [] after reporting why when d cannot be listed. */
  const list = (d: string): string[] => {
    try {
      return readdirSync(d).sort();
    } catch (e) {
      issues.push(fileIssue(d, unreadable(d, e)));
      return [];
    }
  };
  /** Directories already entered, by real path: a link back up the tree must not loop. */
  const entered = new Set<string>();
  const enter = (d: string): boolean => {
    let real: string;
    try {
      real = realpathSync(d);
    } catch (e) {
      issues.push(fileIssue(d, unreadable(d, e)));
      return false;
    }
    if (entered.has(real)) return false;
    entered.add(real);
    return true;
  };
  const isData = (name: string) => DATA_EXTENSIONS.has(path.extname(name)) && !isDocumentation(name);

  /** Data files of a dataset folder: its own files by name, then each subfolder's in turn. */
  const collect = (folder: string, files: string[]) => {
    if (!enter(folder)) return;
    const subfolders: string[] = [];
    for (const entry of list(folder)) {
      const p = path.join(folder, entry);
      const kind = examine(p);
      if (kind === "dir") subfolders.push(p);
      else if (kind === "file" && isData(entry)) files.push(p);
      else if (kind === "other" && isData(entry)) issues.push(fileIssue(p, notAFile(p)));
    }
    for (const p of subfolders) collect(p, files);
  };

  for (const dataset of DATASETS) {
    const files: string[] = [];
    for (const ext of DATA_EXTENSIONS) {
      const p = path.join(dir, dataset.name + ext);
      const kind = examine(p);
      if (kind === undefined) continue;
      claim(p);
      if (kind === "file") files.push(p);
      else if (kind === "dir") issues.push(fileIssue(p, isAFolder(p)));
      else if (kind === "other") issues.push(fileIssue(p, notAFile(p)));
    }
    const folder = path.join(dir, dataset.name);
    const folderKind = examine(folder);
    if (folderKind !== undefined) claim(folder); // examined (and any problem reported) once
    if (folderKind === "dir") collect(folder, files);
    files.forEach(claim);
    found.push({ dataset, files });
  }

  const unknown: string[] = [];
  const walk = (d: string) => {
    if (!enter(d)) return;
    for (const entry of list(d)) {
      const p = path.join(d, entry);
      if (claimed.has(path.resolve(p)) || (d === dir && REFERENCE_FOLDERS.has(entry))) continue;
      const kind = examine(p);
      if (kind === "dir") walk(p);
      else if (kind !== "unreadable" && isData(entry)) unknown.push(p);
    }
  };
  const top = examine(dir);
  if (top === "dir") walk(dir);
  else if (top === undefined)
    issues.push(fileIssue(dir, { vi: `thư mục dữ liệu "${dir}" không tồn tại`, en: `the data directory "${dir}" does not exist` }));
  else if (top !== "unreadable")
    issues.push(fileIssue(dir, { vi: `"${dir}" không phải là thư mục dữ liệu`, en: `"${dir}" is not a data directory` }));
  return { found, unknown, issues };
}

/**
 * Whether anything (even a broken link) is at p. A path through a file (`exports` being a file) holds
 * nothing; any other failure answers yes, so that examining p reports it.
 */
function isThere(p: string): boolean {
  try {
    return lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ENOTDIR";
  }
}

function isSymbolicLink(p: string): boolean {
  try {
    return lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() === true;
  } catch {
    return false;
  }
}

const base = (p: string) => path.basename(p);

function isAFolder(p: string): Reason {
  return { vi: `"${base(p)}" là một thư mục, không phải tệp dữ liệu`, en: `"${base(p)}" is a directory, not a data file` };
}

function notAFile(p: string): Reason {
  return { vi: `"${base(p)}" không phải là tệp thông thường`, en: `"${base(p)}" is not a regular file` };
}

/** Why p could not be examined or read, from the error Node gave, naming the file. */
function unreadable(p: string, e: unknown): Reason {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const name = base(p);
  if (code === "ENOENT" && isSymbolicLink(p)) {
    let target = "?";
    try {
      target = readlinkSync(p);
    } catch {
      // the link vanished meanwhile; its target stays unknown
    }
    return {
      vi: `không đọc được "${name}": liên kết tượng trưng bị hỏng, trỏ tới "${target}" không tồn tại`,
      en: `cannot read "${name}": broken symbolic link to "${target}", which does not exist`,
    };
  }
  if (code === "EISDIR") return isAFolder(p);
  if (code === "ELOOP")
    return { vi: `không đọc được "${name}": vòng lặp liên kết tượng trưng`, en: `cannot read "${name}": symbolic link loop` };
  if (code === "EACCES" || code === "EPERM")
    return { vi: `không có quyền đọc "${name}"`, en: `no permission to read "${name}"` };
  const detail = e instanceof Error ? e.message : String(e);
  return { vi: `không đọc được "${name}": ${detail}`, en: `cannot read "${name}": ${detail}` };
}

/** The units read so far (the units dataset is read first), for resolving units given by name. */
function unitList(records: RecordsOf): UnitList | undefined {
  return records.units.length === 0 ? undefined : records.units.map((u) => u.record);
}

function isForm06Bytes(bytes: Uint8Array): boolean {
  const decoded = decodeBytes(bytes);
  return decoded.ok && isForm06Csv(decoded.text);
}

export interface RecordsOf {
  units: Located<UnitRecord>[];
  "unit-changes": Located<UnitChangeRecord>[];
  "exports/processing": Located<ProcessingRecord>[];
  "exports/online-services": Located<OnlineServicesRecord>[];
  "exports/digitization": Located<DigitizationRecord>[];
  "exports/satisfaction": Located<SatisfactionRecord>[];
  plans: Located<PlanRecord>[];
  tasks: Located<TaskRecord>[];
  targets: Located<TargetRecord>[];
  agencies: Located<AgencyRecord>[];
  published: Located<PublishedRecord>[];
}

export interface LoadResult {
  records: RecordsOf;
  accounts: FileAccount[];
  issues: Issue[];
}

/** Reads every dataset file of dir. Never throws: a file that cannot be examined or read is an error issue. */
export function loadDataDir(dir: string): LoadResult {
  const { found, unknown, issues: discoveryIssues } = discoverFiles(dir);
  const records = Object.fromEntries(DATASETS.map((d) => [d.name, []])) as unknown as RecordsOf;
  const accounts: FileAccount[] = [];
  const isWorkbook = (f: string) => WORKBOOK_EXTENSIONS.has(path.extname(f).toLowerCase());
  const issues: Issue[] = [
    ...discoveryIssues,
    ...unknown.filter((f) => !isWorkbook(f)).map((f) =>
      fileIssue(
        f,
        {
          vi: "tệp không thuộc bộ dữ liệu nào trong hợp đồng dữ liệu, không được đọc",
          en: "file belongs to no dataset of the data contract, not read",
        },
        "warning",
      ),
    ),
  ];
  for (const { dataset, files } of found) {
    if (dataset.name === "units" && files.length === 0)
      issues.push(
        fileIssue(path.join(dir, "units.csv"), {
          vi: "thiếu danh mục đơn vị (units.csv hoặc units.json): không thể kiểm tra mã đơn vị",
          en: "the units list (units.csv or units.json) is missing: unit codes cannot be checked",
        }),
      );
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        accounts.push({ file, dataset: dataset.name, read: 0, accepted: 0, rejected: 0 });
        issues.push(fileIssue(file, unreadable(file, e)));
        continue;
      }
      if (isWorkbook(file)) {
        addLaidOut(readWorkbookFile(readDatasetFile, bytes, file, dataset, unitList(records)));
        continue;
      }
      if (dataset === processing && !file.endsWith(".json") && isForm06Bytes(bytes)) {
        addLaidOut(readForm06Csv(readDatasetFile, bytes, file, unitList(records)));
        continue;
      }
      const loaded = readDatasetFile(dataset, bytes, file);
      accounts.push(loaded.account);
      issues.push(...loaded.issues);
      (records[dataset.name as keyof RecordsOf] as Located<unknown>[]).push(...loaded.records);
    }
  }
  // Workbooks outside the datasets' places: each sheet says by its name or header which dataset it holds.
  for (const file of unknown.filter(isWorkbook)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      issues.push(fileIssue(file, unreadable(file, e)));
      continue;
    }
    addLaidOut(readWorkbookFile(readDatasetFile, bytes, file, undefined, unitList(records)));
  }
  return { records, accounts, issues };

  function addLaidOut(result: LaidOutResult): void {
    issues.push(...result.issues);
    for (const f of result.files) {
      accounts.push({ ...f.account, ...(f.sheet !== undefined ? { sheet: f.sheet } : {}), layout: f.layout });
      issues.push(...f.issues);
      (records[f.account.dataset as keyof RecordsOf] as Located<unknown>[]).push(...f.records);
    }
  }
}
