/**
 * Illustrative sample exports (Dữ liệu minh họa — không phải số liệu chính thức).
 *
 * No per-district or per-commune one-stop series is published for these provinces, so the site ships a
 * deterministic, clearly marked sample: one row per district of the former provinces Gia Lai (64),
 * Bình Định (52), Khánh Hòa (56) and Ninh Thuận (58) per month from 2019-01 to 2025-06, and one row per
 * commune of the new provinces Gia Lai (52) and Khánh Hòa (56) per month from 2025-07 to 2026-10.
 *
 * Pure: the same units and options give the same rows. Randomness comes only from d3's `randomLcg`,
 * seeded from the options' seed and the unit code, and d3-random distributions drawn from it.
 *
 * Calibrated to two published figures (see data/exports/README.md):
 * - old Gia Lai (64), 2025-01, sum of its 17 districts: resolved early 13,794, on time 134, late 651
 *   (gialaitv.vn);
 * - new Gia Lai (52), 2025-10, sum of its 135 communes: received online 107,152, online + in person/postal
 *   115,865 (baogialai.com.vn, post570542). That report covers 21/9–20/10/2025, not the calendar month;
 *   the sample puts it on 2025-10 as an approximation. It is a province total (all levels); the sample
 *   spreads it over the communes, so post-reform commune volumes are much larger than the former
 *   district volumes.
 */
import { randomBinomial, randomInt, randomLcg, randomLogNormal, randomNormal, randomUniform } from "d3";

// ---------------------------------------------------------------------------------------------------------
// Inputs and outputs

/** A row of data/units.csv, as strings (empty string for an empty cell). */
export interface SampleUnit {
  code: string;
  name: string;
  type: string;
  level: string;
  parent_code: string;
  valid_from: string;
  valid_to: string;
}

export interface SampleOptions {
  /** Seed of every random stream. */
  seed: number;
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = { seed: 20_250_701 };

export interface ProcessingRow {
  unit_code: string;
  period: string;
  received_carried_over: number;
  received_online: number;
  received_direct_postal: number;
  resolved_early: number;
  resolved_on_time: number;
  resolved_late: number;
  pending_within_term: number;
  pending_overdue: number;
  sample: boolean;
  /** Empty except on the one row whose form-06 identity does not hold. */
  known_inconsistency: string;
}

export interface OnlineServicesRow {
  unit_code: string;
  period: string;
  procedures_total: number;
  procedures_full_online: number;
  procedures_partial_online: number;
  fee_dossiers: number;
  fee_dossiers_paid_online: number;
  sample: boolean;
}

export interface DigitizationRow {
  unit_code: string;
  period: string;
  dossiers_received: number;
  dossiers_digitized: number;
  results_issued: number;
  results_digitized: number;
  dossiers_reusing_data: number;
  dossiers_e_routed: number;
  sample: boolean;
}

export interface SatisfactionRow {
  unit_code: string;
  period: string;
  responses: number;
  very_satisfied: number;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  /** One decimal. */
  avg_wait_minutes: number;
  /** One decimal. */
  avg_service_minutes: number;
  sample: boolean;
}

export interface SampleExports {
  processing: ProcessingRow[];
  onlineServices: OnlineServicesRow[];
  digitization: DigitizationRow[];
  satisfaction: SatisfactionRow[];
}

export type SampleDataset = keyof SampleExports;

export const PROCESSING_COLUMNS = [
  "unit_code", "period", "received_carried_over", "received_online", "received_direct_postal",
  "resolved_early", "resolved_on_time", "resolved_late", "pending_within_term", "pending_overdue",
  "sample", "known_inconsistency",
] as const satisfies readonly (keyof ProcessingRow)[];

export const ONLINE_SERVICES_COLUMNS = [
  "unit_code", "period", "procedures_total", "procedures_full_online", "procedures_partial_online",
  "fee_dossiers", "fee_dossiers_paid_online", "sample",
] as const satisfies readonly (keyof OnlineServicesRow)[];

export const DIGITIZATION_COLUMNS = [
  "unit_code", "period", "dossiers_received", "dossiers_digitized", "results_issued", "results_digitized",
  "dossiers_reusing_data", "dossiers_e_routed", "sample",
] as const satisfies readonly (keyof DigitizationRow)[];

export const SATISFACTION_COLUMNS = [
  "unit_code", "period", "responses", "very_satisfied", "satisfied", "neutral", "dissatisfied",
  "avg_wait_minutes", "avg_service_minutes", "sample",
] as const satisfies readonly (keyof SatisfactionRow)[];

// ---------------------------------------------------------------------------------------------------------
// Scope, calendar and calibration

export const FORMER_PROVINCES = ["64", "52", "56", "58"] as const;
export const NEW_PROVINCES = ["52", "56"] as const;
export const DISTRICT_MONTHS = { first: "2019-01", last: "2025-06" } as const;
export const COMMUNE_MONTHS = { first: "2025-07", last: "2026-10" } as const;
const FORMER_VALID_TO = "2025-06-30";
const NEW_VALID_FROM = "2025-07-01";

/** Published figures the sample is calibrated to. */
export const CALIBRATION = {
  /** Gia Lai TV (gialaitv.vn), results for January 2025, old Gia Lai (64). */
  jan2025: { province: "64", period: "2025-01", resolved_early: 13_794, resolved_on_time: 134, resolved_late: 651 },
  /**
   * Báo Gia Lai (baogialai.com.vn, post570542), new Gia Lai (52), 21/9–20/10/2025, approximated as the
   * calendar month 2025-10: 107,152 of 115,865 new dossiers received online.
   */
  oct2025: { province: "52", period: "2025-10", received_online: 107_152, received_new: 115_865 },
} as const;

/** New dossiers a month in old Gia Lai's districts, in an average month of 2024 (model scale). */
const DISTRICT_MONTHLY_VOLUME = 15_000;

/** Number of unit-months dropped from one dataset each to show missing data. */
const GAPS_PER_DATASET: Record<SampleDataset, number> = { processing: 2, onlineServices: 2, digitization: 2, satisfaction: 2 };

/**
 * SAMPLE ASSUMPTION, not an official list: mountainous, remote districts chosen by name from general
 * knowledge of the provinces, given lower online shares and more late dossiers. New communes inherit this
 * from the former district of the old commune whose code they reuse. (The official lists of extremely
 * difficult / remote communes are not in the reference data, so units.csv leaves `remote` empty.)
 */
export const SAMPLE_MOUNTAIN_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  "64": ["KBang", "Kông Chro", "Krông Pa", "Ia Pa"],
  "52": ["An Lão", "Vĩnh Thạnh", "Vân Canh"],
  "56": ["Khánh Sơn", "Khánh Vĩnh"],
  "58": ["Bác Ái"],
};

/** First day of the lunar new year (Tết Nguyên đán). */
const TET: Readonly<Record<number, string>> = {
  2019: "2019-02-05", 2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01",
  2023: "2023-01-22", 2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17",
};

/** COVID-19: national distancing in April 2020; the fourth wave, July–October 2021. */
const COVID_VOLUME: Readonly<Record<string, number>> = {
  "2020-03": 0.88, "2020-04": 0.55, "2020-05": 0.9, "2021-07": 0.8, "2021-08": 0.6, "2021-09": 0.62, "2021-10": 0.8,
};
const COVID_LATE: Readonly<Record<string, number>> = {
  "2020-04": 2.2, "2020-05": 1.3, "2021-07": 1.5, "2021-08": 2.4, "2021-09": 2.2, "2021-10": 1.6,
};
/** The new communes' first months (from 1 July 2025): more late dossiers, longer waits. */
const REFORM_LATE: Readonly<Record<string, number>> = { "2025-07": 3.2, "2025-08": 2.4, "2025-09": 1.7 };
const REFORM_VOLUME: Readonly<Record<string, number>> = { "2025-07": 0.88, "2025-08": 0.96 };
const REFORM_PENDING: Readonly<Record<string, number>> = { "2025-07": 1.45, "2025-08": 1.25, "2025-09": 1.1 };
const REFORM_WAIT: Readonly<Record<string, number>> = { "2025-07": 1.6, "2025-08": 1.35, "2025-09": 1.15 };

// ---------------------------------------------------------------------------------------------------------
// Small pure helpers

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM` → months since 2019-01. */
function monthIndex(period: string): number {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return (y - 2019) * 12 + (m - 1);
}

function periodOf(index: number): string {
  return `${2019 + Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}

export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(periodOf(i));
  return out;
}

const logistic = (t: number, mid: number, k: number) => 1 / (1 + Math.exp(-k * (t - mid)));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/** FNV-1a, 32 bits: a stable seed per stream from the options' seed and a key. */
function streamSeed(seed: number, key: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}|${key}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x1_0000_0000;
}

/** Seeded random stream with the d3-random distributions bound to it. */
class Rng {
  readonly source: () => number;
  readonly #normal;
  readonly #logNormal;
  readonly #uniform;
  readonly #int;
  readonly #binomial;

  constructor(seed: number, key: string) {
    this.source = randomLcg(streamSeed(seed, key));
    this.#normal = randomNormal.source(this.source);
    this.#logNormal = randomLogNormal.source(this.source);
    this.#uniform = randomUniform.source(this.source);
    this.#int = randomInt.source(this.source);
    this.#binomial = randomBinomial.source(this.source);
  }

  normal(mu: number, sigma: number): number {
    return this.#normal(mu, sigma)();
  }
  logNormal(mu: number, sigma: number): number {
    return this.#logNormal(mu, sigma)();
  }
  uniform(min: number, max: number): number {
    return this.#uniform(min, max)();
  }
  /** Integer in [min, max). */
  int(min: number, max: number): number {
    return this.#int(min, max)();
  }
  binomial(n: number, p: number): number {
    if (n <= 0) return 0;
    return this.#binomial(n, clamp(p, 0, 1))();
  }
}

/** Integers proportional to the weights that add up to `total` exactly (largest remainder, ties by index). */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  const w = sum > 0 ? weights.map((x) => Math.max(0, x) / sum) : weights.map(() => 1 / weights.length);
  const quotas = w.map((x) => x * total);
  const out = quotas.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

/** Share of the working days of a month lost to the Tết holiday (3 days before to 5 days after). */
function tetShare(period: string): number {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const tet = TET[y];
  if (tet === undefined) return 0;
  const [ty, tm, td] = tet.split("-").map(Number) as [number, number, number];
  const day0 = Date.UTC(ty, tm - 1, td);
  let inMonth = 0;
  for (let d = -3; d <= 5; d++) {
    const date = new Date(day0 + d * 86_400_000);
    if (date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m) inMonth++;
  }
  return inMonth / 9;
}

// ---------------------------------------------------------------------------------------------------------
// Unit profiles

type Kind = "city" | "town" | "rural" | "mountain" | "island";

interface Series {
  code: string;
  level: "district" | "commune";
  /** Former province (districts) or the former province of the predecessor commune (communes). */
  formerProvince: string;
  /** Province of the row: the former province for districts, the new one for communes. */
  province: string;
  kind: Kind;
  months: string[];
  profile: Profile;
  rng: Rng;
}

interface Profile {
  size: number;
  onlineLag: number;
  onlineOffset: number;
  lateFactor: number;
  onTimeFactor: number;
  pendingRatio: number;
  feeShare: number;
  proceduresBase: number;
  /** Yearly revision of the catalogue of procedures, by year. */
  catalogueChange: Record<number, number>;
  fullOnlineLag: number;
  digitLag: number;
  responseFactor: number;
  dissatisfiedOffset: number;
  waitBase: number;
  serviceBase: number;
}

const DISTRICT_WEIGHT: Record<Kind, number> = { city: 3.2, town: 1.5, rural: 1, mountain: 0.6, island: 0.02 };
const COMMUNE_WEIGHT: Record<Kind, number> = { city: 1.8, town: 1.2, rural: 1, mountain: 0.65, island: 0.03 };
const PROVINCE_WEIGHT: Record<string, number> = { "64": 1, "52": 1.1, "56": 1.15, "58": 0.8 };
const ONLINE_CAP: Record<Kind, number> = { city: 0.95, town: 0.93, rural: 0.91, mountain: 0.83, island: 0.75 };
const ONLINE_LAG: Record<Kind, number> = { city: -4, town: -2, rural: 0, mountain: 6, island: 4 };
const LATE_FACTOR: Record<Kind, number> = { city: 0.75, town: 0.9, rural: 1, mountain: 1.9, island: 1.2 };
const WAIT_BASE: Record<Kind, number> = { city: 42, town: 36, rural: 30, mountain: 26, island: 15 };

const isMountain = (province: string, name: string) =>
  (SAMPLE_MOUNTAIN_DISTRICTS[province] ?? []).some((n) => n.normalize("NFC") === name.normalize("NFC"));

function makeProfile(rng: Rng, level: Series["level"], kind: Kind, formerProvince: string): Profile {
  const weight = (level === "district" ? DISTRICT_WEIGHT : COMMUNE_WEIGHT)[kind] * (PROVINCE_WEIGHT[formerProvince] ?? 1);
  return {
    size: weight * rng.logNormal(0, 0.2),
    onlineLag: ONLINE_LAG[kind] + rng.normal(0, 3),
    onlineOffset: rng.normal(0, 0.025),
    lateFactor: LATE_FACTOR[kind] * rng.logNormal(0, 0.3),
    onTimeFactor: rng.logNormal(0, 0.3),
    pendingRatio: rng.uniform(0.1, 0.2),
    feeShare: rng.uniform(0.25, 0.45),
    proceduresBase:
      kind === "island" ? rng.int(120, 160) : level === "district" ? rng.int(240, 320) : rng.int(300, 390),
    catalogueChange: Object.fromEntries([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => [y, rng.int(-8, 9)])),
    fullOnlineLag: rng.normal(0, 2) + (kind === "mountain" ? 3 : 0),
    digitLag: rng.normal(0, 3) + (kind === "mountain" || kind === "island" ? 5 : kind === "city" ? -2 : 0),
    responseFactor: rng.logNormal(0, 0.25),
    dissatisfiedOffset: rng.normal(0, 0.004),
    waitBase: WAIT_BASE[kind] * rng.logNormal(0, 0.12),
    serviceBase: rng.uniform(12, 18),
  };
}

function buildSeries(units: readonly SampleUnit[], seed: number): Series[] {
  const nfc = (s: string) => s.normalize("NFC").trim();
  const formerDistricts = units.filter(
    (u) => u.level === "district" && u.valid_to === FORMER_VALID_TO && (FORMER_PROVINCES as readonly string[]).includes(u.parent_code),
  );
  const districtByCode = new Map(formerDistricts.map((d) => [d.code, d]));
  const oldCommuneDistrict = new Map(
    units.filter((u) => u.level === "commune" && u.valid_to === FORMER_VALID_TO).map((c) => [c.code, c.parent_code]),
  );
  const newCommunes = units.filter(
    (u) => u.level === "commune" && u.valid_from === NEW_VALID_FROM && (NEW_PROVINCES as readonly string[]).includes(u.parent_code),
  );
  const byCode = (a: SampleUnit, b: SampleUnit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

  const series: Series[] = [];
  for (const d of [...formerDistricts].sort(byCode)) {
    const name = nfc(d.name);
    const kind: Kind =
      name === "Trường Sa" ? "island"
      : isMountain(d.parent_code, name) ? "mountain"
      : d.type === "Thành phố" ? "city"
      : d.type === "Thị xã" ? "town"
      : "rural";
    const rng = new Rng(seed, `district:${d.code}`);
    series.push({
      code: d.code, level: "district", formerProvince: d.parent_code, province: d.parent_code, kind,
      months: monthsBetween(DISTRICT_MONTHS.first, DISTRICT_MONTHS.last), profile: makeProfile(rng, "district", kind, d.parent_code), rng,
    });
  }
  for (const c of [...newCommunes].sort(byCode)) {
    // Every new commune of 52 and 56 reuses the code of one of its predecessor communes.
    const predecessor = districtByCode.get(oldCommuneDistrict.get(c.code) ?? "");
    const formerProvince = predecessor?.parent_code ?? c.parent_code;
    const kind: Kind =
      c.type === "Đặc khu" ? "island"
      : c.type === "Phường" ? "city"
      : predecessor !== undefined && isMountain(predecessor.parent_code, nfc(predecessor.name)) ? "mountain"
      : predecessor !== undefined && (predecessor.type === "Thành phố" || predecessor.type === "Thị xã") ? "town"
      : "rural";
    const rng = new Rng(seed, `commune:${c.code}`);
    series.push({
      code: c.code, level: "commune", formerProvince, province: c.parent_code, kind,
      months: monthsBetween(COMMUNE_MONTHS.first, COMMUNE_MONTHS.last), profile: makeProfile(rng, "commune", kind, formerProvince), rng,
    });
  }
  return series;
}

// ---------------------------------------------------------------------------------------------------------
// The model

/** Expected new dossiers before scaling and noise. */
function volumeFactor(s: Series, period: string): number {
  const t = monthIndex(period);
  const month = Number(period.slice(5));
  const season = (1 - 0.32 * tetShare(period)) * (month === 12 ? 1.05 : 1);
  return s.profile.size * (1 + 0.025 * (t / 12)) * season * (COVID_VOLUME[period] ?? 1) * (REFORM_VOLUME[period] ?? 1);
}

function onlineShare(s: Series, t: number): number {
  const base = 0.01 + (ONLINE_CAP[s.kind] - 0.01) * logistic(t, 50 + s.profile.onlineLag, 0.085);
  // The new communes were pushed to take dossiers online from the start (new Gia Lai: ≈ 92.5% in October 2025).
  const reformPush = s.level === "commune" ? 0.06 : 0;
  return base + reformPush + s.profile.onlineOffset;
}

function lateShare(s: Series, period: string, t: number): number {
  const base = s.level === "district" ? 0.075 - (0.04 * t) / 77 : 0.03 - (0.01 * (t - 78)) / 15;
  return base * s.profile.lateFactor * (COVID_LATE[period] ?? 1) * (REFORM_LATE[period] ?? 1) * (1 + 0.3 * tetShare(period));
}

/** Share of dossiers resolved in time that were resolved exactly on the due date rather than before it. */
const onTimeShare = (s: Series, t: number) => (0.008 + 0.33 * (1 - logistic(t, 30, 0.12))) * s.profile.onTimeFactor;

interface Draft {
  carried: number;
  expected: number;
  online: number;
  pendingRatio: number;
  late: number;
  onTime: number;
}

interface Cell {
  s: Series;
  period: string;
  t: number;
  draft: Draft;
  online: number;
  direct: number;
  early: number;
  onTime: number;
  late: number;
  within: number;
  overdue: number;
  inconsistency: string;
}

/** Splits resolved and pending once new dossiers are known; keeps carried + new = resolved + pending. */
function settle(cell: Cell, newDossiers: number, pending?: number): void {
  const { draft } = cell;
  const p = pending ?? Math.min(draft.carried + newDossiers, Math.round(newDossiers * draft.pendingRatio));
  const resolved = draft.carried + newDossiers - p;
  cell.late = Math.round(resolved * draft.late);
  cell.onTime = Math.round((resolved - cell.late) * draft.onTime);
  cell.early = resolved - cell.late - cell.onTime;
  splitPending(cell, p);
}

function splitPending(cell: Cell, p: number): void {
  cell.overdue = Math.round(p * Math.min(0.6, 0.02 + 2.2 * cell.draft.late));
  cell.within = p - cell.overdue;
}

function splitNew(cell: Cell, newDossiers: number): void {
  cell.online = Math.round(newDossiers * cell.draft.online);
  cell.direct = newDossiers - cell.online;
}

// ---------------------------------------------------------------------------------------------------------
// Generation

export function generateSampleExports(units: readonly SampleUnit[], options: SampleOptions = DEFAULT_SAMPLE_OPTIONS): SampleExports {
  const { seed } = options;
  const series = buildSeries(units, seed);
  const jan = CALIBRATION.jan2025;
  const oct = CALIBRATION.oct2025;
  const janGroup = series.filter((s) => s.level === "district" && s.province === jan.province);
  const octGroup = series.filter((s) => s.level === "commune" && s.province === oct.province);
  if (janGroup.length === 0 || octGroup.length === 0) throw new Error("units: the calibrated provinces are missing");

  // Volume scale, before noise: old Gia Lai's 17 districts receive about 15,000 new dossiers in an average
  // month of 2024 (the order of the 14,579 resolved in January 2025), and new Gia Lai's communes receive the
  // published 115,865 in 2025-10. The same scale applies to the other provinces of each period.
  const sumFactor = (group: Series[], period: string) => group.reduce((a, s) => a + volumeFactor(s, period), 0);
  const months2024 = monthsBetween("2024-01", "2024-12");
  const scale = {
    district: DISTRICT_MONTHLY_VOLUME / (months2024.reduce((a, m) => a + sumFactor(janGroup, m), 0) / months2024.length),
    commune: oct.received_new / sumFactor(octGroup, oct.period),
  };

  // The one row whose identity is broken on purpose: a ward of the new Gia Lai in the month of the
  // inconsistent published report. Pending within term is short by `gap` dossiers.
  const flagRng = new Rng(seed, "flag");
  const wards = octGroup.filter((s) => s.kind === "city");
  const flagged = wards[flagRng.int(0, wards.length)] ?? octGroup[0];
  const flagGap = flagRng.int(9, 49);

  const pending = new Map<Series, number>();
  const cells = new Map<Series, Cell[]>(series.map((s) => [s, []]));
  const first = monthIndex(DISTRICT_MONTHS.first);
  const last = monthIndex(COMMUNE_MONTHS.last);

  for (let t = first; t <= last; t++) {
    const period = periodOf(t);
    const active = series.filter((s) => s.months.includes(period));
    const monthCells: Cell[] = [];
    for (const s of active) {
      const { rng, profile } = s;
      const expected = scale[s.level] * volumeFactor(s, period) * rng.logNormal(0, 0.08);
      const pendingRatio = profile.pendingRatio * (COVID_LATE[period] === undefined ? 1 : 1.3) * (REFORM_PENDING[period] ?? 1);
      // A new commune starts with the backlog handed over by the former district and commune desks.
      const carried = pending.get(s) ?? Math.round(expected * pendingRatio * 1.2);
      const draft: Draft = {
        carried,
        expected,
        online: clamp(onlineShare(s, t) + rng.normal(0, 0.012), 0.003, 0.97),
        pendingRatio,
        late: clamp(lateShare(s, period, t) * rng.logNormal(0, 0.15), 0, 0.5),
        onTime: clamp(onTimeShare(s, t) * rng.logNormal(0, 0.1), 0, 0.6),
      };
      const cell: Cell = { s, period, t, draft, online: 0, direct: 0, early: 0, onTime: 0, late: 0, within: 0, overdue: 0, inconsistency: "" };
      monthCells.push(cell);
    }

    const inJan = period === jan.period ? new Set(janGroup) : new Set<Series>();
    const inOct = period === oct.period ? new Set(octGroup) : new Set<Series>();

    if (inJan.size > 0) {
      // Published resolved counts, spread over the districts by the model's expectation.
      const group = monthCells.filter((c) => inJan.has(c.s));
      const expectedResolved = group.map((c) => {
        const n = Math.round(c.draft.expected);
        return c.draft.carried + n - Math.min(c.draft.carried + n, Math.round(n * c.draft.pendingRatio));
      });
      const late = largestRemainder(jan.resolved_late, group.map((c, i) => (expectedResolved[i] ?? 0) * c.draft.late));
      const inTime = group.map((c, i) => (expectedResolved[i] ?? 0) * (1 - c.draft.late));
      const onTime = largestRemainder(jan.resolved_on_time, group.map((c, i) => (inTime[i] ?? 0) * c.draft.onTime));
      const early = largestRemainder(jan.resolved_early, group.map((c, i) => (inTime[i] ?? 0) * (1 - c.draft.onTime)));
      group.forEach((c, i) => {
        c.late = late[i] ?? 0;
        c.onTime = onTime[i] ?? 0;
        c.early = early[i] ?? 0;
        const resolved = c.late + c.onTime + c.early;
        let p = Math.round(c.draft.expected * c.draft.pendingRatio);
        let n = resolved + p - c.draft.carried;
        if (n < 0) {
          n = 0;
          p = c.draft.carried - resolved;
        }
        splitNew(c, n);
        splitPending(c, p);
      });
    }

    if (inOct.size > 0) {
      // Published new dossiers (online, and in person or by post), spread by the model's expectation.
      const group = monthCells.filter((c) => inOct.has(c.s));
      const online = largestRemainder(oct.received_online, group.map((c) => c.draft.expected * c.draft.online));
      const direct = largestRemainder(oct.received_new - oct.received_online, group.map((c) => c.draft.expected * (1 - c.draft.online)));
      group.forEach((c, i) => {
        c.online = online[i] ?? 0;
        c.direct = direct[i] ?? 0;
        settle(c, c.online + c.direct);
      });
    }

    for (const c of monthCells) {
      if (!inJan.has(c.s) && !inOct.has(c.s)) {
        const n = Math.max(0, Math.round(c.draft.expected));
        splitNew(c, n);
        settle(c, n);
      }
      if (c.s === flagged && period === oct.period) {
        const gap = Math.min(flagGap, c.within - 1);
        if (gap < 1) throw new Error("sample: the flagged row has too few pending dossiers");
        c.within -= gap;
        c.inconsistency = `Tổng tiếp nhận lệch ${gap} hồ sơ so với tổng đã và đang giải quyết, như trong báo cáo gốc (sai lệch mô phỏng của dữ liệu minh họa)`;
      }
      pending.set(c.s, c.within + c.overdue);
      cells.get(c.s)?.push(c);
    }
  }

  const out: SampleExports = { processing: [], onlineServices: [], digitization: [], satisfaction: [] };
  for (const s of series) {
    for (const c of cells.get(s) ?? []) {
      out.processing.push(processingRow(c));
      out.onlineServices.push(onlineServicesRow(c));
      out.digitization.push(digitizationRow(c));
      out.satisfaction.push(satisfactionRow(c));
    }
  }
  return dropGaps(out, seed, flagged?.code ?? "");
}

function processingRow(c: Cell): ProcessingRow {
  return {
    unit_code: c.s.code,
    period: c.period,
    received_carried_over: c.draft.carried,
    received_online: c.online,
    received_direct_postal: c.direct,
    resolved_early: c.early,
    resolved_on_time: c.onTime,
    resolved_late: c.late,
    pending_within_term: c.within,
    pending_overdue: c.overdue,
    sample: true,
    known_inconsistency: c.inconsistency,
  };
}

function onlineServicesRow(c: Cell): OnlineServicesRow {
  const { s, t } = c;
  const { rng, profile } = s;
  // The catalogue of procedures changes once a year; the share offered online rises month by month
  // (levels 3 and 4 before Decree 42/2022, "partly" and "fully" online after it).
  const total = Math.max(1, profile.proceduresBase + (profile.catalogueChange[Number(c.period.slice(0, 4))] ?? 0));
  const full = clamp(0.03 + 0.85 * logistic(t, 44 + profile.fullOnlineLag, 0.09) - (s.kind === "mountain" ? 0.04 : 0) + rng.normal(0, 0.005), 0, 0.95);
  const partial = (1 - full) * (0.15 + 0.5 * logistic(t, 20, 0.1));
  const fullCount = Math.round(total * full);
  const partialCount = Math.min(total - fullCount, Math.round(total * partial));
  const received = c.online + c.direct;
  const fees = Math.min(received, Math.round(received * profile.feeShare * rng.logNormal(0, 0.05)));
  const paidShare = 0.92 * logistic(t, 66 + profile.onlineLag / 2, 0.09) * (s.kind === "mountain" ? 0.85 : 1);
  return {
    unit_code: s.code,
    period: c.period,
    procedures_total: total,
    procedures_full_online: fullCount,
    procedures_partial_online: partialCount,
    fee_dossiers: fees,
    fee_dossiers_paid_online: rng.binomial(fees, paidShare),
    sample: true,
  };
}

function digitizationRow(c: Cell): DigitizationRow {
  const { s, t } = c;
  const { rng, profile } = s;
  const received = c.online + c.direct;
  const resolved = c.early + c.onTime + c.late;
  const transition = c.period === "2025-07" ? 0.9 : 1;
  // Digitization rises steeply from 2022 (Decision 468/QĐ-TTg targets, then index 766).
  const dossierShare = (0.02 + 0.93 * logistic(t, 46 + profile.digitLag, 0.13)) * transition;
  const resultShare = (0.01 + 0.9 * logistic(t, 52 + profile.digitLag, 0.12)) * transition;
  const reuseShare = 0.65 * logistic(t, 62 + profile.digitLag, 0.1);
  const routedShare = 0.2 + 0.78 * logistic(t, 36 + profile.digitLag / 2, 0.1);
  return {
    unit_code: s.code,
    period: c.period,
    dossiers_received: received,
    dossiers_digitized: rng.binomial(received, dossierShare),
    results_issued: resolved,
    results_digitized: rng.binomial(resolved, resultShare),
    dossiers_reusing_data: rng.binomial(received, reuseShare),
    dossiers_e_routed: rng.binomial(received, routedShare),
    sample: true,
  };
}

function satisfactionRow(c: Cell): SatisfactionRow {
  const { s, t, period } = c;
  const { rng, profile } = s;
  const resolved = c.early + c.onTime + c.late;
  const lateRate = resolved > 0 ? c.late / resolved : 0;
  const responses = rng.binomial(resolved, clamp((0.04 + 0.5 * logistic(t, 45, 0.1)) * profile.responseFactor, 0, 0.9));
  // Ratings as a multinomial draw, one binomial at a time, so the four always add up to `responses`.
  const dissatisfied = clamp(0.004 + 0.35 * lateRate + profile.dissatisfiedOffset, 0.001, 0.3);
  const neutral = 0.03 + 0.07 * (1 - logistic(t, 40, 0.08));
  const verySatisfied = (1 - dissatisfied - neutral) * (0.35 + 0.35 * logistic(t, 50, 0.08));
  const nDis = rng.binomial(responses, dissatisfied);
  const nNeutral = rng.binomial(responses - nDis, neutral / (1 - dissatisfied));
  const nVery = rng.binomial(responses - nDis - nNeutral, verySatisfied / (1 - dissatisfied - neutral));
  // Waiting time per visit: national targets ≤ 30 minutes by 2022 and ≤ 15 minutes by 2025.
  const covid = COVID_VOLUME[period] === undefined ? 1 : 0.85;
  const wait = profile.waitBase * (0.35 + 0.65 * (1 - logistic(t, 36, 0.08))) * (REFORM_WAIT[period] ?? 1) * covid * rng.logNormal(0, 0.06);
  const service = profile.serviceBase * (0.55 + 0.45 * (1 - logistic(t, 40, 0.07))) * (REFORM_WAIT[period] ?? 1) * rng.logNormal(0, 0.05);
  return {
    unit_code: s.code,
    period,
    responses,
    very_satisfied: nVery,
    satisfied: responses - nDis - nNeutral - nVery,
    neutral: nNeutral,
    dissatisfied: nDis,
    avg_wait_minutes: round1(wait),
    avg_service_minutes: round1(service),
    sample: true,
  };
}

/**
 * Drops a few unit-months entirely from one dataset each, to show how the site handles missing data.
 * Never in the calibration months, never the flagged row, never the same unit-month twice.
 */
function dropGaps(out: SampleExports, seed: number, flaggedCode: string): SampleExports {
  const rng = new Rng(seed, "gaps");
  const protectedPeriods = new Set<string>([CALIBRATION.jan2025.period, CALIBRATION.oct2025.period]);
  const taken = new Set<string>();
  const result = { ...out };
  for (const name of Object.keys(GAPS_PER_DATASET) as SampleDataset[]) {
    const rows: { unit_code: string; period: string }[] = [...out[name]];
    const drop = new Set<number>();
    let guard = 0;
    while (drop.size < GAPS_PER_DATASET[name] && guard++ < 10_000) {
      const i = rng.int(0, rows.length);
      const row = rows[i];
      if (row === undefined) continue;
      const key = `${row.unit_code}|${row.period}`;
      if (protectedPeriods.has(row.period) || taken.has(key) || (row.unit_code === flaggedCode && row.period === CALIBRATION.oct2025.period)) continue;
      taken.add(key);
      drop.add(i);
    }
    (result as Record<SampleDataset, unknown[]>)[name] = out[name].filter((_, i) => !drop.has(i));
  }
  return result;
}
