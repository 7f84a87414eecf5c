import { describe, expect, it } from "vitest";
import { calendarWindow, periodInTitle, readPeriodSpelling, reportingWindow } from "../../src/ingest/period-spellings";

const period = (text: string) => {
  const r = readPeriodSpelling(text);
  return r.ok ? r.period : undefined;
};

describe("readPeriodSpelling", () => {
  it.each([
    ["2025-06", "2025-06"],
    ["06/2025", "2025-06"],
    ["6/2025", "2025-06"],
    ["T6/2025", "2025-06"],
    ["t 6 / 2025", "2025-06"],
    ["Tháng 6/2025", "2025-06"],
    ["Tháng 06/2025", "2025-06"],
    ["Tháng 6 năm 2025", "2025-06"],
    ["THÁNG 12 NĂM 2024", "2024-12"],
    ["Thang 6/2025", "2025-06"],
    ["2025-Q2", "2025-Q2"],
    ["Quý II/2025", "2025-Q2"],
    ["Quý IV năm 2024", "2024-Q4"],
    ["Quý 2/2025", "2025-Q2"],
    ["Q2/2025", "2025-Q2"],
    ["6 tháng đầu năm 2025", "2025-H1"],
    ["6 tháng cuối năm 2024", "2024-H2"],
    ["2025-H1", "2025-H1"],
    ["Năm 2025", "2025"],
    ["2025", "2025"],
    ["Kỳ báo cáo: Tháng 5/2025", "2025-05"],
  ])("reads %s as %s", (text, expected) => {
    expect(period(text)).toBe(expected);
  });

  it.each(["13/2025", "0/2025", "Quý V/2025", "Quý 5/2025", "6 năm 2025", "2025/06", "tháng sáu 2025", "15/6/2025", "", "Q2"])(
    "refuses %j with the accepted forms",
    (text) => {
      const r = readPeriodSpelling(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.vi).toContain("Tháng 6/2025");
        expect(r.en).toContain("accepted forms");
      }
    },
  );

  it("labels the Circular 01/2020 window with its month and keeps no explicit window", () => {
    expect(readPeriodSpelling("Từ ngày 15/4/2025 đến ngày 14/5/2025")).toEqual({ ok: true, kind: "month", period: "2025-05" });
    expect(readPeriodSpelling("Từ ngày 15/12/2024 đến ngày 14/3/2025")).toEqual({ ok: true, kind: "quarter", period: "2025-Q1" });
    expect(readPeriodSpelling("từ ngày 15/12/2024 đến ngày 14/6/2025")).toEqual({ ok: true, kind: "half", period: "2025-H1" });
  });

  it("keeps another one-month window explicitly beside the month it ends in", () => {
    expect(readPeriodSpelling("Từ ngày 21/9/2025 đến ngày 20/10/2025")).toEqual({
      ok: true,
      kind: "month",
      period: "2025-10",
      window: { start: "2025-09-21", end: "2025-10-20" },
    });
  });

  it("refuses windows that are not real dates, run backwards or fit no period", () => {
    expect(readPeriodSpelling("Từ ngày 31/2/2025 đến ngày 14/3/2025").ok).toBe(false);
    expect(readPeriodSpelling("Từ ngày 14/5/2025 đến ngày 15/4/2025").ok).toBe(false);
    expect(readPeriodSpelling("Từ ngày 1/1/2025 đến ngày 20/2/2025").ok).toBe(false);
  });
});

describe("reporting windows", () => {
  it("runs from the 15th of the month before to the 14th (Circular 01/2020)", () => {
    expect(reportingWindow("2025-05")).toEqual({ start: "2025-04-15", end: "2025-05-14" });
    expect(reportingWindow("2025-01")).toEqual({ start: "2024-12-15", end: "2025-01-14" });
    expect(reportingWindow("2025-Q2")).toEqual({ start: "2025-03-15", end: "2025-06-14" });
    expect(reportingWindow("2025-H2")).toEqual({ start: "2025-06-15", end: "2025-12-14" });
    expect(reportingWindow("2025")).toEqual({ start: "2024-12-15", end: "2025-12-14" });
  });

  it("gives calendar dates for sources that count by calendar month", () => {
    expect(calendarWindow("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(calendarWindow("2025-H1")).toEqual({ start: "2025-01-01", end: "2025-06-30" });
  });
});

describe("periodInTitle", () => {
  it.each([
    ["Kỳ báo cáo: Tháng 5/2025", "2025-05"],
    ["(Từ ngày 15/4/2025 đến ngày 14/5/2025)", "2025-05"],
    ["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2025", "2025-Q2"],
    ["Báo cáo 6 tháng đầu năm 2025", "2025-H1"],
    ["Kỳ báo cáo: Năm 2025", "2025"],
  ])("finds the period in %j", (line, expected) => {
    const r = periodInTitle(line);
    expect(r?.ok && r.period).toBe(expected);
  });

  it.each(["UBND HUYỆN KRÔNG PA", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "Krông Pa, ngày 20 tháng 5 năm 2025"])(
    "finds none in %j",
    (line) => {
      expect(periodInTitle(line)).toBeUndefined();
    },
  );
});
