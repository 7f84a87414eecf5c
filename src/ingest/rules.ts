/**
 * Rules that look across records and files: units resolve in the record's period, no duplicates
 * or overlapping periods, parts never exceed their whole, the form-06 identity, and references
 * between plans, tasks, targets, agencies and units.
 *
 * Each rule is a pure function of typed records that yields its findings; an error finding rejects
 * its row, a warning keeps it. `checkRecords` composes them in a fixed order. Rules that remember
 * rows across a whole dataset keep compact numeric keys and row positions, not a string per row.
 */
import type {
  AgencyRecord, DigitizationRecord, OnlineServicesRecord, PlanRecord, ProcessingRecord, PublishedRecord, SatisfactionRecord,
  TargetRecord, TaskRecord, UnitChangeRecord, UnitRecord,
} from "./contract";
import { issueAt, shorten, type Issue, type Reason, type Severity, type SourceRef } from "./issues";
import type { Located, RecordsOf } from "./load";
import { RejectedRows } from "./rejected-rows";
import { dateOrPeriodRange, dayBefore, figureSpan, parsePeriod, periodRange, type DateRange } from "../lib/period";
// definitions.ts imports only types from ingest, so this adds no import cycle.
import { METRIC_DEFS } from "../metrics/definitions";
import { UnitIndex, validityOf } from "../model/unit-index";

/** A dataset's name, as the records are keyed. */
export type DatasetName = keyof RecordsOf;

/** A row as the rules see it: its record, and its dataset and position among that dataset's rows. */
export interface Row<T> {
  dataset: DatasetName;
  index: number;
  rec: Located<T>;
}

/**
 * One problem a rule found in one row. An error rejects the row, named by its dataset and position
 * (several JSON objects can share a line, so file and line do not identify a row); a warning keeps it.
 */
export interface Finding {
  dataset: DatasetName;
  index: number;
  ref: SourceRef;
  issue: Issue;
}

/** A rule over a dataset (or several): its findings, in row order. */
export type Findings = Iterable<Finding>;

/** A rule that looks at one row alone. */
export type RowRule<T> = (row: Row<T>) => Findings;

type Units = UnitIndex<UnitRecord>;

/** A finding about `field` of the row; the field is one of the record's own. */
function finding<T>(row: Row<T>, field: (keyof T & string) | undefined, value: unknown, reason: Reason, severity: Severity = "error"): Finding {
  const { ref } = row.rec;
  return { dataset: row.dataset, index: row.index, ref, issue: issueAt(ref, field, value, reason, severity) };
}

/** The rows of a dataset, each with its position. */
function* rowsOf<T>(dataset: DatasetName, rows: readonly Located<T>[]): Generator<Row<T>> {
  for (let index = 0; index < rows.length; index++) {
    const rec = rows[index];
    if (rec !== undefined) yield { dataset, index, rec };
  }
}

/** Fields holding a unit code: when the units list has errors, their lookups fail as a consequence. */
const UNIT_FIELDS: ReadonlySet<string> = new Set(["unit_code", "scope_unit_code"]);

/** Rejected rows of these records: a bitmap per dataset, sized by its rows. */
export function rejectedRowsOf(records: RecordsOf): RejectedRows {
  return new RejectedRows((dataset) => records[dataset as DatasetName].length);
}

/**
 * Every cross-record rule, in order. Each issue goes to `emit` (or into the returned list), and every
 * row with an error is marked in `rejected` by its dataset and position.
 */
export function checkRecords(
  records: RecordsOf,
  rejected: RejectedRows = rejectedRowsOf(records),
  emit?: (issue: Issue) => void,
  /** Datasets with errors of their own (see LoadResult.failed): unit lookups failing then are follow-on errors. */
  failed: ReadonlySet<string> = new Set(),
): Issue[] {
  const issues: Issue[] = [];
  const report = emit ?? ((issue: Issue) => issues.push(issue));
  const unitsFailed = failed.has("units");
  for (const { dataset, index, issue } of allRules(records)) {
    if (unitsFailed && issue.severity === "error" && issue.field !== undefined && UNIT_FIELDS.has(issue.field)) issue.cause = "units";
    report(issue);
    if (issue.severity === "error") rejected.add(dataset, index);
  }
  return issues;
}

/** The findings of every rule over every dataset, in the order reports list them. */
export function* allRules(records: RecordsOf): Generator<Finding> {
  const units = new UnitIndex(records.units.map((u) => u.record));
  yield* unitRules(records.units, units);
  yield* exportRules("exports/processing", records["exports/processing"], units, [form06Identity]);
  yield* exportRules("exports/online-services", records["exports/online-services"], units, [partsWithinWhole(ONLINE_PARTS), feeDossiersGiven, onlineLevels]);
  yield* exportRules("exports/digitization", records["exports/digitization"], units, [partsWithinWhole(DIGITIZATION_PARTS)]);
  yield* exportRules("exports/satisfaction", records["exports/satisfaction"], units, [partsWithinWhole(SATISFACTION_PARTS), ratingsSum]);
  yield* referenceRules(records, units);
}

// --- units ---------------------------------------------------------------------------------------------------

const LEVEL_RANK = { province: 0, district: 1, commune: 2 } as const;

/** The day an open-ended validity is read at, as src/site resolves an agency without valid_to. */
const LATEST_DAY = "9999-12-31";

function span(u: UnitRecord): string {
  return `${u.valid_from ?? "…"}→${u.valid_to ?? "nay"}`;
}

/** Validity runs forward, codes do not clash in time, and each unit below a province has a higher parent in force. */
export function* unitRules(rows: readonly Located<UnitRecord>[], units: Units): Generator<Finding> {
  const byCode = new Map<string, Located<UnitRecord>[]>();
  for (const row of rowsOf("units", rows)) {
    const rec = row.rec;
    const u = rec.record;
    const v = validityOf(u);
    if (v.start > v.end)
      yield finding(row, "valid_to", u.valid_to, { vi: "ngày kết thúc trước ngày bắt đầu hiệu lực", en: "valid_to is before valid_from" });
    // Only the versions of the same code can clash: comparing with every earlier row is quadratic.
    const versions = byCode.get(u.code) ?? [];
    const clash = versions.find((o) => {
      const ov = validityOf(o.record);
      return ov.start <= v.end && v.start <= ov.end;
    });
    versions.push(rec);
    byCode.set(u.code, versions);
    if (clash)
      yield finding(row, "code", u.code, {
        vi: `mã ${u.code} đã dùng cho đơn vị khác trong cùng thời gian (dòng ${clash.ref.line})`,
        en: `code ${u.code} is used by another unit over the same time (line ${clash.ref.line})`,
      });
    if (u.level === "province" && u.parent_code !== undefined)
      yield finding(row, "parent_code", u.parent_code, { vi: "tỉnh không có đơn vị cấp trên", en: "a province has no parent" });
    if (u.level !== "province") {
      if (u.parent_code === undefined) {
        yield finding(row, "parent_code", undefined, { vi: "thiếu mã đơn vị cấp trên", en: "parent code is missing" });
        continue;
      }
      const parent = units.resolve(u.parent_code, v);
      if (parent === undefined)
        yield finding(row, "parent_code", u.parent_code, {
          vi: "không có đơn vị cấp trên với mã này trong suốt thời gian hiệu lực của đơn vị",
          en: "no parent unit with this code over the unit's whole validity",
        });
      else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[u.level])
        yield finding(row, "parent_code", u.parent_code, { vi: "đơn vị cấp trên phải ở cấp cao hơn", en: "the parent must be of a higher level" });
    }
  }
}

// --- exports ------------------------------------------------------------------------------------------------

/** What every export row has: a unit and a period (canonical, within the plausible window: see fields.ts). */
interface ExportRecord {
  unit_code: string;
  period: string;
}

/** A canonical period as numbers: its year, its months (0–11) and its slot among the periods of its year. */
interface PeriodSpan {
  range: DateRange;
  year: number;
  firstMonth: number;
  lastMonth: number;
  /** 0–11 for a month, 12–15 for a quarter, 16 for the year. */
  slot: number;
}

function periodSpan(period: string): PeriodSpan | undefined {
  const p = parsePeriod(period);
  if (p === undefined) return undefined;
  const [first, last, slot] =
    p.kind === "month" ? [p.month - 1, p.month - 1, p.month - 1] : p.kind === "quarter" ? [p.quarter * 3 - 3, p.quarter * 3 - 1, 11 + p.quarter] : [0, 11, 16];
  return { range: periodRange(period), year: p.year, firstMonth: first, lastMonth: last, slot };
}

const monthName = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, "0")}`;

/** Slots a unit's table has for each year: the row first covering each of its 12 months, then the first row of each of its 17 periods. */
const YEAR_SLOTS = 29;
const PERIOD_SLOTS = 12;

/** The years one unit's rows name, and once made, its table of rows seen (−1: none yet). */
interface UnitYears {
  first: number;
  last: number;
  table?: Int32Array;
}

/**
 * Rows of one export: each names a unit in force over its period, at most one row per unit and
 * period, and no two periods of a unit share a month; rows that pass are then checked on their own.
 * A row repeating an earlier one is reported once, as the repeat.
 */
export function* exportRules<T extends ExportRecord>(
  dataset: DatasetName,
  rows: readonly Located<T>[],
  units: Units,
  rowRules: readonly RowRule<T>[],
): Generator<Finding> {
  // Periods lie in the plausible window (fields.ts), so there are a few hundred of them at most.
  const spans = new Map<string, PeriodSpan | undefined>();
  const spanOf = (period: string): PeriodSpan | undefined => {
    let s = spans.get(period);
    if (s === undefined && !spans.has(period)) spans.set(period, (s = periodSpan(period)));
    return s;
  };
  /**
   * Per unit, the row positions seen so far in one Int32Array over the years its rows name: a month's
   * first row is most often the one that covers the month, and is then found by it. Some 4 bytes a
   * row, where a map of numeric keys per unit cost some 30.
   */
  const byUnit = new Map<string, UnitYears>();
  for (const rec of rows) {
    const s = spanOf(rec.record.period);
    if (s === undefined) continue;
    const years = byUnit.get(rec.record.unit_code);
    if (years === undefined) byUnit.set(rec.record.unit_code, { first: s.year, last: s.year });
    else {
      years.first = Math.min(years.first, s.year);
      years.last = Math.max(years.last, s.year);
    }
  }
  /** First rows of periods that do not parse (the field readers let none through), by unit and period. */
  const odd = new Map<string, number>();
  for (let index = 0; index < rows.length; index++) {
    const rec = rows[index];
    if (rec === undefined) continue;
    const row: Row<T> = { dataset, index, rec };
    const { unit_code: code, period } = rec.record;
    const periodOf = spanOf(period);
    const range = periodOf?.range ?? periodRange(period);
    let inForce = false;
    if (!units.hasCode(code))
      yield finding<ExportRecord>(row, "unit_code", code, { vi: "mã đơn vị không có trong danh mục đơn vị (units)", en: "unit code not in the units list" });
    else if (units.resolve(code, range) === undefined) {
      const versions = units.versions(code).map((u) => `${u.name} ${span(u)}`).join("; ");
      yield finding<ExportRecord>(row, "unit_code", code, {
        vi: `kỳ ${range.start}–${range.end} nằm ngoài thời gian hiệu lực của đơn vị mã ${code} (${versions})`,
        en: `period ${range.start}–${range.end} is outside the validity of unit ${code} (${versions})`,
      });
    } else inForce = true;
    // The unit's slots of this period's year, or none for a period that does not parse.
    const years = periodOf === undefined ? undefined : byUnit.get(code);
    const table = years === undefined ? undefined : (years.table ??= new Int32Array((years.last - years.first + 1) * YEAR_SLOTS).fill(-1));
    const base = periodOf === undefined || years === undefined ? 0 : (periodOf.year - years.first) * YEAR_SLOTS;
    const periodSlot = base + PERIOD_SLOTS + (periodOf?.slot ?? 0);
    const month = periodOf !== undefined && periodOf.firstMonth === periodOf.lastMonth ? periodOf.firstMonth : undefined;
    const oddKey = `${code}\u0000${period}`;
    const firstIndex =
      table === undefined ? (odd.get(oddKey) ?? -1) : (table[periodSlot] ?? -1) >= 0 ? (table[periodSlot] ?? -1) : month === undefined ? -1 : (table[base + month] ?? -1);
    const candidate = firstIndex < 0 ? undefined : rows[firstIndex];
    // The row covering a month is the month's first row only if it is of that month (not a quarter or a year).
    const first = candidate?.record.period === period ? candidate : undefined;
    if (first !== undefined) {
      const sameFile = first.ref.file === rec.ref.file;
      yield finding<ExportRecord>(row, "period", period, {
        vi: `trùng đơn vị và kỳ với ${sameFile ? `dòng ${first.ref.line}` : `${first.ref.file}:${first.ref.line}`}`,
        en: `same unit and period as ${sameFile ? `line ${first.ref.line}` : `${first.ref.file}:${first.ref.line}`}`,
      });
      continue;
    }
    let coversItsMonth = false;
    if (inForce && periodOf !== undefined && table !== undefined)
      for (let m = periodOf.firstMonth; m <= periodOf.lastMonth; m++) {
        const otherIndex = table[base + m] ?? -1;
        const other = otherIndex < 0 ? undefined : rows[otherIndex];
        if (other !== undefined) {
          yield finding<ExportRecord>(row, "period", period, {
            vi: `kỳ ${period} chồng lấn với kỳ ${other.record.period} ở dòng ${other.ref.line} (tháng ${monthName(periodOf.year, m)})`,
            en: `period ${period} overlaps period ${other.record.period} on line ${other.ref.line} (month ${monthName(periodOf.year, m)})`,
          });
          break;
        }
        table[base + m] = index;
        coversItsMonth = month !== undefined;
      }
    if (!coversItsMonth) {
      if (table === undefined) odd.set(oddKey, index);
      else table[periodSlot] = index;
    }
    for (const rule of rowRules) yield* rule(row);
  }
}

/** A count that is part of another count of the same row. */
interface PartOfWhole<K extends string> {
  part: K;
  whole: K;
  label: string;
}

type Counts<K extends string> = { readonly [P in K]?: number | undefined };

const ONLINE_PARTS = [
  { part: "procedures_full_online", whole: "procedures_total", label: "TTHC toàn trình" },
  { part: "procedures_partial_online", whole: "procedures_total", label: "TTHC một phần" },
  { part: "fee_dossiers_paid_online", whole: "fee_dossiers", label: "hồ sơ thanh toán trực tuyến" },
] as const satisfies readonly PartOfWhole<keyof OnlineServicesRecord & string>[];

const DIGITIZATION_PARTS = [
  { part: "dossiers_digitized", whole: "dossiers_received", label: "hồ sơ được số hóa" },
  { part: "dossiers_reusing_data", whole: "dossiers_received", label: "hồ sơ tái sử dụng dữ liệu" },
  { part: "dossiers_e_routed", whole: "dossiers_received", label: "hồ sơ luân chuyển điện tử" },
  { part: "results_digitized", whole: "results_issued", label: "kết quả được số hóa" },
] as const satisfies readonly PartOfWhole<keyof DigitizationRecord & string>[];

const SATISFACTION_PARTS = [
  { part: "very_satisfied", whole: "responses", label: "lượt rất hài lòng" },
  { part: "satisfied", whole: "responses", label: "lượt hài lòng" },
  { part: "neutral", whole: "responses", label: "lượt bình thường" },
  { part: "dissatisfied", whole: "responses", label: "lượt không hài lòng" },
] as const satisfies readonly PartOfWhole<keyof SatisfactionRecord & string>[];

/** Each part, when given with its whole, is no larger than it. */
function partsWithinWhole<K extends string>(parts: readonly PartOfWhole<K>[]): RowRule<Counts<K>> {
  return function* (row) {
    for (const { part, whole, label } of parts) {
      const p = row.rec.record[part];
      const w = row.rec.record[whole];
      if (p !== undefined && w !== undefined && p > w)
        yield finding(row, part, p, {
          vi: `${label} (${p}) lớn hơn tổng ${whole} (${w})`,
          en: `${part} (${p}) is larger than its whole ${whole} (${w})`,
        });
    }
  };
}

/** Online payments are a part of fee dossiers: without the whole, the share cannot be read. */
function* feeDossiersGiven(row: Row<OnlineServicesRecord>): Generator<Finding> {
  const { fee_dossiers: fees, fee_dossiers_paid_online: paid } = row.rec.record;
  if (paid !== undefined && fees === undefined)
    yield finding(row, "fee_dossiers", undefined, {
      vi: "có số hồ sơ thanh toán trực tuyến nhưng thiếu tổng số hồ sơ có phí",
      en: "online payments are given but the number of fee dossiers is missing",
    });
}

/** Procedures fully and partly online are disjoint parts of all procedures. */
function* onlineLevels(row: Row<OnlineServicesRecord>): Generator<Finding> {
  const { procedures_full_online: full, procedures_partial_online: partial, procedures_total: total } = row.rec.record;
  // Each part over the whole is already reported; this catches parts that fit alone but not together.
  if (full <= total && partial <= total && full + partial > total)
    yield finding(row, "procedures_partial_online", partial, {
      vi: `TTHC toàn trình (${full}) + một phần (${partial}) lớn hơn tổng số TTHC (${total})`,
      en: `procedures fully (${full}) + partly online (${partial}) exceed all procedures (${total})`,
    });
}

/** The ratings add up to the responses. */
function* ratingsSum(row: Row<SatisfactionRecord>): Generator<Finding> {
  const r = row.rec.record;
  const sum = r.very_satisfied + r.satisfied + r.neutral + r.dissatisfied;
  if (sum !== r.responses)
    yield finding(row, "responses", r.responses, {
      vi: `tổng các mức đánh giá (${sum}) khác số lượt đánh giá (${r.responses})`,
      en: `ratings add up to ${sum}, not the ${r.responses} responses`,
    });
}

/**
 * Form 06: carried over + online + in person/postal = resolved + pending. A row that does not add
 * up is an error, unless known_inconsistency says why: then it is kept, with a warning.
 */
function* form06Identity(row: Row<ProcessingRecord>): Generator<Finding> {
  const r = row.rec.record;
  const received = r.received_carried_over + r.received_online + r.received_direct_postal;
  const handled = r.resolved_early + r.resolved_on_time + r.resolved_late + r.pending_within_term + r.pending_overdue;
  if (!Number.isSafeInteger(received) || !Number.isSafeInteger(handled)) {
    yield finding(row, "received_carried_over", undefined, {
      vi: `tổng các số đếm vượt quá ${Number.MAX_SAFE_INTEGER}: không kiểm tra chính xác được đẳng thức mẫu 06`,
      en: `the counts add up beyond ${Number.MAX_SAFE_INTEGER}: the form-06 identity cannot be checked exactly`,
    });
    return;
  }
  if (received === handled) return;
  const flagged = r.known_inconsistency !== undefined;
  yield finding(
    row,
    "received_carried_over",
    undefined,
    {
      vi: `tổng tiếp nhận (${received}) khác tổng đã giải quyết và đang giải quyết (${handled}), lệch ${received - handled}${flagged ? "; dòng được giữ và gắn cờ sai lệch của nguồn" : ""}`,
      en: `received (${received}) differs from resolved + pending (${handled}) by ${received - handled}${flagged ? "; kept and flagged as a known source inconsistency" : ""}`,
    },
    flagged ? "warning" : "error",
  );
}

// --- references -----------------------------------------------------------------------------------------------

const PLAN = { vi: "kế hoạch", en: "plan" };
const AGENCY = { vi: "cơ quan", en: "agency" };
const TARGET = { vi: "chỉ tiêu", en: "target" };

/** Plans, tasks, targets, agencies, published figures and the reform crosswalk: ids unique, references found. */
export function* referenceRules(records: RecordsOf, units: Units): Generator<Finding> {
  yield* uniqueIds("plans", records.plans);
  yield* uniqueIds("tasks", records.tasks);
  yield* uniqueIds("targets", records.targets);
  yield* uniqueIds("agencies", records.agencies);
  yield* uniqueIds("published", records.published);
  const plans = idsOf(records.plans);
  const known = { plans, agencies: idsOf(records.agencies), targets: idsOf(records.targets) };
  for (const row of rowsOf("plans", records.plans)) yield* planScope(row, units);
  for (const row of rowsOf("tasks", records.tasks)) yield* taskReferences(row, known);
  for (const row of rowsOf("targets", records.targets)) {
    yield* reference(row, "plan_id", row.rec.record.plan_id, plans, PLAN);
    yield* targetBasis(row);
    yield* targetUnit(row);
  }
  for (const row of rowsOf("agencies", records.agencies)) yield* agencyUnit(row, units);
  yield* publishedRules(records.published, units);
  for (const row of rowsOf("unit-changes", records["unit-changes"])) yield* unitChange(row, units);
}

const idsOf = (rows: readonly Located<{ id: string }>[]): ReadonlySet<string> => new Set(rows.map((r) => r.record.id));

/** No id twice in a dataset; the repeat is reported, pointing at the first. */
function* uniqueIds(dataset: DatasetName, rows: readonly Located<{ id: string }>[]): Generator<Finding> {
  const first = new Map<string, SourceRef>();
  for (const row of rowsOf(dataset, rows)) {
    const rec = row.rec;
    const at = first.get(rec.record.id);
    if (at)
      yield finding(row, "id", rec.record.id, { vi: `mã trùng với ${at.file}:${at.line}`, en: `duplicate id, first at ${at.file}:${at.line}` });
    else first.set(rec.record.id, rec.ref);
  }
}

/** The id in `field` names a known row. */
function* reference<T>(row: Row<T>, field: keyof T & string, value: string, known: ReadonlySet<string>, what: Reason): Generator<Finding> {
  if (!known.has(value)) yield finding(row, field, value, { vi: `không tìm thấy ${what.vi} có mã này`, en: `no ${what.en} with this id` });
}

/** Each id of the list in `field` names a known row. */
function* references<T>(row: Row<T>, field: keyof T & string, values: readonly string[] | undefined, known: ReadonlySet<string>, what: Reason): Generator<Finding> {
  for (const value of values ?? [])
    if (!known.has(value))
      yield finding(row, field, value, { vi: `không tìm thấy ${what.vi} "${shorten(value)}"`, en: `no ${what.en} "${shorten(value)}"` });
}

function* planScope(row: Row<PlanRecord>, units: Units): Generator<Finding> {
  const { date, scope_unit_code: code } = row.rec.record;
  if (!units.hasCode(code))
    yield finding(row, "scope_unit_code", code, { vi: "mã đơn vị không có trong danh mục", en: "unit code not in the units list" });
  else if (date !== undefined && units.resolve(code, dateOrPeriodRange(date)) === undefined)
    yield finding(row, "scope_unit_code", code, { vi: "đơn vị không có hiệu lực vào ngày ban hành", en: "the unit was not in force on the date issued" });
}

interface KnownIds {
  plans: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
  targets: ReadonlySet<string>;
}

function* taskReferences(row: Row<TaskRecord>, known: KnownIds): Generator<Finding> {
  const t = row.rec.record;
  yield* reference(row, "plan_id", t.plan_id, known.plans, PLAN);
  yield* references(row, "lead_agencies", t.lead_agencies, known.agencies, AGENCY);
  yield* references(row, "coordinating_agencies", t.coordinating_agencies, known.agencies, AGENCY);
  yield* references(row, "target_ids", t.target_ids, known.targets, TARGET);
}

/**
 * A value is either written in the document (stated), follows unambiguously from a rule it writes
 * (derived, with the rule), or is absent because the rule cannot be turned into a number (rule,
 * with the rule and why).
 */
function* targetBasis(row: Row<TargetRecord>): Generator<Finding> {
  const r = row.rec.record;
  const basis = r.basis ?? "stated";
  const missing = (field: "value" | "rule" | "ambiguity", vi: string, en: string) =>
    r[field] === undefined ? [finding(row, field, undefined, { vi, en })] : [];
  if (basis === "rule") {
    if (r.value !== undefined)
      yield finding(row, "value", r.value, {
        vi: "dòng quy tắc (basis = rule) không có giá trị: văn bản không ghi số này",
        en: "a rule row (basis = rule) has no value: the document does not state one",
      });
    yield* missing("rule", "dòng quy tắc phải ghi quy tắc bằng lời (rule)", "a rule row needs the rule in words");
    yield* missing("ambiguity", "dòng quy tắc phải ghi vì sao không thành số được (ambiguity)", "a rule row needs the reason it has no number");
    return;
  }
  yield* missing("value", "thiếu giá trị; chỉ dòng quy tắc (basis = rule) được để trống", "value missing; only rule rows may leave it blank");
  if (basis === "derived") yield* missing("rule", "dòng suy ra (basis = derived) phải ghi quy tắc (rule)", "a derived row needs its rule");
}

/** The site prints the target's value with this unit beside the metric's own figures. */
function* targetUnit(row: Row<TargetRecord>): Generator<Finding> {
  const { metric, unit } = row.rec.record;
  if (metric === undefined) return;
  const expected = METRIC_DEFS[metric].unit;
  if (unit !== expected)
    yield finding(row, "unit", unit, {
      vi: `đơn vị tính "${shorten(unit)}" không khớp với chỉ số ${metric}, đo bằng "${expected}"`,
      en: `unit "${shorten(unit)}" does not match metric ${metric}, which is measured in "${expected}"`,
    });
}

/** The site finds an agency's unit on its last day: valid_to, or for a body still at work the far future. */
function* agencyUnit(row: Row<AgencyRecord>, units: Units): Generator<Finding> {
  const { unit_code: code, valid_to: validTo } = row.rec.record;
  if (!units.hasCode(code)) {
    yield finding(row, "unit_code", code, { vi: "mã đơn vị không có trong danh mục", en: "unit code not in the units list" });
    return;
  }
  if (units.at(code, validTo ?? LATEST_DAY) !== undefined) return;
  const ended = units.versions(code).map((u) => u.valid_to ?? LATEST_DAY).sort().at(-1) ?? "";
  yield finding(
    row,
    "unit_code",
    code,
    validTo === undefined
      ? {
          vi: `đơn vị mã ${code} đã chấm dứt ngày ${ended}; ghi valid_to cho cơ quan (ngày cơ quan ngừng hoạt động, không muộn hơn ${ended})`,
          en: `unit ${code} ended on ${ended}; give the agency a valid_to (the day it ceased, no later than ${ended})`,
        }
      : { vi: `không có đơn vị mã ${code} còn hiệu lực vào ngày ${validTo}`, en: `no unit ${code} in force on ${validTo}` },
  );
}

/** The crosswalk links a unit in force on the day of the change to one in force the day before. */
function* unitChange(row: Row<UnitChangeRecord>, units: Units): Generator<Finding> {
  const { effective, new_code: newCode, old_code: oldCode } = row.rec.record;
  const lastDayBefore = dayBefore(effective);
  if (units.at(newCode, effective) === undefined)
    yield finding(row, "new_code", newCode, {
      vi: `không có đơn vị mã này có hiệu lực ngày ${effective}`,
      en: `no unit with this code in force on ${effective}`,
    });
  if (units.at(oldCode, lastDayBefore) === undefined)
    yield finding(row, "old_code", oldCode, {
      vi: `không có đơn vị mã này còn hiệu lực ngày ${lastDayBefore}`,
      en: `no unit with this code in force on ${lastDayBefore}`,
    });
}

/**
 * Published figures: the unit named by code and last day exists and was in force at the end of the
 * time the figure covers; the time is a period, a window or stated as absent; ranks and parts fit
 * their whole; flags carry their notes; conflicts point both ways, across different sources.
 */
export function* publishedRules(rows: readonly Located<PublishedRecord>[], units: Units): Generator<Finding> {
  const byId = new Map(rows.map((r) => [r.record.id, r]));
  for (const row of rowsOf("published", rows)) {
    const rec = row.rec;
    const p = rec.record;
    const version = units.versions(p.unit_code).find((u) => u.valid_to === p.unit_valid_to);
    if (!units.hasCode(p.unit_code)) {
      yield finding(row, "unit_code", p.unit_code, { vi: "mã đơn vị không có trong danh mục", en: "unit code not in the units list" });
    } else if (version === undefined) {
      const spans = units.versions(p.unit_code).map((u) => `${u.name} ${span(u)}`).join("; ");
      yield finding(row, "unit_valid_to", p.unit_valid_to, {
        vi: `không có đơn vị mã ${p.unit_code} kết thúc ${p.unit_valid_to ?? "(còn hiệu lực)"}; các đơn vị mang mã này: ${spans}`,
        en: `no unit ${p.unit_code} ending ${p.unit_valid_to ?? "(current)"}; units with this code: ${spans}`,
      });
    }
    if (p.period !== undefined && (p.window_from !== undefined || p.window_to !== undefined))
      yield finding(row, "window_to", p.window_to ?? p.window_from, {
        vi: "ghi kỳ (period) hoặc khoảng thời gian (window_from, window_to), không cả hai",
        en: "give a period or a window (window_from, window_to), not both",
      });
    else if (p.window_from !== undefined && p.window_to === undefined)
      yield finding(row, "window_to", undefined, { vi: "khoảng thời gian có ngày đầu nhưng thiếu ngày cuối", en: "the window has a start but no end" });
    const time = figureSpan(p);
    if (time?.start !== undefined && time.end !== undefined && time.start > time.end)
      yield finding(row, "window_from", p.window_from, { vi: "ngày đầu sau ngày cuối của khoảng thời gian", en: "the window starts after it ends" });
    if (time === undefined && p.period_label === undefined)
      yield finding(row, "period_label", undefined, {
        vi: "nguồn không ghi kỳ thì period_label phải nói rõ điều đó (\"không ghi kỳ\")",
        en: "with no period or window, period_label must say the source states none",
      });
    if (version !== undefined && time?.end !== undefined) {
      const v = validityOf(version);
      if (time.end < v.start || time.end > v.end)
        yield finding(row, p.period === undefined ? "window_to" : "period", p.period ?? p.window_to, {
          vi: `cuối kỳ ${time.end} nằm ngoài thời gian hiệu lực của ${version.name} (${span(version)})`,
          en: `the end of the time covered, ${time.end}, is outside the validity of ${version.name} (${span(version)})`,
        });
    }
    if (p.indicator === "other" && p.label === undefined)
      yield finding(row, "label", undefined, { vi: "chỉ số other phải có tên ở cột label", en: "indicator other needs a label" });
    if (p.value === undefined && p.value_text === undefined && p.rank === undefined && p.rank_note === undefined)
      yield finding(row, "value", undefined, {
        vi: "dòng không có giá trị, giá trị bằng lời hay xếp hạng nào",
        en: "the row states no value, value in words or rank",
      });
    if (p.value !== undefined && p.out_of !== undefined && p.value > p.out_of)
      yield finding(row, "value", p.value, { vi: `giá trị lớn hơn mức tối đa ${p.out_of}`, en: `the value is above its maximum ${p.out_of}` });
    if ((p.inconsistent === true) !== (p.inconsistency_note !== undefined))
      yield finding(row, p.inconsistent === true ? "inconsistency_note" : "inconsistent", undefined, {
        vi: "inconsistent = true và inconsistency_note phải đi cùng nhau",
        en: "inconsistent = true and inconsistency_note go together",
      });
    if (p.quote_lang !== "vi" && p.value_from_translation !== true)
      yield finding(row, "value_from_translation", p.value_from_translation, {
        vi: "câu trích là bản dịch, nên value_from_translation phải là true",
        en: "the quote is a translation, so value_from_translation must be true",
      });
    for (const other of p.conflicts_with ?? []) {
      const target = byId.get(other);
      if (target === undefined) yield finding(row, "conflicts_with", other, { vi: `không có dòng mã "${other}"`, en: `no row "${other}"` });
      else if (other === p.id) yield finding(row, "conflicts_with", other, { vi: "dòng không thể mâu thuẫn với chính nó", en: "a row cannot conflict with itself" });
      else if (target.record.source_url === p.source_url)
        yield finding(row, "conflicts_with", other, {
          vi: "hai dòng cùng một nguồn: mâu thuẫn trong một nguồn ghi bằng inconsistent",
          en: "both rows are from one source: a source contradicting itself is flagged with inconsistent",
        });
      else if (!(target.record.conflicts_with ?? []).includes(p.id))
        yield finding(row, "conflicts_with", other, {
          vi: `dòng "${other}" không trỏ lại dòng này: mâu thuẫn phải ghi ở cả hai dòng`,
          en: `row "${other}" does not point back: a conflict is recorded on both rows`,
        });
    }
  }
}
