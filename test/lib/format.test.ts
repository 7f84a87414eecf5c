import { describe, expect, it } from "vitest";
import {
  formatCount, formatDate, formatMinutes, formatMonth, formatNumber, formatPercent, formatPeriod, formatPeriodShort, formatPoints,
  formatQuarter, formatWithUnit, granularityPhrase, joinList,
} from "../../src/lib/format";
import {
  addMonths, parsePeriod, periodAt, periodDomain, periodMonths, periodRange, periodSequence, quarterOf, requirePeriod, samePeriodLastYear,
} from "../../src/lib/period";
import { foldVietnamese, slugify } from "../../src/lib/vietnamese";

describe("Vietnamese formats", () => {
  it('formatNumber(1234.56, 1) is "1.234,6"', () => expect(formatNumber(1234.56, 1)).toBe("1.234,6"));
  it("formatCount uses . for thousands", () => {
    expect(formatCount(14579)).toBe("14.579");
    expect(formatCount(1234567)).toBe("1.234.567");
    expect(formatCount(0)).toBe("0");
  });
  it("formatPercent keeps fixed decimals", () => {
    expect(formatPercent(97.53)).toBe("97,5%");
    expect(formatPercent(90, 0)).toBe("90%");
    expect(formatPercent(100, 1)).toBe("100,0%");
  });
  it("formatPoints signs the difference", () => {
    expect(formatPoints(1.24)).toBe("+1,2 điểm %");
    expect(formatPoints(-0.5)).toBe("−0,5 điểm %");
  });
  it("formatMinutes has one decimal unless told otherwise", () => {
    expect(formatMinutes(12.5)).toBe("12,5 phút");
    expect(formatMinutes(15)).toBe("15,0 phút");
    expect(formatMinutes(15, 0)).toBe("15 phút");
  });
  it("formatPeriod names months, quarters (in Roman numerals) and years, and leaves anything else as it is", () => {
    expect(formatPeriod("2025-06")).toBe("Tháng 6/2025");
    expect(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map(formatPeriod)).toEqual(["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"]);
    expect(formatPeriod("2025")).toBe("Năm 2025");
    expect(formatPeriod("2025-13")).toBe("2025-13");
  });
  it("formatPeriodShort is the axis form", () => {
    expect(formatPeriodShort("2025-06")).toBe("T6/2025");
    expect(formatPeriodShort("2025-12")).toBe("T12/2025");
    expect(formatPeriodShort("2025-Q2")).toBe("QII/2025");
    expect(formatPeriodShort("2025")).toBe("2025");
  });
  it("formatMonth and formatQuarter accept only their own granularity", () => {
    expect(formatMonth("2025-06")).toBe("Tháng 6/2025");
    expect(formatQuarter("2025-Q2")).toBe("Quý II/2025");
    expect(() => formatMonth("2025-Q2")).toThrow(RangeError);
    expect(() => formatMonth("2025-13")).toThrow(RangeError);
    expect(() => formatQuarter("2025-Q5")).toThrow(RangeError);
  });
  it("formatDate writes day/month/year without leading zeros", () => expect(formatDate("2025-06-30")).toBe("30/6/2025"));
  it('granularityPhrase("quarter") is "theo quý"', () => {
    expect((["month", "quarter", "year"] as const).map(granularityPhrase)).toEqual(["theo tháng", "theo quý", "theo năm"]);
  });
  it('joinList(["a", "b", "c"]) is "a, b và c"', () => {
    expect(joinList(["a", "b", "c"])).toBe("a, b và c");
    expect(joinList(["a"])).toBe("a");
    expect(joinList([])).toBe("");
  });
});

describe("periods", () => {
  it("parsePeriod reads months, quarters and years", () => {
    expect(parsePeriod("2025-06")).toEqual({ kind: "month", year: 2025, month: 6 });
    expect(parsePeriod("2025-Q2")).toEqual({ kind: "quarter", year: 2025, quarter: 2 });
    expect(parsePeriod("2025")).toEqual({ kind: "year", year: 2025 });
    expect(parsePeriod("25-06")).toBeUndefined();
    expect(parsePeriod("2025-13")).toBeUndefined();
  });
  it("requirePeriod refuses malformed, non-canonical and other-granularity periods", () => {
    expect(requirePeriod("2025-Q2", "quarter")).toEqual({ kind: "quarter", year: 2025, quarter: 2 });
    expect(() => requirePeriod("2025-13")).toThrow(RangeError);
    expect(() => requirePeriod("2025-q2")).toThrow(RangeError);
    expect(() => requirePeriod("2025", "month")).toThrow(RangeError);
  });
  it("periodRange covers the whole quarter", () => expect(periodRange("2025-Q1")).toEqual({ start: "2025-01-01", end: "2025-03-31" }));
  it("periodRange knows leap years", () => expect(periodRange("2024-02").end).toBe("2024-02-29"));
  it("periodMonths lists a year's months", () => expect(periodMonths("2025")).toHaveLength(12));
  it("addMonths crosses years", () => expect(addMonths("2025-11", 3)).toBe("2026-02"));
  it("quarterOf and samePeriodLastYear", () => {
    expect(quarterOf("2025-08")).toBe("2025-Q3");
    expect(samePeriodLastYear("2025-Q2")).toBe("2024-Q2");
  });
  it("periodSequence steps across years", () => {
    expect(periodSequence("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(periodSequence("2024-Q4", "2025-Q1")).toEqual(["2024-Q4", "2025-Q1"]);
    expect(() => periodSequence("2025-01", "2025-Q1")).toThrow(RangeError);
  });
  it("periodDomain fills periods absent from the input, so they become gaps", () => {
    expect(periodDomain(["2025-03", "2025-01"])).toEqual({ domain: ["2025-01", "2025-02", "2025-03"], granularity: "month" });
    expect(() => periodDomain(["2025-01", "2025-Q1"])).toThrow(RangeError);
    expect(() => periodDomain([])).toThrow(RangeError);
  });
  it("periodAt converts a due date to a granularity", () => {
    expect(periodAt("2025-12-31", "quarter")).toBe("2025-Q4");
    expect(periodAt("2025-05", "quarter")).toBe("2025-Q2");
    expect(periodAt("2025", "month")).toBe("2025-12");
    expect(periodAt("2025-Q3", "year")).toBe("2025");
  });
});

describe("Vietnamese text", () => {
  it("foldVietnamese folds đ and tones", () => expect(foldVietnamese("Đăk Đoa")).toBe("dak doa"));
  it("slugify makes URL segments", () => expect(slugify("Thị xã An Khê")).toBe("thi-xa-an-khe"));
  it("NFD and NFC fold alike", () => expect(foldVietnamese("Krông Pa".normalize("NFD"))).toBe(foldVietnamese("Krông Pa")));
});

describe("formatWithUnit", () => {
  it("writes percentages without a space and other units with one", () => {
    expect(formatWithUnit(97.5, "%")).toBe("97,5%");
    expect(formatWithUnit(15, "phút")).toBe("15 phút");
    expect(formatWithUnit(1600, "hồ sơ/người/năm")).toBe("1.600 hồ sơ/người/năm");
  });
});
