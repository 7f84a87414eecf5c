/**
 * The place finder's index: every unit a reader may know, by its old or new name, pointing to the
 * page that now covers it. Old communes point to the new communes formed from them.
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

function context(u: UnitView): string {
  const parts: string[] = [];
  if (u.parent && u.parent.level === "district") parts.push(u.parent.fullName);
  parts.push(u.province.fullName);
  parts.push(t(u.ended ? "reform.before" : "reform.since"));
  return parts.join(", ");
}

export function placeIndex(site: SiteModel): PlaceEntry[] {
  const entries: PlaceEntry[] = [];
  for (const u of site.units) {
    const links: [string, string][] = [];
    if (site.pages.includes(u)) links.push([u.fullName, u.url]);
    for (const s of u.successors) if (s.level === "commune" && !s.ended && site.pages.includes(s) && u.level === "commune") links.push([t("places.now", { unit: s.fullName }), s.url]);
    if (u.level === "commune" && u.ended && u.parent && site.pages.includes(u.parent)) links.push([t("places.dataOf", { unit: u.parent.fullName }), u.parent.url]);
    if (links.length === 0) continue;
    const n = `${u.fullName} (${context(u)})`;
    entries.push({ n, f: foldVietnamese(`${u.fullName} ${u.record.name}`), l: links });
  }
  return entries.sort((a, b) => a.n.localeCompare(b.n, "vi"));
}
