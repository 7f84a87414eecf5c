/**
 * A data directory → validated records per dataset and per-file accounting (rows read = rows accepted
 * + rows rejected); every issue goes to `emit` as it is found. Finding the files is discover.ts,
 * reading one file read-file.ts; cross-record rules live in rules.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  DATASETS, processing, type AgencyRecord, type DigitizationRecord, type OnlineServicesRecord, type PlanRecord, type ProcessingRecord,
  type PublishedRecord, type SatisfactionRecord, type TargetRecord, type TaskRecord, type UnitChangeRecord, type UnitRecord,
} from "./contract";
import { discoverFiles, unreadable } from "./discover";
import { fileIssue, type Issue } from "./issues";
import { readDatasetFile, type FileAccount, type Located } from "./read-file";
import { isForm06Csv, readForm06Csv, readWorkbookFile, type LaidOutResult } from "./laid-out-file";
import type { UnitList } from "./layouts";
import { decodeBytes } from "./decode";
import { WORKBOOK_EXTENSIONS } from "./workbook";

export { discoverFiles, type DatasetFiles, type Discovery } from "./discover";
export { readDatasetFile, type FileAccount, type LoadedFile, type Located } from "./read-file";

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
  /** Every issue, when loadDataDir was given no `emit`. */
  issues: Issue[];
  /** Datasets with at least one error of their own: what other datasets' follow-on errors trace back to. */
  failed: Set<string>;
}

/** Reads every dataset file of dir. Never throws: a file that cannot be examined or read is an error issue. */
export function loadDataDir(dir: string, emit?: (issue: Issue) => void): LoadResult {
  const issues: Issue[] = [];
  const report = emit ?? ((issue: Issue) => issues.push(issue));
  const { found, unknown, issues: discoveryIssues } = discoverFiles(dir);
  const records = Object.fromEntries(DATASETS.map((d) => [d.name, []])) as unknown as RecordsOf;
  const accounts: FileAccount[] = [];
  const failed = new Set<string>();
  discoveryIssues.forEach(report);
  const isWorkbook = (f: string) => WORKBOOK_EXTENSIONS.has(path.extname(f).toLowerCase());
  for (const f of unknown.filter((f) => !isWorkbook(f)))
    report(
      fileIssue(
        f,
        { vi: "tệp không thuộc bộ dữ liệu nào trong hợp đồng dữ liệu, không được đọc", en: "file belongs to no dataset of the data contract, not read" },
        "warning",
      ),
    );
  for (const { dataset, files } of found) {
    const reportOwn = (issue: Issue) => {
      if (issue.severity === "error") failed.add(dataset.name);
      report(issue);
    };
    if (dataset.name === "units" && files.length === 0)
      reportOwn(
        fileIssue(path.join(dir, "units.csv"), {
          vi: "thiếu danh mục đơn vị (units.csv hoặc units.json): không thể kiểm tra mã đơn vị",
          en: "the units list (units.csv or units.json) is missing: unit codes cannot be checked",
        }),
      );
    const target = records[dataset.name as keyof RecordsOf] as Located<unknown>[];
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        accounts.push({ file, dataset: dataset.name, read: 0, accepted: 0, rejected: 0 });
        reportOwn(fileIssue(file, unreadable(file, e)));
        continue;
      }
      if (isWorkbook(file)) {
        addLaidOut(readWorkbookFile(readDatasetFile, bytes, file, dataset, unitList(records)));
        continue;
      }
      if (dataset === processing && !file.toLowerCase().endsWith(".json") && isForm06Bytes(bytes)) {
        addLaidOut(readForm06Csv(readDatasetFile, bytes, file, unitList(records)));
        continue;
      }
      const loaded = readDatasetFile(dataset, bytes, file, reportOwn);
      accounts.push(loaded.account);
      // One by one, never push(...rows): a spread of a million rows overflows the call stack.
      for (const r of loaded.records) target.push(r);
    }
  }
  // Workbooks outside the datasets' places: each sheet says by its name or header which dataset it holds.
  for (const file of unknown.filter(isWorkbook)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      report(fileIssue(file, unreadable(file, e)));
      continue;
    }
    addLaidOut(readWorkbookFile(readDatasetFile, bytes, file, undefined, unitList(records)));
  }
  return { records, accounts, issues, failed };

  function addLaidOut(result: LaidOutResult): void {
    for (const issue of result.issues) report(issue);
    for (const f of result.files) {
      accounts.push({ ...f.account, ...(f.sheet !== undefined ? { sheet: f.sheet } : {}), layout: f.layout });
      for (const issue of f.issues) {
        if (issue.severity === "error") failed.add(f.account.dataset);
        report(issue);
      }
      const into = records[f.account.dataset as keyof RecordsOf] as Located<unknown>[];
      for (const r of f.records) into.push(r);
    }
  }
}

/** The units read so far (the units dataset is read first), for resolving units given by name. */
function unitList(records: RecordsOf): UnitList | undefined {
  return records.units.length === 0 ? undefined : records.units.map((u) => u.record);
}

function isForm06Bytes(bytes: Uint8Array): boolean {
  const decoded = decodeBytes(bytes);
  return decoded.ok && isForm06Csv(decoded.text);
}
