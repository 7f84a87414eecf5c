/**
 * The files of a data directory as a plain list — no file system — and which dataset each belongs to.
 * The command line lists a directory on disk (discover.ts), the browser page the files an official
 * dropped or picked; both hand the same list to the same code here, so both report the same.
 *
 * Every entry is accounted for: claimed by a dataset, reported as unreadable, or reported as ignored
 * with the reason — never skipped in silence.
 */
import { DATASETS, type AnyDataset } from "./contract";
import { fileIssue, type Issue, type Reason } from "./issues";
import { WORKBOOK_EXTENSIONS } from "./workbook";

/** What a file holds, or why it could not be read (asked for only when the file is read). */
export type FileBytes = Uint8Array | (() => Uint8Array | { unreadable: Reason });

/**
 * One entry of a data directory, by its path relative to the directory ("exports/processing.csv",
 * "/" between folders). Folders need not be listed: the folders of the files' paths are implied.
 * The path "" is the data directory itself (an "unreadable" or "other" entry there says why it cannot be read).
 */
export type DataEntry =
  | { path: string; kind: "file"; bytes: FileBytes }
  /** A folder; `unlistable` when its entries could not be listed. */
  | { path: string; kind: "folder"; unlistable?: Reason }
  /** Neither a regular file nor a folder (a device, a socket). */
  | { path: string; kind: "other" }
  /** Something that could not be examined at all (a broken link), and why. */
  | { path: string; kind: "unreadable"; reason: Reason };

export type DataFile = Extract<DataEntry, { kind: "file" }>;

export interface DatasetFiles {
  dataset: AnyDataset;
  /** Relative paths, in reading order. */
  files: string[];
}

export interface Discovery {
  found: DatasetFiles[];
  /** Data-like files that belong to no dataset (relative paths). */
  unknown: string[];
  /** Entries that could not be examined or are not what their name says (broken links, folders named x.csv): errors. */
  issues: Issue[];
}

/** Folders of a data directory that hold reference material rather than datasets. */
const REFERENCE_FOLDERS = new Set(["geo"]);
/**
 * CSV, JSON, Excel's "Unicode text" (.txt, tab-separated UTF-16) or .tsv read like CSV, and workbooks
 * (each sheet a table); in any letter case.
 */
export const DATA_EXTENSIONS = [".csv", ".json", ".tsv", ".txt", ...WORKBOOK_EXTENSIONS];
/** Documentation kept beside the data (licences, read-me files) is not data. */
const isDocumentation = (name: string) => /^(readme|license|licence)/i.test(name);

/** ".csv" of "a/b.CSV", "" without an extension (as Node's path.extname: a leading dot is no extension). */
export function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

const isDataName = (name: string) => DATA_EXTENSIONS.includes(extensionOf(name)) && !isDocumentation(name);
const join = (folder: string, name: string) => (folder === "" ? name : `${folder}/${name}`);
const parentOf = (p: string) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
const stemOf = (name: string) => name.slice(0, name.length - extensionOf(name).length);

export function isWorkbookName(file: string): boolean {
  return WORKBOOK_EXTENSIONS.has(extensionOf(file));
}

/** A folder tree of the entries: what each path is, and each folder's sorted entry names. */
class Tree {
  readonly entries = new Map<string, DataEntry>();
  private readonly children = new Map<string, Set<string>>();

  constructor(list: readonly DataEntry[]) {
    for (const entry of list) {
      const p = normalise(entry.path);
      this.entries.set(p, { ...entry, path: p });
      // Every folder on the way is a folder, listed or not.
      for (let child = p; child !== ""; child = parentOf(child)) {
        const parent = parentOf(child);
        if (!this.entries.has(parent)) this.entries.set(parent, { path: parent, kind: "folder" });
        let names = this.children.get(parent);
        if (names === undefined) this.children.set(parent, (names = new Set()));
        names.add(baseName(child));
      }
    }
  }

  list(folder: string): string[] {
    return [...(this.children.get(folder) ?? [])].sort();
  }
}

/** "exports/processing.csv" of "./exports//processing.csv". */
export function normalise(p: string): string {
  return p.split("/").filter((s) => s !== "" && s !== ".").join("/");
}

/**
 * Finds each dataset's files: NAME.csv, NAME.json (…), and every data file in a folder NAME/ and its
 * subfolders (README and LICENSE files excepted). Whatever cannot be examined — a broken link, a folder
 * named like a data file, a folder that cannot be listed — becomes an error, named by `locate(path)`.
 */
export function discoverEntries(list: readonly DataEntry[], locate: (relative: string) => string = (p) => p): Discovery {
  const tree = new Tree(list);
  const issues: Issue[] = [];
  const claimed = new Set<string>();
  const found: DatasetFiles[] = [];
  const problem = (p: string, reason: Reason) => issues.push(fileIssue(locate(p), reason));

  /** What p is; undefined when nothing is there, "unreadable" after reporting why. */
  const examine = (p: string): "file" | "dir" | "other" | "unreadable" | undefined => {
    const entry = tree.entries.get(p);
    if (entry === undefined) return undefined;
    switch (entry.kind) {
      case "file":
        return "file";
      case "folder":
        return "dir";
      case "other":
        return "other";
      case "unreadable":
        problem(p, entry.reason);
        return "unreadable";
    }
  };
  /** Sorted entries of folder d; [] after reporting why when d cannot be listed. */
  const entered = new Set<string>();
  const enter = (d: string): string[] | undefined => {
    if (entered.has(d)) return undefined;
    entered.add(d);
    const entry = tree.entries.get(d);
    if (entry?.kind === "folder" && entry.unlistable !== undefined) {
      problem(d, entry.unlistable);
      return [];
    }
    return tree.list(d);
  };

  /** Data files of a dataset folder: its own files by name, then each subfolder's in turn. */
  const collect = (folder: string, files: string[]) => {
    const names = enter(folder);
    if (names === undefined) return;
    const subfolders: string[] = [];
    for (const name of names) {
      const p = join(folder, name);
      const kind = examine(p);
      if (kind === "dir") subfolders.push(p);
      else if (kind === "file" && isDataName(name)) files.push(p);
      else if (kind === "other" && isDataName(name)) problem(p, notAFile(p));
    }
    for (const p of subfolders) collect(p, files);
  };

  for (const dataset of DATASETS) {
    const files: string[] = [];
    const parent = parentOf(dataset.name);
    const stem = baseName(dataset.name);
    const parentEntry = tree.entries.get(parent);
    const siblings = parentEntry?.kind === "folder" && parentEntry.unlistable === undefined ? tree.list(parent) : [];
    for (const name of siblings.filter((n) => stemOf(n) === stem && DATA_EXTENSIONS.includes(extensionOf(n)))) {
      const p = join(parent, name);
      const kind = examine(p);
      claimed.add(p);
      if (kind === "file") files.push(p);
      else if (kind === "dir") problem(p, isAFolder(p));
      else if (kind === "other") problem(p, notAFile(p));
    }
    const folder = dataset.name;
    const folderKind = examine(folder);
    if (folderKind !== undefined) claimed.add(folder); // examined (and any problem reported) once
    if (folderKind === "dir") collect(folder, files);
    for (const f of files) claimed.add(f);
    found.push({ dataset, files });
  }

  const unknown: string[] = [];
  const walk = (d: string) => {
    const names = enter(d);
    if (names === undefined) return;
    for (const name of names) {
      const p = join(d, name);
      if (claimed.has(p) || (d === "" && REFERENCE_FOLDERS.has(name))) continue;
      const kind = examine(p);
      if (kind === "dir") walk(p);
      else if (kind !== "unreadable" && isDataName(name)) unknown.push(p);
    }
  };
  const top = tree.entries.get("");
  if (top === undefined || top.kind === "folder") walk("");
  else if (top.kind === "unreadable") problem("", top.reason);
  return { found, unknown, issues };
}

function isAFolder(p: string): Reason {
  const name = baseName(p);
  return { vi: `"${name}" là một thư mục, không phải tệp dữ liệu`, en: `"${name}" is a directory, not a data file` };
}

function notAFile(p: string): Reason {
  const name = baseName(p);
  return { vi: `"${name}" không phải là tệp thông thường`, en: `"${name}" is not a regular file` };
}

/** The bytes of a file entry, or why they cannot be read. */
export function bytesOf(entry: DataFile): Uint8Array | { unreadable: Reason } {
  return entry.bytes instanceof Uint8Array ? entry.bytes : entry.bytes();
}
