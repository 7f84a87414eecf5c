/**
 * Colours for chart marks. Hues follow the Okabe–Ito colour-blind-safe set; every mark colour has
 * at least 3:1 contrast against white (WCAG 2.1 SC 1.4.11), checked in test/charts/palette.test.ts.
 * Colour never carries meaning alone: stacks are labelled directly, reference lines are dashed and
 * labelled, gaps are hatched, and the tile map prints its values.
 */

export const PALETTE = {
  /** Processing: resolved before, on and after the deadline. */
  early: "#009e73",
  onTime: "#0072b2",
  late: "#d55e00",
  /** The on-time rate line, and the main line of single-series panels. */
  primary: "#0072b2",
  /** Second line in a panel (drawn with square markers). */
  secondary: "#c44e00",
  /** Province average: grey, dashed. */
  reference: "#767676",
  /** Targets: dark grey, dashed. */
  target: "#4d4d4d",
  /** Dossiers pending past their deadline. */
  pendingOverdue: "#b2182b",
  /** The "!" marking periods whose source figures do not add up. */
  flag: "#b2182b",
  /** Online service levels of procedures. */
  fullOnline: "#0072b2",
  partialOnline: "#009e73",
  notOnline: "#767676",
  /** Satisfaction ratings, best to worst. */
  verySatisfied: "#1f4e79",
  satisfied: "#4a90c8",
  neutral: "#767676",
  dissatisfied: "#d55e00",
  /** Lines of the "no data" hatch. */
  missing: "#8a8a8a",
} as const;

/**
 * Lines of a comparison, one per unit, in this order: each also has its own marker and dash
 * (compare.ts), so no line is told apart by colour alone. Text-safe (≥ 4.5:1 on white).
 */
export const COMPARISON = ["#0072b2", "#b34700", "#007a5a", "#6a3d9a", "#8c510a"] as const;

export type PaletteKey = keyof typeof PALETTE;

/**
 * Sequential classes for the tile map, light to dark (ColorBrewer Blues, single hue, so
 * colour-blind safe). Light classes fail 3:1 against white on purpose: tiles are outlined and
 * print their value, so the colour only adds an overview.
 */
export const SEQUENTIAL = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"] as const;

/** Background of a "no data" tile behind its hatch. */
export const MISSING_FILL = "#f2f2f2";

/** WCAG 2.1 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h as string, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with `background` (text inside tiles). */
export function textColorOn(background: string): "#000000" | "#ffffff" {
  return contrastRatio(background, "#000000") >= contrastRatio(background, "#ffffff") ? "#000000" : "#ffffff";
}
