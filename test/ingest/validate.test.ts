import { describe, expect, it } from "vitest";
import { compareIssues, formatIssue, type Issue } from "../../src/ingest/issues";
import { reportJson, validateDataDir, type ValidationReport } from "../../src/ingest/validate";
import { PROCESSING_HEADER, SMALL_UNITS, tempDataDir, where } from "./helpers";

/** Validates a throw-away data dir; returns the report and each issue as `file:line:column reason`. */
function validate(files: Record<string, string>): { report: ValidationReport; issues: string[] } {
  const { dir, cleanup } = tempDataDir(files);
  try {
    const report = validateDataDir(dir);
    return { report, issues: report.issues.map((i) => `${where(i, dir)} ${i.severity}: ${i.vi}`) };
  } finally {
    cleanup();
  }
}

const row = (unit: string, period: string, note = "") => `${unit},${period},120,310,820,400,650,40,150,10,${note},true`;

describe("formatIssue", () => {
  it("formatIssue prints file:line:column, field, value and both languages", () => {
    const text = formatIssue({
      severity: "error", file: "data/exports/processing.csv", line: 3, column: 4, field: "received_online", value: "12a",
      vi: '"12a" không phải là số nguyên', en: '"12a" is not a whole number',
    });
    expect(text).toBe(
      'data/exports/processing.csv:3:4: lỗi [received_online = "12a"]: "12a" không phải là số nguyên (error: "12a" is not a whole number)',
    );
  });
  it("formatIssue prints only the file for whole-file issues and labels warnings", () => {
    expect(formatIssue({ severity: "warning", file: "x.csv", line: 0, column: 0, vi: "v", en: "e" })).toBe("x.csv: cảnh báo: v (warning: e)");
  });
});

describe("compareIssues", () => {
  const issue = (file: string, vi: string, line = 2): Issue => ({ severity: "error", file, line, column: 1, vi, en: vi });
  it("compareIssues orders by UTF-16 code units, the same on every machine and locale", () => {
    const sorted = [issue("a.csv", "x"), issue("B.csv", "x"), issue("Z.csv", "x"), issue("b.csv", "x")].sort(compareIssues);
    expect(sorted.map((i) => i.file)).toEqual(["B.csv", "Z.csv", "a.csv", "b.csv"]);
  });
  it("compareIssues breaks ties on the reason by code units too (đ after every ASCII letter)", () => {
    const sorted = [issue("x.csv", "đơn vị"), issue("x.csv", "e"), issue("x.csv", "Z")].sort(compareIssues);
    expect(sorted.map((i) => i.vi)).toEqual(["Z", "e", "đơn vị"]);
  });
});

describe("validateDataDir", () => {
  it("validateDataDir keeps a row whose form-06 mismatch is flagged in known_inconsistency, as a warning", () => {
    const { report, issues } = validate({
      "units.csv": SMALL_UNITS,
      "exports/processing.csv": `${PROCESSING_HEADER}\n${row("637", "2024-01").replace(",10,", ",7,").replace(",,", ",Nguồn lệch 3 hồ sơ,")}\n`,
    });
    expect(report.ok).toBe(true);
    expect(issues).toEqual([expect.stringMatching(/^exports\/processing\.csv:2:3 warning: .*lệch 3; dòng được giữ/)]);
    expect(report.records["exports/processing"]).toHaveLength(1);
    expect(report.accounts[1]).toMatchObject({ read: 1, accepted: 1, rejected: 0 });
  });

  it("validateDataDir resolves a reused code by period: 24076 is a commune only from 2025-07", () => {
    const { issues } = validate({
      "units.csv": SMALL_UNITS,
      "exports/processing.csv": `${PROCESSING_HEADER}\n${row("24076", "2025-07")}\n${row("24076", "2025-06")}\n${row("24076", "2025-Q4")}\n`,
    });
    expect(issues).toEqual([expect.stringMatching(/^exports\/processing\.csv:3:1 error: kỳ 2025-06-01–2025-06-30 nằm ngoài/)]);
  });

  it("validateDataDir reads code 52 as Bình Định until 2025-Q2 and Gia Lai from 2025-Q3, and refuses the year 2025", () => {
    const { issues } = validate({
      "units.csv": `${SMALL_UNITS}52,Bình Định,Tỉnh,province,,,2025-06-30\n`,
      "exports/processing.csv": `${PROCESSING_HEADER}\n${row("52", "2025-Q2")}\n${row("52", "2025-Q3")}\n${row("52", "2025")}\n`,
    });
    expect(issues).toEqual([expect.stringMatching(/^exports\/processing\.csv:4:1 error: kỳ 2025-01-01–2025-12-31 nằm ngoài .*\(Gia Lai 2025-07-01→nay; Bình Định …→2025-06-30\)$/)]);
  });

  it("validateDataDir rejects only the bad object of a one-line JSON file", () => {
    const record = (unit: string) =>
      `{"unit_code":"${unit}","period":"2024-01","received_carried_over":120,"received_online":310,"received_direct_postal":820,"resolved_early":400,"resolved_on_time":650,"resolved_late":40,"pending_within_term":150,"pending_overdue":10}`;
    const json = `[${record("637")},${record("99999")}]`;
    const { report, issues } = validate({ "units.csv": SMALL_UNITS, "exports/processing.json": json });
    // At the bad object's own unit code: line 1, the column where "99999" starts.
    expect(issues).toEqual([`exports/processing.json:1:${json.indexOf('"99999"') + 1} error: mã đơn vị không có trong danh mục đơn vị (units)`]);
    expect(report.accounts[1]).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(report.records["exports/processing"].map((r) => r.record.unit_code)).toEqual(["637"]);
  });

  it("validateDataDir names each problem in a pretty-printed JSON file by its value's own line and column", () => {
    const object = (unit: string, online: string) =>
      `  {\n    "unit_code": "${unit}",\n    "period": "2024-01",\n    "received_carried_over": 120,\n    "received_online": ${online},\n` +
      `    "received_direct_postal": 820, "resolved_early": 400, "resolved_on_time": 650, "resolved_late": 40,\n    "pending_within_term": 150, "pending_overdue": 10\n  }`;
    const json = `[\n${object("637", "310")},\n${object("99999", "310")},\n${object("637", '"ba trăm"')}\n]\n`;
    const { issues } = validate({ "units.csv": SMALL_UNITS, "exports/processing.json": json });
    // A reading error and a rule's finding alike: lines 11 and 22 are the values' own; their objects start on lines 10 and 18.
    expect(issues).toEqual([
      "exports/processing.json:11:18 error: mã đơn vị không có trong danh mục đơn vị (units)",
      'exports/processing.json:22:24 error: "ba trăm" không phải là số nguyên',
    ]);
  });

  it("validateDataDir checks the units list: overlapping code, parent level, missing parent", () => {
    const { issues, report } = validate({
      "units.csv": [
        "code,name,type,level,parent_code,valid_from,valid_to",
        "64,Gia Lai,Tỉnh,province,,,2025-06-30",
        "637,Krông Pa,Huyện,district,64,,2025-06-30",
        "637,Krông Pa mới,Huyện,district,64,2025-01-01,",
        "24076,Phú Túc,Thị trấn,commune,,,2025-06-30",
        "24079,Ia RSai,Xã,commune,24076,,2025-06-30",
        "622,Pleiku,Thành phố,district,64,,2025-12-31",
        "",
      ].join("\n"),
    });
    expect(issues).toEqual([
      expect.stringMatching(/^units\.csv:4:1 error: mã 637 đã dùng cho đơn vị khác trong cùng thời gian \(dòng 3\)/),
      "units.csv:4:5 error: không có đơn vị cấp trên với mã này trong suốt thời gian hiệu lực của đơn vị", // 64 ends 2025-06-30
      "units.csv:5:5 error: thiếu mã đơn vị cấp trên",
      "units.csv:6:5 error: đơn vị cấp trên phải ở cấp cao hơn",
      "units.csv:7:5 error: không có đơn vị cấp trên với mã này trong suốt thời gian hiệu lực của đơn vị",
    ]);
    expect(report.accounts[0]).toMatchObject({ read: 6, accepted: 2, rejected: 4 });
  });

  it("validateDataDir checks satisfaction ratings add up and payments need fee dossiers", () => {
    const { issues } = validate({
      "units.csv": SMALL_UNITS,
      "exports/satisfaction.csv": "unit_code,period,responses,very_satisfied,satisfied,neutral,dissatisfied\n637,2024-01,100,60,30,5,4\n",
      "exports/online-services.csv":
        "unit_code,period,procedures_total,procedures_full_online,procedures_partial_online,fee_dossiers_paid_online\n637,2024-Q1,300,310,20,15\n",
    });
    expect(issues).toEqual([
      "exports/online-services.csv:2:0 error: có số hồ sơ thanh toán trực tuyến nhưng thiếu tổng số hồ sơ có phí",
      "exports/online-services.csv:2:4 error: TTHC toàn trình (310) lớn hơn tổng procedures_total (300)",
      "exports/satisfaction.csv:2:3 error: tổng các mức đánh giá (99) khác số lượt đánh giá (100)",
    ]);
  });

  it("validateDataDir checks plan scope, agency unit, target ids, published period and crosswalk codes by date", () => {
    const { issues } = validate({
      "units.csv": SMALL_UNITS,
      "plans.csv": "id,date,issuer,title,scope_unit_code,source\nkh-1,2024-03-01,UBND,KH,24076,x\nkh-2,2025-08,UBND,KH,52,x\n",
      "agencies.csv": "id,name,kind,level,unit_code,valid_to\nubnd-637,UBND huyện,UBND,district,637,2025-12-31\n",
      "targets.csv": "id,op,value,unit,due,applies_to,plan_id,text\nct-1,>=,95,%,2025-12,all,kh-2,x\nct-1,>=,96,%,2025-12,all,kh-2,y\n",
      "tasks.csv": "id,plan_id,item,content,target_ids\nnv-1,kh-2,1,x,ct-1;ct-9\n",
      "published.csv": "id,unit_code,unit_valid_to,period,indicator,value,source_name,source_url,quote,quote_lang\npb-1,637,2025-06-30,2025-08,on_time_rate,\"97,5\",s,https://example.org/a,q,vi\n",
      "unit-changes.csv": "new_code,old_code,effective\n24076,637,2025-07-01\n637,24076,2025-07-01\n",
    });
    expect(issues).toEqual([
      "agencies.csv:2:5 error: không có đơn vị mã 637 còn hiệu lực vào ngày 2025-12-31",
      "plans.csv:2:5 error: đơn vị không có hiệu lực vào ngày ban hành",
      "published.csv:2:4 error: cuối kỳ 2025-08-31 nằm ngoài thời gian hiệu lực của Krông Pa (…→2025-06-30)",
      expect.stringMatching(/^targets\.csv:3:1 error: mã trùng với .*targets\.csv:2$/),
      'tasks.csv:2:5 error: không tìm thấy chỉ tiêu "ct-9"',
      "unit-changes.csv:3:1 error: không có đơn vị mã này có hiệu lực ngày 2025-07-01",
      "unit-changes.csv:3:2 error: không có đơn vị mã này còn hiệu lực ngày 2025-06-30",
    ]);
  });

  it("validateDataDir refuses an agency of an abolished unit that has no valid_to: the site would resolve it at 9999-12-31", () => {
    const { issues, report } = validate({
      "units.csv": SMALL_UNITS,
      "agencies.csv": [
        "id,name,kind,level,unit_code,valid_to",
        "ubnd-637,UBND huyện Krông Pa,UBND,district,637,",
        "ubnd-637-cu,UBND huyện Krông Pa,UBND,district,637,2025-06-30",
        "ubnd-24076,UBND xã Phú Túc,UBND,commune,24076,",
        "",
      ].join("\n"),
    });
    expect(issues).toEqual([
      "agencies.csv:2:5 error: đơn vị mã 637 đã chấm dứt ngày 2025-06-30; ghi valid_to cho cơ quan (ngày cơ quan ngừng hoạt động, không muộn hơn 2025-06-30)",
    ]);
    expect(report.issues[0]?.en).toBe("unit 637 ended on 2025-06-30; give the agency a valid_to (the day it ceased, no later than 2025-06-30)");
    expect(report.records.agencies.map((a) => a.record.id)).toEqual(["ubnd-637-cu", "ubnd-24076"]);
  });

  it("validateDataDir refuses a target whose unit of measure is not its metric's", () => {
    const { issues, report } = validate({
      "units.csv": SMALL_UNITS,
      "plans.csv": "id,issuer,title,scope_unit_code,source\nkh-1,UBND,KH,52,x\n",
      "targets.csv": [
        "id,metric,op,value,unit,due,applies_to,plan_id,text",
        "ct-1,on_time_rate,>=,95,%,2025-12,all,kh-1,x",
        "ct-2,avg_wait_minutes,<=,15,phút,2025-12,all,kh-1,x",
        "ct-3,avg_wait_minutes,<=,15,%,2025-12,all,kh-1,x",
        "ct-4,online_dossier_share,>=,50,phút,2025-12,all,kh-1,x",
        "ct-5,,>=,2,hồ sơ/người/năm,2025-12,all,kh-1,x",
        "",
      ].join("\n"),
    });
    expect(issues).toEqual([
      'targets.csv:4:5 error: đơn vị tính "%" không khớp với chỉ số avg_wait_minutes, đo bằng "phút"',
      'targets.csv:5:5 error: đơn vị tính "phút" không khớp với chỉ số online_dossier_share, đo bằng "%"',
    ]);
    expect(report.issues[0]?.en).toBe('unit "%" does not match metric avg_wait_minutes, which is measured in "phút"');
    expect(report.records.targets.map((t) => t.record.id)).toEqual(["ct-1", "ct-2", "ct-5"]);
  });

  it("validateDataDir leaves a value blank only on rule rows, which need their rule and ambiguity; derived rows need their rule", () => {
    const { issues, report } = validate({
      "units.csv": SMALL_UNITS,
      "plans.csv": "id,issuer,title,scope_unit_code,source\nkh-1,UBND,KH,52,x\n",
      "targets.csv": [
        "id,metric,op,value,unit,due,applies_to,plan_id,text,basis,rule,ambiguity",
        "ct-1,on_time_rate,>,80,%,2025-12,all,kh-1,trên 80%,,,",
        "ct-2,on_time_rate,>=,,%,2025-12,all,kh-1,x,,,",
        "ct-3,on_time_rate,>=,90,%,2025-12,all,kh-1,x,derived,,",
        "ct-4,on_time_rate,>=,90,%,2025-12,all,kh-1,x,rule,thêm 20%,hai cách hiểu",
        "ct-5,on_time_rate,>=,,%,2025-12,all,kh-1,x,rule,thêm 20%,",
        "ct-6,on_time_rate,>=,,%,2025-12,all,kh-1,x,rule,thêm 20%,hai cách hiểu",
        "",
      ].join("\n"),
    });
    expect(issues).toEqual([
      "targets.csv:3:4 error: thiếu giá trị; chỉ dòng quy tắc (basis = rule) được để trống",
      "targets.csv:4:11 error: dòng suy ra (basis = derived) phải ghi quy tắc (rule)",
      "targets.csv:5:4 error: dòng quy tắc (basis = rule) không có giá trị: văn bản không ghi số này",
      "targets.csv:6:12 error: dòng quy tắc phải ghi vì sao không thành số được (ambiguity)",
    ]);
    expect(report.records.targets.map((t) => [t.record.id, t.record.op])).toEqual([["ct-1", ">"], ["ct-6", ">="]]);
  });

  it("reference errors have an English gloss without Vietnamese in it", () => {
    const { report } = validate({ "units.csv": SMALL_UNITS, "targets.csv": "id,op,value,unit,due,applies_to,plan_id,text\nct-1,>=,95,%,2025-12,all,kh-x,t\n" });
    expect(report.issues.map((i) => i.en)).toEqual(["no plan with this id"]);
  });
});

describe("reportJson", () => {
  it("reportJson holds everything but the records", () => {
    const { report } = validate({ "units.csv": SMALL_UNITS });
    expect(Object.keys(JSON.parse(reportJson(report)) as object).sort()).toEqual(["accounts", "dir", "errors", "issues", "ok", "warnings"]);
  });
});
