import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { CHART_CSS, renderChart } from "../../src/charts/render";
import { dodge, thinTicks } from "../../src/charts/scales";
import { expectAccessibleSvg } from "./assertions";

describe("renderChart", () => {
  const layout = (id: string) => ({
    id,
    title: "Thử <cắt> & ghép",
    desc: "Mô tả \"có\" ký tự đặc biệt.",
    width: 400,
    panels: [
      {
        title: "Khung có cắt",
        height: 120,
        plot: {
          x: { domain: [0, 10] },
          marks: [Plot.lineY([1, 5, 12, 3], { clip: true }), Plot.areaY([2, 3, 4], { clip: true })],
        },
      },
    ],
  });

  it("renumbers Plot's global clip ids from the chart id, so output is deterministic", () => {
    const a = renderChart(layout("thu-1"));
    const b = renderChart(layout("thu-1"));
    expect(a).toBe(b);
    expect(a).toContain('id="thu-1-clip-1"');
    expect(a).toContain('clip-path="url(#thu-1-clip-1)"');
    expect(a).not.toMatch(/plot-clip/);
    expectAccessibleSvg(a, "thu-1", "Thử <cắt> & ghép");
  });

  it("escapes title and desc text", () => {
    const svg = renderChart(layout("thu-2"));
    expect(svg).toContain("Thử &lt;cắt&gt; &amp; ghép");
    expect(svg).not.toContain("<cắt>");
  });

  it("rounds coordinate noise to 2 decimals", () => {
    expect(renderChart(layout("thu-3"))).not.toMatch(/\d\.\d{3,}/);
  });

  it("rejects an id that cannot prefix element ids", () => {
    expect(() => renderChart(layout("1 bad id"))).toThrow(RangeError);
  });

  it("CHART_CSS carries the rules of Plot's removed <style> and tabular numbers", () => {
    expect(CHART_CSS).toContain("font-variant-numeric: tabular-nums");
    expect(CHART_CSS).toContain("white-space: pre");
    expect(CHART_CSS).toContain("height: auto");
    expect(CHART_CSS).toContain("max-width: 100%");
  });
});

describe("layout helpers", () => {
  it("dodge keeps labels at least `gap` apart, in order, inside the bounds", () => {
    expect(dodge([50, 52, 100], 12, 0, 200)).toEqual([50, 62, 100]);
    expect(dodge([195, 198], 12, 0, 200)).toEqual([188, 200]);
    expect(dodge([52, 50], 12, 0, 200)).toEqual([62, 50]);
  });

  it("thinTicks always labels the latest period and skips evenly when crowded", () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const ticks = thinTicks(months, 300);
    expect(ticks.at(-1)).toBe("2025-12");
    expect(ticks.length).toBeLessThan(months.length);
    expect(thinTicks(months.slice(0, 6), 500)).toHaveLength(6);
  });
});

describe("the document a chart draws into", () => {
  it("is the one given (Plot's document option), with the same markup as the default", async () => {
    const { parseHTML } = await import("linkedom");
    const { onTimeChart } = await import("../../src/charts/onTime");
    const F = await import("./fixtures");
    const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
    let created = 0;
    const createElementNS = document.createElementNS.bind(document);
    document.createElementNS = ((ns: string, name: string) => {
      created++;
      return createElementNS(ns, name);
    }) as typeof document.createElementNS;
    const options = { id: "doc", title: "Đúng hạn", definitionLabel: "Tỷ lệ", granularity: "month" as const, width: 360 };
    const given = onTimeChart(F.onTimeMonthly, { ...options, document: document as unknown as Document });
    expect(created).toBeGreaterThan(50);
    expect(given.svg).toBe(onTimeChart(F.onTimeMonthly, options).svg);
  });
});
