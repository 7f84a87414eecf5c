import { describe, expect, it } from "vitest";
import { contrastRatio, PALETTE, relativeLuminance, SEQUENTIAL, textColorOn } from "../../src/charts/palette";

/** An independent WCAG 2.1 relative luminance (sRGB → linear, Rec. 709 weights). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("palette", () => {
  it("the luminance function matches WCAG reference values", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 6);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 6);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    for (const c of Object.values(PALETTE)) expect(relativeLuminance(c)).toBeCloseTo(luminance(c), 10);
  });

  it.each(Object.entries(PALETTE))("mark colour %s (%s) has ≥ 3:1 contrast against white", (_, color) => {
    expect(contrast(color, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("colours that are also used for text (direct labels) have ≥ 4.5:1 against white", () => {
    for (const c of [PALETTE.primary, PALETTE.secondary, PALETTE.reference, PALETTE.target, PALETTE.flag]) {
      expect(contrast(c, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("tile text (black or white) has ≥ 4.5:1 on every sequential class and on the no-data grey", () => {
    for (const c of [...SEQUENTIAL, "#f2f2f2"]) expect(contrast(textColorOn(c), c)).toBeGreaterThanOrEqual(4.5);
  });

  it("the sequential classes get darker step by step", () => {
    const l = SEQUENTIAL.map(luminance);
    for (let k = 1; k < l.length; k++) expect(l[k]).toBeLessThan(l[k - 1] as number);
  });
});
