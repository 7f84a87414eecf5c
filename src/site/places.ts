/**
 * The place finder's index: every unit a reader may know, by its old or new name, pointing to the
 * page that now covers it. Old communes point to the new communes formed from them. Site search
 * builds its place documents from the same links and context.
 */
import { t } from "../i18n";
import { foldVietnamese } from "../lib/vietnamese";
import type { SiteModel, UnitView } from "./model";

export interface PlaceEntry {
  /** Display name with context. */
  n: string;
  /** Folded text to match. */
  f: string;
  /** Links: [label, url]. */
  l: [string, string][];
}

/** "Huyện Krông Pa, Tỉnh Gia Lai, trước 1/7/2025": the unit's parents and side of the reform. */
export function placeContext(u: UnitView): string {
  const parts: string[] = [];
  if (u.parent && u.parent.level === "district") parts.push(u.parent.fullName);
  if (u.level !== "province") parts.push(u.province.fullName);
  parts.push(t(u.ended ? "reform.before" : "reform.since"));
  return parts.join(", ");
}

/** Pages that cover a unit: its own, the new communes formed from an old commune, an old commune's district. */
export function placeLinks(site: SiteModel, u: UnitView): [string, string][] {
  const links: [string, string][] = [];
  if (site.pages.includes(u)) links.push([u.fullName, u.url]);
  for (const s of u.successors) if (s.level === "commune" && !s.ended && site.pages.includes(s) && u.level === "commune") links.push([t("places.now", { unit: s.fullName }), s.url]);
  if (u.level === "commune" && u.ended && u.parent && site.pages.includes(u.parent)) links.push([t("places.dataOf", { unit: u.parent.fullName }), u.parent.url]);
  return links;
}

export function placeIndex(site: SiteModel): PlaceEntry[] {
  const entries: PlaceEntry[] = [];
  for (const u of site.units) {
    const links = placeLinks(site, u);
    if (links.length === 0) continue;
    const n = `${u.fullName} (${placeContext(u)})`;
    entries.push({ n, f: foldVietnamese(`${u.fullName} ${u.record.name}`), l: links });
  }
  return entries.sort((a, b) => a.n.localeCompare(b.n, "vi"));
}
