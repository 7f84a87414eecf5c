import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatPercent, formatPeriod, formatPeriodShort, formatPoints } from "../../src/lib/format";
import { addMonths, periodMonths, periodRange, quarterOf, samePeriodLastYear } from "../../src/lib/period";
import { foldVietnamese, slugify } from "../../src/lib/vietnamese";

describe("Vietnamese formats", () => {
  it("formatPercent(97.53) is 97,5%", () => expect(formatPercent(97.53)).toBe("97,5%"));
  it("formatCount(14579) is 14.579", () => expect(formatCount(14579)).toBe("14.579"));
  it("formatPoints signs the difference", () => {
    expect(formatPoints(1.24)).toBe("+1,2 điểm %");
    expect(formatPoints(-0.5)).toBe("−0,5 điểm %");
  });
  it("formatPeriod names months, quarters and years", () => {
    expect(formatPeriod("2025-06")).toBe("Tháng 6/2025");
    expect(formatPeriod("2025-Q2")).toBe("Quý II/2025");
    expect(formatPeriod("2025")).toBe("Năm 2025");
    expect(formatPeriodShort("2025-06")).toBe("T6/2025");
  });
  it("formatDate writes day/month/year without leading zeros", () => expect(formatDate("2025-06-30")).toBe("30/6/2025"));
});

describe("periods", () => {
  it("periodRange covers the whole quarter", () => expect(periodRange("2025-Q1")).toEqual({ start: "2025-01-01", end: "2025-03-31" }));
  it("periodRange knows leap years", () => expect(periodRange("2024-02").end).toBe("2024-02-29"));
  it("periodMonths lists a year's months", () => expect(periodMonths("2025")).toHaveLength(12));
  it("addMonths crosses years", () => expect(addMonths("2025-11", 3)).toBe("2026-02"));
  it("quarterOf and samePeriodLastYear", () => {
    expect(quarterOf("2025-08")).toBe("2025-Q3");
    expect(samePeriodLastYear("2025-Q2")).toBe("2024-Q2");
  });
});

describe("Vietnamese text", () => {
  it("foldVietnamese folds đ and tones", () => expect(foldVietnamese("Đăk Đoa")).toBe("dak doa"));
  it("slugify makes URL segments", () => expect(slugify("Thị xã An Khê")).toBe("thi-xa-an-khe"));
  it("NFD and NFC fold alike", () => expect(foldVietnamese("Krông Pa".normalize("NFD"))).toBe(foldVietnamese("Krông Pa")));
});
