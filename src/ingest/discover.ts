/**
 * Which files of a data directory belong to which dataset. Every entry is accounted for: claimed by a
 * dataset, reported as unreadable, or reported as ignored with the reason — never skipped in silence.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { DATASETS, type AnyDataset } from "./contract";
import { fileIssue, type Issue, type Reason } from "./issues";
import { WORKBOOK_EXTENSIONS } from "./workbook";

/** Folders of a data directory that hold reference material rather than datasets. */
const REFERENCE_FOLDERS = new Set(["geo"]);
/**
 * CSV, JSON, Excel's "Unicode text" (.txt, tab-separated UTF-16) or .tsv read like CSV, and workbooks
 * (each sheet a table); in any letter case.
 */
const DATA_EXTENSIONS = [".csv", ".json", ".tsv", ".txt", ...WORKBOOK_EXTENSIONS];
/** Documentation kept beside the data (licences, read-me files) is not data. */
const isDocumentation = (name: string) => /^(readme|license|licence)/i.test(name);
const extOf = (name: string) => path.extname(name).toLowerCase();
const isDataName = (name: string) => DATA_EXTENSIONS.includes(extOf(name)) && !isDocumentation(name);

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
  const isData = isDataName;
  /** Dataset name of a file name, whatever the letter case of its extension (processing.CSV). */

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

  /** Entries of each folder that holds dataset files (the data directory, exports/), listed once. */
  const listings = new Map<string, string[]>();
  const entriesOf = (d: string): string[] => {
    let entries = listings.get(d);
    if (entries === undefined) {
      // Quietly: a folder that cannot be listed is reported once, by the walk below.
      try {
        entries = readdirSync(d).sort();
      } catch {
        entries = [];
      }
      listings.set(d, entries);
    }
    return entries;
  };
  for (const dataset of DATASETS) {
    const files: string[] = [];
    const parent = path.join(dir, path.dirname(dataset.name));
    const stem = path.basename(dataset.name);
    const named = entriesOf(parent).filter((e) => path.basename(e, path.extname(e)) === stem && DATA_EXTENSIONS.includes(extOf(e)));
    for (const entry of named) {
      const p = path.join(parent, entry);
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
export function unreadable(p: string, e: unknown): Reason {
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
