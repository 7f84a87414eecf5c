/**
 * A data directory → validated records per dataset, every issue, and per-file accounting
 * (rows read = rows accepted + rows rejected). Cross-record rules live in rules.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  DATASETS, type AgencyRecord, type AnyDataset, type DigitizationRecord, type OnlineServicesRecord, type PlanRecord,
  type ProcessingRecord, type PublishedRecord, type SatisfactionRecord, type TargetRecord, type TaskRecord,
  type UnitChangeRecord, type UnitRecord,
} from "./contract";
import { decodeBytes, type Encoding } from "./decode";
import { matchHeaders } from "./headers";
import { fileIssue, issueAt, type Issue, type SourceRef } from "./issues";
import { readCsv, readJson, type RawTable } from "./table";

export interface Located<T> {
  record: T;
  ref: SourceRef;
}

export interface FileAccount {
  file: string;
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
/** CSV, JSON, and Excel's "Unicode text" (.txt, tab-separated UTF-16) or .tsv, read like CSV. */
const DATA_EXTENSIONS = new Set([".csv", ".json", ".tsv", ".txt"]);
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
    return { account, records, issues: [{ severity: "error", file, line: parsed.line, column: 0, ...parsed.reason }] };
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

export interface DatasetFiles {
  dataset: AnyDataset;
  files: string[];
}

/** Finds each dataset's files: NAME.csv, NAME.json, or a folder NAME/ of such files. */
export function discoverFiles(dir: string): { found: DatasetFiles[]; unknown: string[] } {
  const claimed = new Set<string>();
  const found: DatasetFiles[] = [];
  for (const dataset of DATASETS) {
    const files: string[] = [];
    for (const ext of DATA_EXTENSIONS) {
      const p = path.join(dir, dataset.name + ext);
      if (existsSync(p)) files.push(p);
    }
    const folder = path.join(dir, dataset.name);
    if (existsSync(folder) && statSync(folder).isDirectory()) {
      claimed.add(path.resolve(folder));
      for (const f of readdirSync(folder).sort())
        if (DATA_EXTENSIONS.has(path.extname(f)) && !isDocumentation(f)) files.push(path.join(folder, f));
    }
    files.forEach((f) => claimed.add(path.resolve(f)));
    found.push({ dataset, files });
  }
  const unknown: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const p = path.join(d, entry);
      if (statSync(p).isDirectory()) {
        if (d === dir && REFERENCE_FOLDERS.has(entry)) continue;
        if (!claimed.has(path.resolve(p))) walk(p);
        else for (const f of readdirSync(p)) if (!claimed.has(path.resolve(p, f)) && DATA_EXTENSIONS.has(path.extname(f))) unknown.push(path.join(p, f));
      } else if (DATA_EXTENSIONS.has(path.extname(entry)) && !isDocumentation(entry) && !claimed.has(path.resolve(p))) unknown.push(p);
    }
  };
  walk(dir);
  return { found, unknown };
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

export function loadDataDir(dir: string): LoadResult {
  const { found, unknown } = discoverFiles(dir);
  const records = Object.fromEntries(DATASETS.map((d) => [d.name, []])) as unknown as RecordsOf;
  const accounts: FileAccount[] = [];
  const issues: Issue[] = unknown.map((f) =>
    fileIssue(
      f,
      {
        vi: "tệp không thuộc bộ dữ liệu nào trong hợp đồng dữ liệu, không được đọc",
        en: "file belongs to no dataset of the data contract, not read",
      },
      "warning",
    ),
  );
  for (const { dataset, files } of found) {
    if (dataset.name === "units" && files.length === 0)
      issues.push(
        fileIssue(path.join(dir, "units.csv"), {
          vi: "thiếu danh mục đơn vị (units.csv hoặc units.json): không thể kiểm tra mã đơn vị",
          en: "the units list (units.csv or units.json) is missing: unit codes cannot be checked",
        }),
      );
    for (const file of files) {
      const loaded = readDatasetFile(dataset, readFileSync(file), file);
      accounts.push(loaded.account);
      issues.push(...loaded.issues);
      (records[dataset.name as keyof RecordsOf] as Located<unknown>[]).push(...loaded.records);
    }
  }
  return { records, accounts, issues };
}
