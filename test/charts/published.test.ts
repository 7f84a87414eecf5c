import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { publishedBarsChart, publishedRankChart, publishedYearlyChart, type PublishedChartPoint } from "../../src/charts/published";
import { formatNumber } from "../../src/lib/format";
import { bodyText, expectAccessibleSvg, markTitles } from "./assertions";
import { expectSvgSnapshot } from "./snapshot";

let warn: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, "warn");
});
afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

const percent = (v: number) => `${formatNumber(v, 2)}%`;
const SIPAS: PublishedChartPoint[] = [
  { x: "2022", value: 82.52, rank: 16, rankOf: 63, title: "Năm 2022 · Chỉ số hài lòng SIPAS: 82,52% · hạng 16/63 · Nguồn: Báo Gia Lai" },
  { x: "2023", value: 83.84, rank: 19, rankOf: 63, title: "Năm 2023 · Chỉ số hài lòng SIPAS: 83,84% · hạng 19/63 · Nguồn: Báo Gia Lai (bản di động)" },
];
const RANKS: PublishedChartPoint[] = [
  { x: "Tháng 7/2025", rank: 6, rankOf: 34, title: "Tháng 7/2025 · hạng 6/34 · Nguồn: VietNamNet" },
  { x: "Đến ngày 31/8/2025", value: 85.5, rank: 6, rankOf: 34, title: "Đến ngày 31/8/2025 · 85,5 điểm · hạng 6/34 · Nguồn: Lao Động" },
  { x: "Tháng 10/2025", rank: 8, rankOf: 34, title: "Tháng 10/2025 · hạng 8/34 · Nguồn: Báo Gia Lai" },
  { x: "Năm 2025", value: 96.63, rank: 2, rankOf: 34, title: "Năm 2025 · 96,63 điểm · hạng 2/34 · Nguồn: Kiến Thức" },
];

describe("published charts", () => {
  it("yearly index: each dot carries its source as a hover title, labels give value and rank", async () => {
    const chart = publishedYearlyChart(SIPAS, { id: "that-sipas", title: "Chỉ số hài lòng SIPAS theo năm, kèm xếp hạng", format: percent });
    const root = expectAccessibleSvg(chart.svg, "that-sipas", "Chỉ số hài lòng SIPAS theo năm, kèm xếp hạng");
    expect(markTitles(root).map((m) => m.text)).toEqual(SIPAS.map((p) => p.title));
    expect(bodyText(root)).toContain("82,52%");
    expect(bodyText(root)).toContain("hạng 19/63");
    expect(chart.summary).toBe("Số liệu thật đã công bố, 2 năm: 2022 82,52% (hạng 16/63); 2023 83,84% (hạng 19/63).");
    await expectSvgSnapshot(chart.svg, "published-yearly");
  });

  it("Decision 766 ranks: rank-only periods are drawn too, scores labelled where given", async () => {
    const chart = publishedRankChart(RANKS, { id: "that-766", title: "Chỉ số 766", format: (v) => `${formatNumber(v, 2)} điểm` });
    const root = expectAccessibleSvg(chart.svg, "that-766", "Chỉ số 766");
    expect(markTitles(root).map((m) => m.text)).toEqual(RANKS.map((p) => p.title));
    expect(bodyText(root)).toContain("96,63 điểm");
    expect(chart.summary).toContain("Tháng 10/2025 hạng 8/34;");
    await expectSvgSnapshot(chart.svg, "published-766");
  });

  it("breakdown bars: one bar per count, a flagged count marked in the label and the summary", async () => {
    const bars = [
      { label: "Hồ sơ đã giải quyết", value: 113295, title: "a · Nguồn: Báo Gia Lai" },
      { label: "Hồ sơ đang giải quyết", value: 26068, title: "b · Nguồn: Báo Gia Lai", flagged: true },
    ];
    const chart = publishedBarsChart(bars, { id: "that-ho-so", title: "Kết quả giải quyết hồ sơ" });
    const root = expectAccessibleSvg(chart.svg, "that-ho-so", "Kết quả giải quyết hồ sơ");
    expect(markTitles(root).map((m) => m.text)).toEqual(["a · Nguồn: Báo Gia Lai", "b · Nguồn: Báo Gia Lai"]);
    expect(bodyText(root)).toContain("26.068 (!)");
    expect(chart.summary).toBe("Số liệu thật đã công bố: Hồ sơ đã giải quyết 113.295; Hồ sơ đang giải quyết 26.068 (nguồn tự mâu thuẫn).");
    await expectSvgSnapshot(chart.svg, "published-bars");
  });

  it("says there is no data rather than drawing an empty frame", () => {
    expect(publishedYearlyChart([{ x: "2022", title: "x" }], { id: "e", title: "E", format: percent }).summary).toMatch(/Không có số liệu/);
  });
});
