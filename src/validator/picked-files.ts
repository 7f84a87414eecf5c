/**
 * Files an official dropped or picked → their paths in a data directory, as `npm run validate`
 * would see them. Picking or dropping one folder makes that folder the data directory; loose files sit
 * at its top, except an export named after its dataset (processing.csv …), which goes to exports/ where
 * the contract keeps it. Pure, so the page and its tests agree on where each file lands.
 */
import { DATASETS } from "../ingest/contract";
import { baseName, extensionOf, normalise } from "../ingest/data-files";

export interface PickedFile<F> {
  /** The path the browser gave: a folder pick's `webkitRelativePath`, a dropped entry's path, or the name. */
  path: string;
  file: F;
}

export interface Placed<F> {
  /** The data directory's name: the folder picked or dropped, "" for loose files. */
  dir: string;
  files: { path: string; file: F }[];
}

/** First segments of the datasets' own paths (exports, units, plans …): a folder so named is not a data directory. */
const DATASET_FOLDERS = new Set(DATASETS.map((d) => d.name.split("/")[0] as string));
const EXPORT_STEMS = new Set(DATASETS.filter((d) => d.name.startsWith("exports/")).map((d) => d.name.slice("exports/".length)));

export function placeFiles<F>(picked: readonly PickedFile<F>[]): Placed<F> {
  const files = picked.map((p) => ({ path: normalise(p.path), file: p.file })).filter((p) => p.path !== "");
  const tops = new Set(files.map((f) => (f.path.includes("/") ? f.path.slice(0, f.path.indexOf("/")) : "")));
  const [top] = tops;
  if (tops.size === 1 && top !== undefined && top !== "" && !DATASET_FOLDERS.has(top))
    return { dir: top, files: files.map((f) => ({ path: f.path.slice(top.length + 1), file: f.file })) };
  return {
    dir: "",
    files: files.map((f) => {
      const name = baseName(f.path);
      const stem = name.slice(0, name.length - extensionOf(name).length);
      return f.path === name && EXPORT_STEMS.has(stem) ? { path: `exports/${name}`, file: f.file } : f;
    }),
  };
}

/** The kinds of file the page accepts, for the file picker's `accept`. */
export const ACCEPTED_EXTENSIONS = [".csv", ".txt", ".tsv", ".json", ".xlsx", ".xls", ".xlsm", ".ods"];
