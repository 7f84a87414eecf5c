/**
 * A data directory on disk → the list of its entries that data-files.ts sorts into datasets. Only this
 * file and load.ts touch the file system; links are followed, and a link back up the tree is entered once.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { discoverEntries, type DataEntry, type DatasetFiles, type Discovery } from "./data-files";
import type { Reason } from "./issues";

export type { DatasetFiles, Discovery } from "./data-files";

/** The name reports give a path relative to dir: the directory as given, joined with the path. */
export function locateIn(dir: string): (relative: string) => string {
  return (relative) => (relative === "" ? dir : path.join(dir, relative));
}

/**
 * Every entry under dir, files read only when asked. Never throws: what cannot be examined — a broken
 * symbolic link, a folder that cannot be listed — is an entry saying why.
 */
export function listDataDir(dir: string): DataEntry[] {
  const top = kindOf(dir);
  if (top === undefined)
    return [{ path: "", kind: "unreadable", reason: { vi: `thư mục dữ liệu "${dir}" không tồn tại`, en: `the data directory "${dir}" does not exist` } }];
  if (typeof top === "object") return [{ path: "", kind: "unreadable", reason: top }];
  if (top !== "folder") return [{ path: "", kind: "unreadable", reason: { vi: `"${dir}" không phải là thư mục dữ liệu`, en: `"${dir}" is not a data directory` } }];
  const entries: DataEntry[] = [];
  /** Directories already entered, by real path: a link back up the tree must not loop. */
  const entered = new Set<string>();
  const visit = (folder: string, relative: string) => {
    let names: string[];
    try {
      const real = realpathSync(folder);
      if (entered.has(real)) return;
      entered.add(real);
      names = readdirSync(folder).sort();
    } catch (e) {
      entries.push({ path: relative, kind: "folder", unlistable: unreadable(folder, e) });
      return;
    }
    for (const name of names) {
      const p = path.join(folder, name);
      const r = relative === "" ? name : `${relative}/${name}`;
      const kind = kindOf(p);
      if (kind === undefined) continue;
      if (typeof kind === "object") entries.push({ path: r, kind: "unreadable", reason: kind });
      else if (kind === "file") entries.push({ path: r, kind: "file", bytes: () => readBytes(p) });
      else if (kind === "other") entries.push({ path: r, kind: "other" });
      else {
        entries.push({ path: r, kind: "folder" });
        visit(p, r);
      }
    }
  };
  visit(dir, "");
  return entries;
}

/** Which dataset each file of dir belongs to, the files named as reports name them (dir joined with the path). */
export function discoverFiles(dir: string): Discovery {
  const locate = locateIn(dir);
  const found = discoverEntries(listDataDir(dir), locate);
  return {
    ...found,
    found: found.found.map((f): DatasetFiles => ({ ...f, files: f.files.map(locate) })),
    unknown: found.unknown.map(locate),
  };
}

function readBytes(p: string): Uint8Array | { unreadable: Reason } {
  try {
    return readFileSync(p);
  } catch (e) {
    return { unreadable: unreadable(p, e) };
  }
}

/** What is at p, following links: undefined when nothing is, a reason when it cannot be examined. */
function kindOf(p: string): "file" | "folder" | "other" | Reason | undefined {
  if (!isThere(p)) return undefined;
  try {
    const s = statSync(p);
    return s.isFile() ? "file" : s.isDirectory() ? "folder" : "other";
  } catch (e) {
    return unreadable(p, e);
  }
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

/** Why p could not be examined or read, from the error Node gave, naming the file. */
export function unreadable(p: string, e: unknown): Reason {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const name = path.basename(p);
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
  if (code === "EISDIR") return { vi: `"${name}" là một thư mục, không phải tệp dữ liệu`, en: `"${name}" is a directory, not a data file` };
  if (code === "ELOOP")
    return { vi: `không đọc được "${name}": vòng lặp liên kết tượng trưng`, en: `cannot read "${name}": symbolic link loop` };
  if (code === "EACCES" || code === "EPERM")
    return { vi: `không có quyền đọc "${name}"`, en: `no permission to read "${name}"` };
  const detail = e instanceof Error ? e.message : String(e);
  return { vi: `không đọc được "${name}": ${detail}`, en: `cannot read "${name}": ${detail}` };
}
