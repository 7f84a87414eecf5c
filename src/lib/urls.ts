/**
 * Every address the site publishes, built in one place: pages, the static data API, and the query
 * of a chart view. Browser code imports it too, so it depends only on the leaf modules.
 */
import type { Level, UnitIdentity } from "./identity";
import { unitKey } from "./identity";

const LEVEL_PATH: Record<Level, string> = { province: "tinh", district: "huyen", commune: "xa" };

export const urls = {
  home: "/",
  targets: "/chi-tieu/",
  plans: "/ke-hoach/",
  agencies: "/co-quan/",
  method: "/phuong-phap/",
  published: "/so-lieu-da-cong-bo/",
  data: "/du-lieu/",
  search: "/tim-kiem/",
  /** One shard of the search index ("place", "plan", "agency", "target", "task"). */
  searchShard: (type: string) => `/tim-kiem/${type}.json`,
  checker: "/kiem-tra/",
  places: "/places.json",
  /** The page of a unit: "/huyen/krong-pa-625/". */
  unitPage: (level: Level, slug: string) => `/${LEVEL_PATH[level]}/${slug}/`,
  target: (id: string) => `/chi-tieu/${id}/`,
  /** A plan's page, or one of its sections ("nhiem-vu"). */
  plan: (id: string, section?: string) => `/ke-hoach/${id}/${section === undefined ? "" : `#${section}`}`,
  task: (planId: string, taskId: string) => `/ke-hoach/${planId}/#${taskId}`,
  agency: (id: string) => `/co-quan/${id}/`,
  metric: (id: string) => `/phuong-phap/#${id}`,
  /** A section of the method page ("nguon", "trang-thai"). */
  methodSection: (id: string) => `/phuong-phap/#${id}`,
  /**
   * A unit's data file, keyed by its identity, not by its code alone (codes are reused across the
   * 2025 reform): "/api/don-vi/52.json" is the new Gia Lai, "/api/don-vi/52@2025-06-30.json" the
   * former Bình Định. Stable across rebuilds.
   */
  unitData: (unit: Pick<UnitIdentity, "code" | "valid_to">) => `/api/don-vi/${unitKey(unit)}.json`,
  /** One province's units and their headline metrics per period. */
  provinceData: (province: Pick<UnitIdentity, "code" | "valid_to">) => `/api/tinh/${unitKey(province)}.json`,
  /** The list of every unit file. */
  dataIndex: "/api/index.json",
  /** The JSON schema of the unit files. */
  unitSchema: "/api/schema/don-vi.json",
  provinceSchema: "/api/schema/tinh.json",
} as const;
