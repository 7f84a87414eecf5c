/**
 * Rules that look across records and files: units resolve in the record's period, no duplicates
 * or overlapping periods, parts never exceed their whole, the form-06 identity, and references
 * between plans, tasks, targets, agencies and units.
 */
import type { UnitRecord } from "./contract";
import { issueAt, shorten, type Issue, type Reason, type SourceRef } from "./issues";
import type { Located, RecordsOf } from "./load";
import { dateOrPeriodRange, dayBefore, periodMonths, periodRange, type DateRange } from "../lib/period";
// definitions.ts imports only types from ingest, so this adds no import cycle.
import { METRIC_DEFS } from "../metrics/definitions";
import { UnitIndex, validityOf } from "../model/unit-index";

type Rec = Located<Record<string, unknown>>;

const PARTS_NOT_OVER_WHOLE: Record<string, [part: string, whole: string, vi: string][]> = {
  "exports/online-services": [
    ["procedures_full_online", "procedures_total", "TTHC toàn trình"],
    ["procedures_partial_online", "procedures_total", "TTHC một phần"],
    ["fee_dossiers_paid_online", "fee_dossiers", "hồ sơ thanh toán trực tuyến"],
  ],
  "exports/digitization": [
    ["dossiers_digitized", "dossiers_received", "hồ sơ được số hóa"],
    ["dossiers_reusing_data", "dossiers_received", "hồ sơ tái sử dụng dữ liệu"],
    ["dossiers_e_routed", "dossiers_received", "hồ sơ luân chuyển điện tử"],
    ["results_digitized", "results_issued", "kết quả được số hóa"],
  ],
  "exports/satisfaction": [
    ["very_satisfied", "responses", "lượt rất hài lòng"],
    ["satisfied", "responses", "lượt hài lòng"],
    ["neutral", "responses", "lượt bình thường"],
    ["dissatisfied", "responses", "lượt không hài lòng"],
  ],
};

/** Fields holding a unit code: when the units list has errors, their lookups fail as a consequence. */
const UNIT_FIELDS = new Set(["unit_code", "scope_unit_code"]);

const EXPORTS = ["exports/processing", "exports/online-services", "exports/digitization", "exports/satisfaction"] as const;

const num = (r: Record<string, unknown>, k: string): number | undefined =>
  typeof r[k] === "number" ? (r[k] as number) : undefined;

/**
 * Cross-record issues. `rejected` collects the source of every record with an error, by identity:
 * several JSON objects can share one line, so file and line do not identify a record.
 */
export function checkRecords(
  records: RecordsOf,
  rejected: Set<SourceRef> = new Set(),
  emit?: (issue: Issue) => void,
  /** Datasets with errors of their own (see LoadResult.failed): unit lookups failing then are follow-on errors. */
  failed: ReadonlySet<string> = new Set(),
): Issue[] {
  const issues: Issue[] = [];
  const report = emit ?? ((issue: Issue) => issues.push(issue));
  const unitsFailed = failed.has("units");
  const err = (rec: Rec, field: string | undefined, value: unknown, reason: Reason) => {
    const issue = issueAt(rec.ref, field, value, reason);
    if (unitsFailed && field !== undefined && UNIT_FIELDS.has(field)) issue.cause = "units";
    report(issue);
    rejected.add(rec.ref);
  };
  const units = new UnitIndex(records.units.map((u) => u.record));

  checkUnits(records.units, units, err);

  const unitIn = (rec: Rec, field: string, range: DateRange, what: string): UnitRecord | undefined => {
    const codeValue = rec.record[field] as string;
    if (!units.hasCode(codeValue)) {
      err(rec, field, codeValue, { vi: "mã đơn vị không có trong danh mục đơn vị (units)", en: "unit code not in the units list" });
      return undefined;
    }
    const unit = units.resolve(codeValue, range);
    if (unit === undefined) {
      const spans = units.versions(codeValue).map((u) => `${u.name} ${span(u)}`).join("; ");
      err(rec, field, codeValue, {
        vi: `${what} ${range.start}–${range.end} nằm ngoài thời gian hiệu lực của đơn vị mã ${codeValue} (${spans})`,
        en: `period ${range.start}–${range.end} is outside the validity of unit ${codeValue} (${spans})`,
      });
    }
    return unit;
  };

  for (const name of EXPORTS) {
    const rows = records[name] as Rec[];
    const seen = new Map<string, Rec>();
    const monthsByUnit = new Map<string, Map<string, Rec>>();
    for (const rec of rows) {
      const r = rec.record;
      const period = r["period"] as string;
      const unit = unitIn(rec, "unit_code", periodRange(period), "kỳ");
      const key = `${r["unit_code"] as string}|${period}`;
      const first = seen.get(key);
      if (first) {
        const where = first.ref.file === rec.ref.file ? `dòng ${first.ref.line}` : `${first.ref.file}:${first.ref.line}`;
        const whereEn = first.ref.file === rec.ref.file ? `line ${first.ref.line}` : `${first.ref.file}:${first.ref.line}`;
        err(rec, "period", period, { vi: `trùng đơn vị và kỳ với ${where}`, en: `same unit and period as ${whereEn}` });
        continue;
      }
      seen.set(key, rec);
      if (unit !== undefined) {
        const covered = monthsByUnit.get(r["unit_code"] as string) ?? new Map<string, Rec>();
        for (const m of periodMonths(period)) {
          const other = covered.get(m);
          if (other) {
            err(rec, "period", period, {
              vi: `kỳ ${period} chồng lấn với kỳ ${other.record["period"] as string} ở dòng ${other.ref.line} (tháng ${m})`,
              en: `period ${period} overlaps period ${other.record["period"] as string} on line ${other.ref.line} (month ${m})`,
            });
            break;
          }
          covered.set(m, rec);
        }
        monthsByUnit.set(r["unit_code"] as string, covered);
      }
      for (const [part, whole, label] of PARTS_NOT_OVER_WHOLE[name] ?? []) {
        const p = num(r, part);
        const w = num(r, whole);
        if (p !== undefined && w !== undefined && p > w)
          err(rec, part, p, {
            vi: `${label} (${p}) lớn hơn tổng ${whole} (${w})`,
            en: `${part} (${p}) is larger than its whole ${whole} (${w})`,
          });
        if (p !== undefined && w === undefined && r[whole] === undefined && part === "fee_dossiers_paid_online")
          err(rec, whole, undefined, {
            vi: "có số hồ sơ thanh toán trực tuyến nhưng thiếu tổng số hồ sơ có phí",
            en: "online payments are given but the number of fee dossiers is missing",
          });
      }
      if (name === "exports/satisfaction") checkRatingsSum(rec, err);
      if (name === "exports/online-services") checkOnlineLevels(rec, err);
      if (name === "exports/processing" && !checkForm06(rec, report)) rejected.add(rec.ref);
    }
  }

  checkReferences(records, units, err);
  return issues;
}

const LEVEL_RANK = { province: 0, district: 1, commune: 2 } as const;

/** The day an open-ended validity is read at, as src/site resolves an agency without valid_to. */
const LATEST_DAY = "9999-12-31";

function span(u: UnitRecord): string {
  return `${u.valid_from ?? "…"}→${u.valid_to ?? "nay"}`;
}

type Err = (rec: Rec, field: string | undefined, value: unknown, reason: Reason) => void;

function checkUnits(rows: Located<UnitRecord>[], units: UnitIndex<UnitRecord>, err: Err): void {
  const byCode = new Map<string, Located<UnitRecord>[]>();
  for (const rec of rows) {
    const u = rec.record;
    const v = validityOf(u);
    if (v.start > v.end)
      err(rec as Rec, "valid_to", u.valid_to, { vi: "ngày kết thúc trước ngày bắt đầu hiệu lực", en: "valid_to is before valid_from" });
    // Only the versions of the same code can clash: comparing with every earlier row is quadratic.
    const clash = (byCode.get(u.code) ?? []).find((o) => {
      const ov = validityOf(o.record);
      return ov.start <= v.end && v.start <= ov.end;
    });
    byCode.set(u.code, [...(byCode.get(u.code) ?? []), rec]);
    if (clash)
      err(rec as Rec, "code", u.code, {
        vi: `mã ${u.code} đã dùng cho đơn vị khác trong cùng thời gian (dòng ${clash.ref.line})`,
        en: `code ${u.code} is used by another unit over the same time (line ${clash.ref.line})`,
      });
    if (u.level === "province" && u.parent_code !== undefined)
      err(rec as Rec, "parent_code", u.parent_code, { vi: "tỉnh không có đơn vị cấp trên", en: "a province has no parent" });
    if (u.level !== "province") {
      if (u.parent_code === undefined) {
        err(rec as Rec, "parent_code", undefined, { vi: "thiếu mã đơn vị cấp trên", en: "parent code is missing" });
        continue;
      }
      const parent = units.resolve(u.parent_code, v);
      if (parent === undefined)
        err(rec as Rec, "parent_code", u.parent_code, {
          vi: "không có đơn vị cấp trên với mã này trong suốt thời gian hiệu lực của đơn vị",
          en: "no parent unit with this code over the unit's whole validity",
        });
      else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[u.level])
        err(rec as Rec, "parent_code", u.parent_code, { vi: "đơn vị cấp trên phải ở cấp cao hơn", en: "the parent must be of a higher level" });
    }
  }
}

function checkRatingsSum(rec: Rec, err: Err): void {
  const r = rec.record;
  const parts = ["very_satisfied", "satisfied", "neutral", "dissatisfied"].map((k) => num(r, k) ?? 0);
  const sum = parts.reduce((a, b) => a + b, 0);
  const responses = num(r, "responses") ?? 0;
  if (sum !== responses)
    err(rec, "responses", responses, {
      vi: `tổng các mức đánh giá (${sum}) khác số lượt đánh giá (${responses})`,
      en: `ratings add up to ${sum}, not the ${responses} responses`,
    });
}

/** Procedures fully and partly online are disjoint parts of all procedures. */
function checkOnlineLevels(rec: Rec, err: Err): void {
  const r = rec.record;
  const full = num(r, "procedures_full_online");
  const partial = num(r, "procedures_partial_online");
  const total = num(r, "procedures_total");
  // Each part over the whole is already reported; this catches parts that fit alone but not together.
  if (full !== undefined && partial !== undefined && total !== undefined && full <= total && partial <= total && full + partial > total)
    err(rec, "procedures_partial_online", partial, {
      vi: `TTHC toàn trình (${full}) + một phần (${partial}) lớn hơn tổng số TTHC (${total})`,
      en: `procedures fully (${full}) + partly online (${partial}) exceed all procedures (${total})`,
    });
}

/** Form 06: carried over + online + in person/postal = resolved + pending. False when the row is rejected. */
function checkForm06(rec: Rec, report: (issue: Issue) => void): boolean {
  const r = rec.record;
  const received = ["received_carried_over", "received_online", "received_direct_postal"].reduce((a, k) => a + (num(r, k) ?? 0), 0);
  const handled = ["resolved_early", "resolved_on_time", "resolved_late", "pending_within_term", "pending_overdue"].reduce(
    (a, k) => a + (num(r, k) ?? 0),
    0,
  );
  if (!Number.isSafeInteger(received) || !Number.isSafeInteger(handled)) {
    report(
      issueAt(rec.ref, "received_carried_over", undefined, {
        vi: `tổng các số đếm vượt quá ${Number.MAX_SAFE_INTEGER}: không kiểm tra chính xác được đẳng thức mẫu 06`,
        en: `the counts add up beyond ${Number.MAX_SAFE_INTEGER}: the form-06 identity cannot be checked exactly`,
      }),
    );
    return false;
  }
  if (received === handled) return true;
  const flagged = typeof r["known_inconsistency"] === "string";
  report(
    issueAt(
      rec.ref,
      "received_carried_over",
      undefined,
      {
        vi: `tổng tiếp nhận (${received}) khác tổng đã giải quyết và đang giải quyết (${handled}), lệch ${received - handled}${flagged ? "; dòng được giữ và gắn cờ sai lệch của nguồn" : ""}`,
        en: `received (${received}) differs from resolved + pending (${handled}) by ${received - handled}${flagged ? "; kept and flagged as a known source inconsistency" : ""}`,
      },
      flagged ? "warning" : "error",
    ),
  );
  return flagged;
}

function checkReferences(records: RecordsOf, units: UnitIndex<UnitRecord>, err: Err): void {
  const ids = (name: "plans" | "tasks" | "targets" | "agencies" | "published") => {
    const map = new Map<string, Rec>();
    for (const rec of records[name] as Rec[]) {
      const idValue = rec.record["id"] as string;
      const first = map.get(idValue);
      if (first)
        err(rec, "id", idValue, {
          vi: `mã trùng với ${first.ref.file}:${first.ref.line}`,
          en: `duplicate id, first at ${first.ref.file}:${first.ref.line}`,
        });
      else map.set(idValue, rec);
    }
    return map;
  };
  const plans = ids("plans");
  ids("tasks");
  const targets = ids("targets");
  const agencies = ids("agencies");
  ids("published");

  const refOne = (rec: Rec, field: string, known: Map<string, Rec>, what: Reason) => {
    const value = rec.record[field];
    if (typeof value === "string" && !known.has(value))
      err(rec, field, value, { vi: `không tìm thấy ${what.vi} có mã này`, en: `no ${what.en} with this id` });
  };
  const refMany = (rec: Rec, field: string, known: Map<string, Rec>, what: Reason) => {
    for (const value of (rec.record[field] as string[] | undefined) ?? [])
      if (!known.has(value)) err(rec, field, value, { vi: `không tìm thấy ${what.vi} "${shorten(value)}"`, en: `no ${what.en} "${shorten(value)}"` });
  };
  const PLAN = { vi: "kế hoạch", en: "plan" };
  const AGENCY = { vi: "cơ quan", en: "agency" };
  const TARGET = { vi: "chỉ tiêu", en: "target" };

  for (const rec of records.plans as Rec[]) {
    const d = rec.record["date"] as string | undefined;
    const day = d === undefined ? undefined : dateOrPeriodRange(d);
    const codeValue = rec.record["scope_unit_code"] as string;
    if (!units.hasCode(codeValue))
      err(rec, "scope_unit_code", codeValue, { vi: "mã đơn vị không có trong danh mục", en: "unit code not in the units list" });
    else if (day !== undefined && units.resolve(codeValue, day) === undefined)
      err(rec, "scope_unit_code", codeValue, {
        vi: "đơn vị không có hiệu lực vào ngày ban hành",
        en: "the unit was not in force on the date issued",
      });
  }
  for (const rec of records.tasks as Rec[]) {
    refOne(rec, "plan_id", plans, PLAN);
    refMany(rec, "lead_agencies", agencies, AGENCY);
    refMany(rec, "coordinating_agencies", agencies, AGENCY);
    refMany(rec, "target_ids", targets, TARGET);
  }
  for (const rec of records.targets) {
    refOne(rec as Rec, "plan_id", plans, PLAN);
    checkTargetBasis(rec as Rec, err);
    // The site prints the target's value with this unit beside the metric's own figures.
    const { metric, unit } = rec.record;
    if (metric === undefined) continue;
    const expected = METRIC_DEFS[metric].unit;
    if (unit !== expected)
      err(rec as Rec, "unit", unit, {
        vi: `đơn vị tính "${shorten(unit)}" không khớp với chỉ số ${metric}, đo bằng "${expected}"`,
        en: `unit "${shorten(unit)}" does not match metric ${metric}, which is measured in "${expected}"`,
      });
  }
  for (const rec of records.agencies as Rec[]) {
    const codeValue = rec.record["unit_code"] as string;
    const validTo = rec.record["valid_to"] as string | undefined;
    // The site finds an agency's unit on its last day: valid_to, or for a body still at work the far future.
    if (!units.hasCode(codeValue))
      err(rec, "unit_code", codeValue, { vi: "mã đơn vị không có trong danh mục", en: "unit code not in the units list" });
    else if (units.at(codeValue, validTo ?? LATEST_DAY) === undefined) {
      const ended = units.versions(codeValue).map((u) => u.valid_to ?? LATEST_DAY).sort().at(-1) ?? "";
      err(
        rec,
        "unit_code",
        codeValue,
        validTo === undefined
          ? {
              vi: `đơn vị mã ${codeValue} đã chấm dứt ngày ${ended}; ghi valid_to cho cơ quan (ngày cơ quan ngừng hoạt động, không muộn hơn ${ended})`,
              en: `unit ${codeValue} ended on ${ended}; give the agency a valid_to (the day it ceased, no later than ${ended})`,
            }
          : {
              vi: `không có đơn vị mã ${codeValue} còn hiệu lực vào ngày ${validTo}`,
              en: `no unit ${codeValue} in force on ${validTo}`,
            },
      );
    }
  }
  for (const rec of records.published as Rec[]) {
    const codeValue = rec.record["unit_code"] as string;
    const range = periodRange(rec.record["period"] as string);
    if (!units.hasCode(codeValue))
      err(rec, "unit_code", codeValue, { vi: "mã đơn vị không có trong danh mục", en: "unit code not in the units list" });
    else if (units.resolve(codeValue, range) === undefined)
      err(rec, "period", rec.record["period"], {
        vi: "kỳ nằm ngoài thời gian hiệu lực của đơn vị",
        en: "period is outside the unit's validity",
      });
  }
  for (const rec of records["unit-changes"] as Rec[]) {
    const effective = rec.record["effective"] as string;
    const lastDayBefore = dayBefore(effective);
    if (units.at(rec.record["new_code"] as string, effective) === undefined)
      err(rec, "new_code", rec.record["new_code"], {
        vi: `không có đơn vị mã này có hiệu lực ngày ${effective}`,
        en: `no unit with this code in force on ${effective}`,
      });
    if (units.at(rec.record["old_code"] as string, lastDayBefore) === undefined)
      err(rec, "old_code", rec.record["old_code"], {
        vi: `không có đơn vị mã này còn hiệu lực ngày ${lastDayBefore}`,
        en: `no unit with this code in force on ${lastDayBefore}`,
      });
  }
}

/**
 * A value is either written in the document (stated), follows unambiguously from a rule it writes
 * (derived, with the rule), or is absent because the rule cannot be turned into a number (rule,
 * with the rule and why).
 */
function checkTargetBasis(rec: Rec, err: Err): void {
  const r = rec.record;
  const basis = (r["basis"] as string | undefined) ?? "stated";
  const missing = (field: string, vi: string, en: string) => {
    if (r[field] === undefined) err(rec, field, "", { vi, en });
  };
  if (basis === "rule") {
    if (r["value"] !== undefined)
      err(rec, "value", r["value"], {
        vi: "dòng quy tắc (basis = rule) không có giá trị: văn bản không ghi số này",
        en: "a rule row (basis = rule) has no value: the document does not state one",
      });
    missing("rule", "dòng quy tắc phải ghi quy tắc bằng lời (rule)", "a rule row needs the rule in words");
    missing("ambiguity", "dòng quy tắc phải ghi vì sao không thành số được (ambiguity)", "a rule row needs the reason it has no number");
    return;
  }
  missing("value", "thiếu giá trị; chỉ dòng quy tắc (basis = rule) được để trống", "value missing; only rule rows may leave it blank");
  if (basis === "derived") missing("rule", "dòng suy ra (basis = derived) phải ghi quy tắc (rule)", "a derived row needs its rule");
}
