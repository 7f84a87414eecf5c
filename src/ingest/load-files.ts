/**
 * A list of data files → validated records per dataset and per-file accounting (rows read = rows
 * accepted + rows rejected); every issue goes to `emit` as it is found. No file system: the command line
 * lists a directory (load.ts), the browser page the files it was given. Which file belongs to which
 * dataset is data-files.ts, reading one file read-file.ts; cross-record rules live in rules.ts.
 */
import {
  DATASETS, processing, type AnyDataset, type AgencyRecord, type DigitizationRecord, type OnlineServicesRecord, type PlanRecord, type ProcessingRecord,
  type PublishedRecord, type SatisfactionRecord, type TargetRecord, type TaskRecord, type UnitChangeRecord, type UnitRecord,
} from "./contract";
import { bytesOf, discoverEntries, isWorkbookName, normalise, type DataEntry, type DataFile } from "./data-files";
import { decodeBytes, type DecodeResult } from "./decode";
import { fileIssue, type Issue } from "./issues";
import { isForm06Csv, readForm06Csv, readWorkbookFile, type LaidOutResult } from "./laid-out-file";
import type { UnitList } from "./layouts";
import { readDecodedFile, type FileAccount, type Located } from "./read-file";

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
  /** Every issue, when no `emit` was given. */
  issues: Issue[];
  /** Datasets with at least one error of their own: what other datasets' follow-on errors trace back to. */
  failed: Set<string>;
  /**
   * Where each account's accepted rows sit among its dataset's records: those of `accounts[i]` are at
   * positions `ranges[i].start` (inclusive) to `ranges[i].end` (exclusive), each file's rows together.
   */
  ranges: RowRange[];
}

export interface RowRange {
  start: number;
  end: number;
}

export interface LoadOptions {
  /** Receives each issue as it is found; without it, issues are collected in `issues`. */
  emit?: ((issue: Issue) => void) | undefined;
  /** The name reports give a relative path (the command line puts the data directory before it). */
  locate?: ((relative: string) => string) | undefined;
  /** Called before each file is read, with its relative path and how many files are read in all. */
  progress?: ((file: string, index: number, total: number) => void) | undefined;
}

/** Reads every dataset file of the entries. Never throws: a file that cannot be read is an error issue. */
export function loadFiles(entries: readonly DataEntry[], options: LoadOptions = {}): LoadResult {
  const issues: Issue[] = [];
  const report = options.emit ?? ((issue: Issue) => issues.push(issue));
  const locate = options.locate ?? ((p: string) => p);
  const byPath = new Map(entries.filter((e): e is DataFile => e.kind === "file").map((e) => [normalise(e.path), e]));
  const { found, unknown, issues: discoveryIssues } = discoverEntries(entries, locate);
  const records = Object.fromEntries(DATASETS.map((d) => [d.name, []])) as unknown as RecordsOf;
  const accounts: FileAccount[] = [];
  const ranges: RowRange[] = [];
  const failed = new Set<string>();
  const total = found.reduce((n, f) => n + f.files.length, 0) + unknown.filter(isWorkbookName).length;
  let index = 0;
  discoveryIssues.forEach(report);
  for (const f of unknown.filter((f) => !isWorkbookName(f)))
    report(
      fileIssue(
        locate(f),
        { vi: "tệp không thuộc bộ dữ liệu nào trong hợp đồng dữ liệu, không được đọc", en: "file belongs to no dataset of the data contract, not read" },
        "warning",
      ),
    );
  /** The bytes of a listed file, or undefined after `onUnreadable` was told why. */
  const read = (relative: string, onUnreadable: (issue: Issue) => void): Uint8Array | undefined => {
    options.progress?.(relative, index++, total);
    const entry = byPath.get(relative);
    const bytes = entry === undefined ? { unreadable: { vi: "tệp không còn đó", en: "the file is gone" } } : bytesOf(entry);
    if (bytes instanceof Uint8Array) return bytes;
    onUnreadable(fileIssue(locate(relative), bytes.unreadable));
    return undefined;
  };
  for (const { dataset, files } of found) {
    const reportOwn = (issue: Issue) => {
      if (issue.severity === "error") failed.add(dataset.name);
      report(issue);
    };
    if (dataset.name === "units" && files.length === 0)
      reportOwn(
        fileIssue(locate("units.csv"), {
          vi: "thiếu danh mục đơn vị (units.csv hoặc units.json): không thể kiểm tra mã đơn vị",
          en: "the units list (units.csv or units.json) is missing: unit codes cannot be checked",
        }),
      );
    for (const relative of files) readListed(dataset, relative, reportOwn);
  }
  // Workbooks outside the datasets' places: each sheet says by its name or header which dataset it holds.
  for (const relative of unknown.filter(isWorkbookName)) {
    const bytes = read(relative, report);
    if (bytes !== undefined) addLaidOut(readWorkbookFile(readDecodedFile, bytes, locate(relative), undefined, unitList(records)));
  }
  return { records, accounts, issues, failed, ranges };

  /**
   * One file of a dataset, in a function of its own so that nothing of it outlives the reading: the
   * bytes are decoded once and let go before the text is read, and the text goes once its rows are read.
   */
  function readListed(dataset: AnyDataset, relative: string, reportOwn: (issue: Issue) => void): void {
    const file = locate(relative);
    const unreadable = (issue: Issue) => {
      addAccount({ file, dataset: dataset.name, read: 0, accepted: 0, rejected: 0 }, []);
      reportOwn(issue);
    };
    if (isWorkbookName(relative)) {
      const bytes = read(relative, unreadable);
      if (bytes !== undefined) addLaidOut(readWorkbookFile(readDecodedFile, bytes, file, dataset, unitList(records)));
      return;
    }
    const decoded = decode(relative, unreadable);
    if (decoded === undefined) return;
    // The text tells a form-06 report from a flat table; the same text is then read, not decoded again.
    if (dataset === processing && !relative.toLowerCase().endsWith(".json") && decoded.ok && isForm06Csv(decoded.text)) {
      addLaidOut(readForm06Csv(readDecodedFile, decoded, file, unitList(records)));
      return;
    }
    const loaded = readDecodedFile(dataset, decoded, file, reportOwn);
    addAccount(loaded.account, loaded.records);
  }

  /** A file's (or sheet's) account, and its accepted rows (an array of its own) after those of its dataset read so far. */
  function addAccount(account: FileAccount, rows: Located<unknown>[]): void {
    const name = account.dataset as keyof RecordsOf;
    const target = records[name] as Located<unknown>[];
    const start = target.length;
    // The first file of a dataset gives it its rows as they are: a big export's are not copied.
    if (start === 0) (records as unknown as Record<string, Located<unknown>[]>)[name] = rows;
    // One by one, never push(...rows): a spread of a million rows overflows the call stack.
    else for (const r of rows) target.push(r);
    accounts.push(account);
    ranges.push({ start, end: start + rows.length });
  }

  /** A listed file's text: its bytes are read and decoded here, and held by nothing once this returns. */
  function decode(relative: string, onUnreadable: (issue: Issue) => void): DecodeResult | undefined {
    const bytes = read(relative, onUnreadable);
    return bytes === undefined ? undefined : decodeBytes(bytes);
  }

  function addLaidOut(result: LaidOutResult): void {
    for (const issue of result.issues) report(issue);
    for (const f of result.files) {
      addAccount({ ...f.account, ...(f.sheet !== undefined ? { sheet: f.sheet } : {}), layout: f.layout }, f.records);
      for (const issue of f.issues) {
        if (issue.severity === "error") failed.add(f.account.dataset);
        report(issue);
      }
    }
  }
}

/** The units read so far (the units dataset is read first), for resolving units given by name. */
function unitList(records: RecordsOf): UnitList | undefined {
  return records.units.length === 0 ? undefined : records.units.map((u) => u.record);
}
