import { describe, expect, it } from "vitest";
import { parseCount, parseDecimal, type NumberResult } from "../../src/ingest/numbers";

const value = (r: NumberResult) => (r.ok ? r.value : `refused: ${r.reason.en}`);
const reason = (r: NumberResult) => (r.ok ? `read as ${r.value}` : `${r.reason.vi} / ${r.reason.en}`);

describe("parseCount", () => {
  it("parseCount('1234') reads plain digits", () => expect(value(parseCount("1234"))).toBe(1234));
  it("parseCount('1.234') reads Vietnamese thousands", () => expect(value(parseCount("1.234"))).toBe(1234));
  it("parseCount('1.234.567') reads several dot groups", () => expect(value(parseCount("1.234.567"))).toBe(1_234_567));
  it("parseCount('1 234') reads a space as thousands separator", () => expect(value(parseCount("1 234"))).toBe(1234));
  it("parseCount reads Excel's no-break and narrow no-break spaces as thousands separators", () => {
    expect(value(parseCount("1\u00a0234"))).toBe(1234);
    expect(value(parseCount("12\u202f345"))).toBe(12_345);
    expect(value(parseCount("1\u2009234"))).toBe(1234);
  });
  it("parseCount(' 42 ') trims", () => expect(value(parseCount(" 42 "))).toBe(42));
  it("parseCount('-5') reads the sign (the count codec refuses it later)", () => expect(value(parseCount("-5"))).toBe(-5));
  it("parseCount('-1.234') reads a negative grouped number", () => expect(value(parseCount("-1.234"))).toBe(-1234));

  it("parseCount('1,234') is ambiguous: comma is the Vietnamese decimal mark", () => {
    const r = parseCount("1,234");
    expect(r.ok).toBe(false);
    expect(reason(r)).toContain("không rõ");
    expect(reason(r)).toContain("ambiguous");
  });
  it("parseCount('1,5') is not a whole number", () => expect(reason(parseCount("1,5"))).toContain("không phải là số nguyên"));
  it("parseCount('12a') is not a whole number", () => expect(reason(parseCount("12a"))).toContain('"12a" is not a whole number'));
  it("parseCount('1.23') refuses a dot group that is not three digits", () => expect(parseCount("1.23").ok).toBe(false));
  it("parseCount('1234.567') refuses a first group longer than three digits", () => expect(parseCount("1234.567").ok).toBe(false));
  it("parseCount('1  234') refuses a double space", () => expect(parseCount("1  234").ok).toBe(false));
  it("parseCount('') is not a number", () => expect(parseCount("").ok).toBe(false));
  it("parseCount refuses a value beyond the safe integers", () =>
    expect(reason(parseCount("99999999999999999999"))).toContain("too large"));
});

describe("parseDecimal", () => {
  it("parseDecimal('97,5') reads a comma as the decimal mark", () => expect(value(parseDecimal("97,5"))).toBe(97.5));
  it("parseDecimal('97.5') reads a dot followed by other than three digits as a decimal point", () =>
    expect(value(parseDecimal("97.5"))).toBe(97.5));
  it("parseDecimal('12') reads a whole number", () => expect(value(parseDecimal("12"))).toBe(12));
  it("parseDecimal('1.234,5') reads dot thousands with comma decimals", () => expect(value(parseDecimal("1.234,5"))).toBe(1234.5));
  it("parseDecimal('1 234,5') and '1 234' read space thousands", () => {
    expect(value(parseDecimal("1 234,5"))).toBe(1234.5);
    expect(value(parseDecimal("1 234"))).toBe(1234);
  });
  it("parseDecimal('1.234.567') reads several dot groups as thousands", () => expect(value(parseDecimal("1.234.567"))).toBe(1_234_567));
  it("parseDecimal('-2,5') reads the sign", () => expect(value(parseDecimal("-2,5"))).toBe(-2.5));

  it("parseDecimal('1.234') is ambiguous and names both readings", () => {
    const r = parseDecimal("1.234");
    expect(r.ok).toBe(false);
    expect(reason(r)).toContain("không rõ: có thể là 1234");
    expect(reason(r)).toContain("or 1.234 (dot as decimal point)");
  });
  it("parseDecimal('12.500') is ambiguous too", () => expect(parseDecimal("12.500").ok).toBe(false));
  it("parseDecimal('abc') and '1,2,3' are not numbers", () => {
    expect(reason(parseDecimal("abc"))).toContain('"abc" không phải là số');
    expect(parseDecimal("1,2,3").ok).toBe(false);
  });
});
