import { describe, expect, it } from "vitest";
import {
  formatCount, formatMinutes, formatMonth, formatMonthShort, formatNumber, formatPercent, formatPeriod, formatPeriodShort,
  formatQuarter, joinList,
} from "../../src/charts/format";
import { parsePeriod, periodAt, periodDomain, periodSequence } from "../../src/charts/period";

describe("format", () => {
  it('formatPercent(97.53, 1) → "97,5%"', () => expect(formatPercent(97.53, 1)).toBe("97,5%"));
  it('formatPercent(90, 0) → "90%", keeps fixed decimals: formatPercent(100, 1) → "100,0%"', () => {
    expect(formatPercent(90, 0)).toBe("90%");
    expect(formatPercent(100, 1)).toBe("100,0%");
  });
  it('formatCount(14579) → "14.579", formatCount(1234567) → "1.234.567"', () => {
    expect(formatCount(14579)).toBe("14.579");
    expect(formatCount(1234567)).toBe("1.234.567");
    expect(formatCount(0)).toBe("0");
  });
  it('formatNumber(1234.56, 1) → "1.234,6"', () => expect(formatNumber(1234.56, 1)).toBe("1.234,6"));
  it('formatMinutes(12.5) → "12,5 phút", formatMinutes(15) → "15 phút"', () => {
    expect(formatMinutes(12.5)).toBe("12,5 phút");
    expect(formatMinutes(15)).toBe("15 phút");
  });
  it('formatMonth("2025-06") → "Tháng 6/2025", formatMonthShort → "T6/2025"', () => {
    expect(formatMonth("2025-06")).toBe("Tháng 6/2025");
    expect(formatMonthShort("2025-06")).toBe("T6/2025");
    expect(formatMonthShort("2025-12")).toBe("T12/2025");
  });
  it('formatQuarter / formatPeriod("2025-Q2") → "Quý II/2025", every quarter in Roman numerals', () => {
    expect(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map(formatQuarter)).toEqual(["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"]);
    expect(formatPeriod("2025-Q2")).toBe("Quý II/2025");
  });
  it('formatPeriod("2025") → "Năm 2025", formatPeriodShort("2025") → "2025"', () => {
    expect(formatPeriod("2025")).toBe("Năm 2025");
    expect(formatPeriod("2025-06")).toBe("Tháng 6/2025");
    expect(formatPeriodShort("2025")).toBe("2025");
    expect(formatPeriodShort("2025-06")).toBe("T6/2025");
    expect(formatPeriodShort("2025-Q2")).toBe("Quý II/2025");
  });
  it("rejects malformed periods", () => {
    expect(() => formatPeriod("2025-13")).toThrow(RangeError);
    expect(() => formatMonth("2025-Q2")).toThrow(RangeError);
    expect(() => formatQuarter("2025-Q5")).toThrow(RangeError);
  });
  it('joinList(["a", "b", "c"]) → "a, b và c"', () => {
    expect(joinList(["a", "b", "c"])).toBe("a, b và c");
    expect(joinList(["a"])).toBe("a");
    expect(joinList([])).toBe("");
  });
});

describe("period", () => {
  it("parsePeriod reads months, quarters and years", () => {
    expect(parsePeriod("2025-06")).toEqual({ granularity: "month", year: 2025, index: 6 });
    expect(parsePeriod("2025-Q2")).toEqual({ granularity: "quarter", year: 2025, index: 2 });
    expect(parsePeriod("2025")).toEqual({ granularity: "year", year: 2025, index: 1 });
    expect(parsePeriod("25-06")).toBeUndefined();
  });
  it("periodSequence steps across years", () => {
    expect(periodSequence("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(periodSequence("2024-Q4", "2025-Q1")).toEqual(["2024-Q4", "2025-Q1"]);
  });
  it("periodDomain fills periods absent from the input, so they become gaps", () => {
    expect(periodDomain(["2025-03", "2025-01"]).domain).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(() => periodDomain(["2025-01", "2025-Q1"])).toThrow(RangeError);
  });
  it("periodAt converts a due date to the chart's granularity", () => {
    expect(periodAt("2025-12-31", "quarter")).toBe("2025-Q4");
    expect(periodAt("2025-05", "quarter")).toBe("2025-Q2");
    expect(periodAt("2025", "month")).toBe("2025-12");
    expect(periodAt("2025-Q3", "year")).toBe("2025");
  });
});
