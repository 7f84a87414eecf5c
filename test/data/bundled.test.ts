/**
 * The bundled data tell the truth about themselves: valid against the contract, the transcribed
 * plans complete against their documents, the units and licence in place.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { validateDataDir, type ValidationReport } from "../../src/ingest/validate";
import type { TaskRecord } from "../../src/ingest/contract";

let report: ValidationReport;
const tasksOf = (planId: string) => report.records.tasks.map((t) => t.record).filter((t) => t.plan_id === planId);
const hasDeadline = (t: TaskRecord) => t.due !== undefined || t.due_text !== undefined;

beforeAll(() => {
  report = validateDataDir("data");
});

describe("data/", () => {
  it("passes validation with every row accounted for", () => {
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    for (const a of report.accounts) expect(a.read).toBe(a.accepted + a.rejected);
    expect(report.accounts.every((a) => a.rejected === 0)).toBe(true);
  });

  it("holds the five plans of the source documents", () => {
    expect(report.records.plans.map((p) => p.record.id).sort()).toEqual([
      "binh-dinh-cchc-2020", "gia-lai-258-2021", "gia-lai-934-2016", "khanh-son-283-2020", "krong-pa-44-2020",
    ]);
    const qd258 = report.records.plans.find((p) => p.record.id === "gia-lai-258-2021")?.record;
    expect(qd258).toMatchObject({ number: "258/QĐ-UBND", date: "2021-04-29", scope_unit_code: "64" });
  });
});

describe("Decision 258/QĐ-UBND (2021): the appendix of the one-stop renewal plan", () => {
  it("has all 36 items, numbered 1 to 36", () => {
    const tasks = tasksOf("gia-lai-258-2021");
    expect(tasks).toHaveLength(36);
    expect(tasks.map((t) => Number(t.item)).sort((a, b) => a - b)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
  });
  it("gives every item a lead agency and a deadline", () => {
    for (const t of tasksOf("gia-lai-258-2021")) {
      expect(t.lead_agencies?.length ?? 0, t.id).toBeGreaterThan(0);
      expect(hasDeadline(t), t.id).toBe(true);
    }
  });
  it("carries the 2025 targets the site measures", () => {
    const targets = report.records.targets.map((t) => t.record).filter((t) => t.plan_id === "gia-lai-258-2021");
    const find = (metric: string, value: number, due: string) => targets.find((t) => t.metric === metric && t.value === value && t.due === due);
    expect(find("avg_wait_minutes", 15, "2024-01")?.op).toBe("<=");
    expect(find("avg_wait_minutes", 30, "2022-09")?.op).toBe("<=");
    expect(find("e_routed_share", 80, "2023-07")?.op).toBe(">=");
    expect(find("online_dossier_share", 50, "2023-05")?.op).toBe(">=");
    expect(find("satisfaction_share", 95, "2025-12")).toBeDefined();
    expect(targets.filter((t) => t.due === "2021-12" && t.value !== undefined && [30, 20, 15].includes(t.value)).map((t) => t.applies_to).sort()).toEqual(
      expect.arrayContaining(["commune", "district", "province"]),
    );
  });
});

describe("Decision 258: targets only as the document states them", () => {
  const of258 = () => report.records.targets.map((t) => t.record).filter((t) => t.plan_id === "gia-lai-258-2021");
  const byId = (n: string) => of258().find((t) => t.id === `gia-lai-258-2021.${n}`);

  it("keeps the 20 stated targets and three rule-only rows, 23 in all", () => {
    expect(of258()).toHaveLength(23);
    expect(of258().filter((t) => (t.basis ?? "stated") === "stated")).toHaveLength(20);
    expect(of258().filter((t) => t.basis === "rule").map((t) => t.id)).toEqual(["gia-lai-258-2021.t8", "gia-lai-258-2021.t24", "gia-lai-258-2021.t26"]);
    expect(of258().filter((t) => t.basis === "derived")).toEqual([]);
  });
  it("drops the yearly thresholds read into items 20 and 21, among them t14–t16 and t19, which were weaker than items 26 and I.1.2.b", () => {
    for (const n of ["t9", "t10", "t11", "t12", "t13", "t14", "t15", "t16", "t17", "t18", "t19", "t25", "t27", "t28"]) expect(byId(n), n).toBeUndefined();
    // The stated targets they contradicted stay as written.
    expect(byId("t32")).toMatchObject({ metric: "digitized_result_share", op: ">=", value: 100, due: "2024-01", applies_to: "all" });
    expect(byId("t2")).toMatchObject({ metric: "digitized_result_share", op: ">=", value: 100, due: "2025-12", applies_to: "all" });
  });
  it("shows items 20 and 21 as rules with their ambiguity, with no number", () => {
    for (const n of ["t8", "t24", "t26"]) {
      const t = byId(n);
      expect(t?.value, n).toBeUndefined();
      expect(t?.rule, n).toMatch(/mỗi năm/i);
      expect(t?.ambiguity, n).toMatch(/điểm phần trăm/);
    }
    expect(byId("t8")?.plan_item).toBe("20");
    expect([byId("t24")?.plan_item, byId("t24")?.applies_to, byId("t26")?.applies_to]).toEqual(["21", "district", "commune"]);
  });
});

describe("comparisons and mappings across the plans", () => {
  const all = () => report.records.targets.map((t) => t.record);
  it("reads every 'trên N%' as strictly above and 'dưới N%' as strictly below", () => {
    const above = all().filter((t) => /\btrên \d+%/.test(t.text));
    expect(above.length).toBe(13);
    for (const t of above) expect(t.op, t.id).toBe(">");
    for (const t of all().filter((x) => /\bdưới \d+%/.test(x.text))) expect(t.op, t.id).toBe("<");
  });
  it("does not judge the 2011–2020 satisfaction survey targets by one-stop ratings, nor Bình Định's ministries target", () => {
    const ids = ["krong-pa-44-2020.t1", "krong-pa-44-2020.t2", "binh-dinh-cchc-2020.t1", "binh-dinh-cchc-2020.t2", "khanh-son-283-2020.t1", "khanh-son-283-2020.t2"];
    for (const id of ids) {
      const t = all().find((x) => x.id === id);
      expect(t?.metric, id).toBeUndefined();
      expect(t?.note, id).toContain("SIPAS");
    }
    expect(all().find((x) => x.id === "binh-dinh-cchc-2020.t7")?.metric).toBeUndefined();
  });
  it("splits Decision 934 A.III.3 into its two targets and adds A.VIII.4's district clause", () => {
    const items = (item: string) => all().filter((t) => t.plan_id === "gia-lai-934-2016" && t.plan_item === item);
    expect(items("A.III.3").map((t) => `${t.applies_to}: ${t.text}`).sort()).toEqual([
      "all: 100% cơ quan chuyên môn cấp tỉnh, UBND cấp huyện, UBND cấp xã công khai TTHC tại Bộ phận tiếp nhận và trả kết quả",
      "district: 100% Trang thông tin điện tử của sở, ban, ngành tỉnh, UBND cấp huyện công khai tất cả các TTHC",
      "province: 100% TTHC được công khai trên Cổng thông tin điện tử",
      "province: 100% Trang thông tin điện tử của sở, ban, ngành tỉnh, UBND cấp huyện công khai tất cả các TTHC",
    ]);
    expect(items("A.VIII.4").map((t) => t.applies_to).sort()).toEqual(["commune", "district"]);
  });
  it("quotes Khánh Sơn t11 verbatim", () => {
    expect(all().find((x) => x.id === "khanh-son-283-2020.t11")?.text).toContain("các cơ quan trên địa bàn thành phố phát hành");
  });
});

describe("transcription flags", () => {
  const task = (id: string) => report.records.tasks.map((t) => t.record).find((t) => t.id === id);
  const target = (id: string) => report.records.targets.map((t) => t.record).find((t) => t.id === id);
  it("marks what stays uncertain and clears what a closer reading settles", () => {
    expect([task("gia-lai-258-2021.2")?.uncertain, task("gia-lai-258-2021.12")?.uncertain]).toEqual([true, true]);
    for (const id of ["gia-lai-258-2021.3", "gia-lai-258-2021.13", "gia-lai-258-2021.27", "gia-lai-258-2021.28"]) expect(task(id)?.uncertain, id).toBe(false);
    expect(task("gia-lai-258-2021.13")?.report_due_text).toContain("quý III năm 2022");
    for (let n = 6; n <= 22; n++) expect(target(`krong-pa-44-2020.t${n}`)?.uncertain, `t${n}`).toBe(false);
  });
  it("gives 258.4 its output as the document words it", () => {
    expect(task("gia-lai-258-2021.4")?.output).toBe("Kết quả số hóa hồ sơ giải quyết tại Trung tâm Phục vụ hành chính công");
  });
});

describe("Gia Lai PAR INDEX plan (Decision 934/QĐ-UBND, 2016): appendix groups A, B, C", () => {
  const appendix = () => tasksOf("gia-lai-934-2016").filter((t) => /^[ABC]\./.test(t.item));
  it("has 35 regular tasks (A), 6 needing investment (B) and 4 hard tasks (C), as in the document", () => {
    const count = (g: string) => appendix().filter((t) => t.item.startsWith(`${g}.`)).length;
    expect([count("A"), count("B"), count("C")]).toEqual([35, 6, 4]);
  });
  it("gives every item a deadline, and a lead agency except the one whose cell is unreadable in the scan", () => {
    const withoutLead = appendix().filter((t) => (t.lead_agencies?.length ?? 0) === 0);
    expect(withoutLead.map((t) => t.id)).toEqual(["gia-lai-934-2016.A.VII.5"]);
    expect(withoutLead.every((t) => t.uncertain === true && (t.note ?? "").length > 0)).toBe(true);
    for (const t of appendix()) expect(hasDeadline(t), t.id).toBe(true);
  });
});

describe("units", () => {
  it("keeps the attribution and MIT licence of the unit lists", () => {
    const licence = readFileSync("data/LICENSE-units.txt", "utf8");
    expect(licence).toContain("Copyright (c) 2021 Thang Le Quoc");
    expect(licence).toContain("MIT");
  });
  it("bundles the former provinces until 30/06/2025 and the new ones from 01/07/2025", () => {
    const provinces = report.records.units.map((u) => u.record).filter((u) => u.level === "province");
    expect(provinces.map((p) => `${p.code} ${p.name} ${p.valid_from ?? ""}→${p.valid_to ?? ""}`).sort()).toEqual([
      "52 Bình Định →2025-06-30", "52 Gia Lai 2025-07-01→", "56 Khánh Hòa →2025-06-30", "56 Khánh Hòa 2025-07-01→",
      "58 Ninh Thuận →2025-06-30", "64 Gia Lai →2025-06-30",
    ].sort());
  });
});
