/**
 * A data directory on disk → validated records per dataset and per-file accounting, by the same
 * loader the browser page runs on the files it is given (load-files.ts): only listing and reading differ.
 */
import { listDataDir, locateIn } from "./discover";
import type { Issue } from "./issues";
import { loadFiles, type LoadResult } from "./load-files";

export { discoverFiles, type DatasetFiles, type Discovery } from "./discover";
export { loadFiles, type LoadResult, type RecordsOf } from "./load-files";
export { readDatasetFile, type FileAccount, type LoadedFile, type Located } from "./read-file";

/** Reads every dataset file of dir. Never throws: a file that cannot be examined or read is an error issue. */
export function loadDataDir(dir: string, emit?: (issue: Issue) => void): LoadResult {
  return loadFiles(listDataDir(dir), { emit, locate: locateIn(dir) });
}
