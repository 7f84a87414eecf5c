/**
 * The validated data of this build, read once per build process. scripts/build.ts has already
 * stopped the build on errors; this guard keeps `astro dev` from showing invalid data.
 */
import { formatReport, validateDataDir } from "../ingest/validate";
import { buildModel, type SiteModel } from "./model";
import { readCentroids } from "./tile-layout";

let cached: SiteModel | undefined;

export function getSite(): SiteModel {
  if (cached) return cached;
  const dataDir = process.env["DATA_DIR"] ?? "data";
  const report = validateDataDir(dataDir);
  if (!report.ok) throw new Error(formatReport(report));
  cached = buildModel(report.records, readCentroids(dataDir));
  return cached;
}
