/** Chart-only text: period labels, direct labels and summary sentences. The shared formats are tested in test/lib. */
import { describe, expect, it } from "vitest";
import { formatPercent } from "../../src/lib/format";
import { latestLabels, periodLabel, tickLabel } from "../../src/charts/scales";
import { rangeSentence } from "../../src/charts/summary";

describe("chart labels", () => {
  it('periodLabel is the short form, but quarters in full: "Quý II/2025"', () => {
    expect(["2025-06", "2025-Q2", "2025"].map(periodLabel)).toEqual(["T6/2025", "Quý II/2025", "2025"]);
  });
  it("tickLabel breaks quarters onto two lines", () => {
    expect(["2025-06", "2025-Q2", "2025"].map(tickLabel)).toEqual(["T6/2025", "Quý II\n2025", "2025"]);
  });
  it("latestLabels names the period only when it is not the last one, and skips lines without values", () => {
    const domain = ["2025-01", "2025-02", "2025-03"];
    const labels = latestLabels(domain, [
      { name: "Đơn vị", values: [{ period: "2025-03", value: 97.53 }], format: formatPercent, color: "#000", bold: true },
      { name: "TB tỉnh", values: [{ period: "2025-01", value: 95 }, { period: "2025-02", value: 96 }], format: formatPercent, color: "#111" },
      { name: "Không có", values: [], format: formatPercent, color: "#222" },
    ]);
    expect(labels).toEqual([
      { value: 97.53, text: "Đơn vị 97,5%", color: "#000", bold: true },
      { value: 96, text: "TB tỉnh 96,0% (T2/2025)", color: "#111" },
    ]);
  });
  it("rangeSentence gives the highest and lowest, or nothing when they are the same period", () => {
    const values = [{ period: "2025-01", value: 90 }, { period: "2025-Q2", value: 99 }];
    expect(rangeSentence("Tỷ lệ", values)).toBe("Tỷ lệ cao nhất 99,0% (Quý II/2025), thấp nhất 90,0% (Tháng 1/2025).");
    expect(rangeSentence("Tỷ lệ", values.slice(0, 1))).toBe("");
  });
});
