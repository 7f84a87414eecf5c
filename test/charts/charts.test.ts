import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { compareChart, type CompareLine } from "../../src/charts/compare";
import { digitizationChart } from "../../src/charts/digitization";
import { onlineChart } from "../../src/charts/online";
import { onTimeChart } from "../../src/charts/onTime";
import { COMPARISON, PALETTE } from "../../src/charts/palette";
import { satisfactionChart } from "../../src/charts/satisfaction";
import { sparkline } from "../../src/charts/sparkline";
import { dotRadius } from "../../src/charts/scales";
import { niceBreaks, shortName, tileMap } from "../../src/charts/tileMap";
import { NARROW_WIDTH } from "../../src/site/figures/figure";
import { bodyText, expectAccessibleSvg, markTitles } from "./assertions";
import * as F from "./fixtures";
import { elements, expectSvgSnapshot, parseSvg } from "./snapshot";

let warn: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, "warn");
});
afterEach(() => {
  // Plot warns (and draws a ⚠) on misuse of scales; a clean chart has none.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

const DEFINITION = "Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết";
const STATUS_FILLS = new Set<string>([PALETTE.early, PALETTE.onTime, PALETTE.late]);

function rects(root: Element): Element[] {
  return [...elements(root)].filter((el) => el.tagName.toLowerCase() === "rect");
}

/** The fill in effect: the element's own, or inherited from the nearest <g> (Plot puts constant fills there). */
function fillOf(el: Element): string | null {
  for (let node: Element | null = el; node !== null; node = node.parentElement) {
    const fill = node.getAttribute("fill");
    if (fill !== null) return fill;
  }
  return null;
}

/** The path of a line mark: Plot puts a constant stroke on the mark's <g>. */
function linePaths(root: Element, stroke: string, strokeWidth: string): string[] {
  return [...elements(root)]
    .filter((el) => el.tagName.toLowerCase() === "g" && el.getAttribute("stroke") === stroke && el.getAttribute("stroke-width") === strokeWidth)
    .flatMap((g) => [...g.children].filter((c) => c.tagName.toLowerCase() === "path").map((p) => p.getAttribute("d") ?? ""));
}

const moves = (d: string) => (d.match(/M/g) ?? []).length;

describe("onTimeChart", () => {
  const options = { id: "ontime-637", title: "Kết quả giải quyết hồ sơ: Đăk Đoa", definitionLabel: DEFINITION, granularity: "month" } as const;
  const chart = () => onTimeChart(F.onTimeMonthly, options);

  it("matches the snapshot (monthly, April missing, March flagged)", async () => {
    await expectSvgSnapshot(chart().svg, "ontime-monthly");
  });

  it("is accessible: role img, title and desc by id, no style/font-variant/aria-label", () => {
    expectAccessibleSvg(chart().svg, options.id, options.title);
  });

  it('prints the latest rate "97,5%" and the Vietnamese thousands "15.000" on the count axis', () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    const text = bodyText(root);
    expect(text).toContain("Đơn vị 97,5%");
    expect(text).toContain("TB tỉnh 95,0%");
    expect(text).toContain("15.000");
    expect(text).toContain("T6/2025");
    expect(text).toContain("100%");
  });

  it("the missing month has no bar (not a zero bar) but a hatched band, and the rate line breaks there", () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    const bars = rects(root).filter((r) => STATUS_FILLS.has(fillOf(r) ?? "") && Number(r.getAttribute("width")) > 12);
    const xs = new Set(bars.map((r) => r.getAttribute("x")));
    expect(xs.size).toBe(5); // 6 months, April missing
    expect(bars).toHaveLength(15); // 3 segments × 5 months
    for (const bar of bars) expect(Number(bar.getAttribute("height"))).toBeGreaterThan(0);
    const bands = rects(root).filter((r) => fillOf(r) === "url(#ontime-637-hatch)" && Number(r.getAttribute("width")) > 12);
    expect(bands.length).toBeGreaterThanOrEqual(2); // counts, rate (and pending) panels
    for (const band of bands) expect(xs.has(band.getAttribute("x"))).toBe(false);
    const [rateLine] = linePaths(root, PALETTE.primary, "2");
    expect(rateLine).toBeDefined();
    expect(moves(rateLine as string)).toBe(2); // Jan–Mar, then May–Jun
    const [provinceLine] = linePaths(root, PALETTE.reference, "1.5");
    expect(moves(provinceLine as string)).toBe(1); // the province has April: unbroken
  });

  it("gives every bar segment, rate dot and pending bar a Vietnamese hover title; the missing month has none", () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    const titles = markTitles(root);
    const june = titles.find((t) => t.text === "T6/2025 · Trước hạn: 9.500 hồ sơ");
    expect(june?.mark.tagName.toLowerCase()).toBe("rect");
    expect(fillOf(june?.mark as Element)).toBe(PALETTE.early);
    // The title belongs to June's bar: the same x as June's other segments.
    const juneOnTime = titles.find((t) => t.text === "T6/2025 · Đúng hạn: 4.715 hồ sơ");
    expect(juneOnTime?.mark.getAttribute("x")).toBe(june?.mark.getAttribute("x"));
    expect(titles.map((t) => t.text)).toEqual(
      expect.arrayContaining(["T6/2025 · Quá hạn: 364 hồ sơ", "T6/2025 · Tỷ lệ đúng hạn: 97,5%", "T6/2025 · Hồ sơ đang giải quyết quá hạn: 3"]),
    );
    // 5 months × (3 segments + rate dot + pending bar); the province line has no dots, so no titles.
    expect(titles).toHaveLength(25);
    expect(titles.filter((t) => t.text.includes("T4/2025"))).toEqual([]);
    expect(titles.filter((t) => t.text.includes("tỉnh"))).toEqual([]);
    // Gap bands (hatched) carry no title.
    expect(titles.filter((t) => fillOf(t.mark) === "url(#ontime-637-hatch)")).toEqual([]);
  });

  it('marks the flagged month with a "!" and lists it in the legend', () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    const flags = [...elements(root)].filter((el) => el.tagName.toLowerCase() === "text" && el.textContent === "!");
    expect(flags.length).toBe(2); // legend symbol + the mark above March
    expect(bodyText(root)).toContain("Số liệu nguồn không khớp: T3/2025");
  });

  it("summarises in Vietnamese: latest values, extremes, gaps and flags", () => {
    const { summary } = chart();
    expect(summary).toContain("Tháng 6/2025: 14.579 hồ sơ đã giải quyết (9.500 trước hạn, 4.715 đúng hạn, 364 quá hạn)");
    expect(summary).toContain("tỷ lệ giải quyết đúng hạn 97,5% (trung bình tỉnh 95,0%)");
    expect(summary).toContain("Không có số liệu: Tháng 4/2025.");
    expect(summary).toContain("Số liệu nguồn không khớp: Tháng 3/2025.");
  });

  it("puts a given description before the structure in <desc>; the summary is returned whole", () => {
    const { svg, summary } = onTimeChart(F.onTimeMonthly, { ...options, description: "Tỷ lệ đúng hạn tăng." });
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
    expect(desc.startsWith("Tỷ lệ đúng hạn tăng. Biểu đồ cột chồng")).toBe(true);
    expect(desc).toContain("Không có số liệu: Tháng 4/2025.");
    expect(summary).toContain("14.579");
  });

  it("matches the snapshot (quarterly, a quarter absent from the array, no province)", async () => {
    const q = onTimeChart(F.onTimeQuarterly, { id: "ontime-quarter", title: "Theo quý", definitionLabel: DEFINITION, granularity: "quarter" });
    expectAccessibleSvg(q.svg, "ontime-quarter", "Theo quý");
    expect(q.summary).toContain("Không có số liệu: Quý III/2024.");
    // Quarter ticks are two lines ("Quý II", "2025"), so every quarter fits, the missing one too.
    const ticks = bodyText(expectAccessibleSvg(q.svg, "ontime-quarter", "Theo quý"));
    for (const quarter of ["Quý I2024", "Quý II2024", "Quý III2024", "Quý IV2024", "Quý I2025", "Quý II2025"]) expect(ticks).toContain(quarter);
    expect(q.svg).not.toContain("Trung bình tỉnh");
    await expectSvgSnapshot(q.svg, "ontime-quarterly");
  });

  it("quotes the flag note in the summary", () => {
    const rows = F.onTimeMonthly.map((r) => (r.flagged === true ? { ...r, flagNote: "tiếp nhận ≠ đã giải quyết + đang giải quyết" } : r));
    expect(onTimeChart(rows, options).summary).toContain("Số liệu nguồn không khớp: Tháng 3/2025 (tiếp nhận ≠ đã giải quyết + đang giải quyết).");
  });

  it("renders the same markup twice (deterministic)", () => {
    expect(chart().svg).toBe(chart().svg);
  });

  it("rejects duplicate periods and a granularity other than announced", () => {
    expect(() => onTimeChart([{ period: "2025-01" }, { period: "2025-01" }], options)).toThrow(/duplicate/);
    expect(() => onTimeChart([{ period: "2025-Q1" }], options)).toThrow(/quarter/);
  });

  it("renders an accessible 'no data' chart for no rows", () => {
    const empty = onTimeChart([], options);
    expectAccessibleSvg(empty.svg, options.id, options.title);
    expect(empty.svg).toContain("Không có số liệu");
  });
});

describe("onlineChart", () => {
  const options = { id: "online-637", title: "Dịch vụ công trực tuyến: Đăk Đoa", granularity: "month" } as const;
  const chart = () => onlineChart(F.online, options);

  it("matches the snapshot", async () => {
    await expectSvgSnapshot(chart().svg, "online");
  });

  it("is accessible, labels the lines directly and breaks them at gaps", () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    const text = bodyText(root);
    expect(text).toContain("58,9%");
    expect(text).toContain("35,0%");
    expect(text).toContain("Toàn trình");
    const [dossiers] = linePaths(root, PALETTE.primary, "2");
    expect(moves(dossiers as string)).toBe(2); // March missing
    const [fees] = linePaths(root, PALETTE.secondary, "2");
    expect(moves(fees as string)).toBe(2); // March and April missing
    const bars = rects(root).filter((r) => fillOf(r) === PALETTE.fullOnline && Number(r.getAttribute("width")) > 12);
    expect(bars).toHaveLength(5);
  });
});

describe("digitizationChart", () => {
  const options = { id: "digitization-637", title: "Số hóa: Đăk Đoa", granularity: "month" } as const;
  const chart = () => digitizationChart(F.digitization, options);

  it("matches the snapshot (2 × 2 small multiples, targets, statuses, gaps)", async () => {
    await expectSvgSnapshot(chart().svg, "digitization");
  });

  it("writes statuses in the panel headings and labels the targets at their due month", () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    const text = bodyText(root);
    expect(text).toContain("Hồ sơ được số hóa — Chưa đạt");
    expect(text).toContain("Luân chuyển điện tử — Đạt");
    expect(text).toContain("≥ 80% · hạn T12/2025");
    expect(text).toContain("T12/2025"); // the domain runs to the due month
    expect(text).toContain("70,1%");
    // Target rules are dashed.
    const dashed = [...elements(root)].filter((el) => el.getAttribute("stroke") === PALETTE.target && el.getAttribute("stroke-dasharray") === "5 4");
    expect(dashed.length).toBe(3);
  });

  it("summarises each metric with its latest value, target and status", () => {
    const { summary } = chart();
    expect(summary).toContain("Hồ sơ được số hóa: 70,1% (Tháng 6/2025), chỉ tiêu ≥ 80% hạn Tháng 12/2025, chưa đạt.");
    expect(summary).toContain("Tái sử dụng dữ liệu: 21,1% (Tháng 4/2025).");
  });

  it("stacks the panels in one column below 560 px", () => {
    const narrow = digitizationChart(F.digitization, { ...options, width: 360 });
    const [, , h] = (/viewBox="0 0 (\d+) (\d+)"/.exec(narrow.svg) ?? []).map(Number);
    expect(h).toBeGreaterThan(700);
  });
});

describe("satisfactionChart", () => {
  const options = { id: "satisfaction-637", title: "Mức độ hài lòng: Đăk Đoa", granularity: "month", waitTarget: 15 } as const;

  it("matches the snapshot with the waiting-time panel", async () => {
    await expectSvgSnapshot(satisfactionChart(F.satisfaction, options).svg, "satisfaction");
  });

  it("draws the 15-minute target dashed and labelled", () => {
    const root = expectAccessibleSvg(satisfactionChart(F.satisfaction, options).svg, options.id, options.title);
    const text = bodyText(root);
    expect(text).toContain("Mục tiêu 15 phút");
    expect(text).toContain("Thời gian chờ trung bình (phút)");
    expect(text).toContain("1.020");
    expect([...elements(root)].some((el) => el.getAttribute("stroke") === PALETTE.target && el.getAttribute("stroke-dasharray") === "5 4")).toBe(true);
  });

  it("has no waiting-time panel when no row has a waiting time", async () => {
    const chart = satisfactionChart(F.satisfactionNoWait, { ...options, id: "satisfaction-no-wait" });
    const text = bodyText(expectAccessibleSvg(chart.svg, "satisfaction-no-wait", options.title));
    expect(text).not.toContain("Thời gian chờ");
    expect(text).not.toContain("Mục tiêu");
    await expectSvgSnapshot(chart.svg, "satisfaction-no-wait");
  });

  it("titles the distribution segments with share and count, the count only when the ratings are counts", () => {
    const titles = (rows: typeof F.satisfaction) =>
      markTitles(expectAccessibleSvg(satisfactionChart(rows, options).svg, options.id, options.title)).map((t) => t.text);
    expect(titles(F.satisfaction)).toEqual(
      expect.arrayContaining(["T6/2025 · Rất hài lòng: 58,8% (600 lượt)", "T6/2025 · Tỷ lệ hài lòng: 95,0%", "T6/2025 · Thời gian chờ trung bình: 12,5 phút"]),
    );
    // Shares, not counts: they do not add up to the responses, so no count is made up.
    const shares = F.satisfaction.map((r) => (r.period === "2025-06" ? { ...r, verySatisfied: 58.8, satisfied: 36.2, neutral: 3.6, dissatisfied: 1.4 } : r));
    expect(titles(shares)).toContain("T6/2025 · Rất hài lòng: 58,8%");
  });

  it("normalises rating counts to shares", () => {
    expect(satisfactionChart(F.satisfaction, options).summary).toContain("rất hài lòng 58,8%");
  });
});

describe("sparkline", () => {
  const options = { id: "spark-637", title: "Đăk Đoa: tỷ lệ đúng hạn theo tháng", domain: [0, 100] } as const;

  it("matches the snapshot", async () => {
    await expectSvgSnapshot(sparkline(F.spark, options).svg, "sparkline");
  });

  it("is a tiny accessible line with no text, breaking at gaps", () => {
    const { svg, summary } = sparkline(F.spark, options);
    const root = expectAccessibleSvg(svg, options.id, options.title);
    expect(root.getAttribute("viewBox")).toMatch(/^0 0 160 \d\d$/);
    expect(bodyText(root)).toBe("");
    expect(moves(linePaths(root, PALETTE.primary, "1.5")[0] ?? "")).toBe(3);
    expect(summary).toContain("Gần nhất 97,5% (Tháng 6/2025)");
    // Only the latest dot has a hover title (not the isolated April dot).
    expect(markTitles(root).map((t) => t.text)).toEqual(["T6/2025 · Gần nhất: 97,5%"]);
  });
});

describe("tileMap", () => {
  const options = { id: "tiles-gia-lai", title: "Tỷ lệ đúng hạn theo đơn vị, Tháng 6/2025" };

  it("matches the snapshot", async () => {
    await expectSvgSnapshot(tileMap(F.tiles, options).svg, "tile-map");
  });

  it("prints every unit's name and value label; the unit without data is hatched", () => {
    const { svg, summary } = tileMap(F.tiles, options);
    const root = expectAccessibleSvg(svg, options.id, options.title);
    const text = bodyText(root);
    for (const c of F.tiles) expect(text).toContain(shortName(c.name, 1000, 11));
    for (const c of F.tiles.filter((t) => t.value !== undefined)) expect(text).toContain(c.label);
    expect(text).toContain("Không có số liệu");
    const hatched = rects(root).filter((r) => fillOf(r) === "url(#tiles-gia-lai-hatch)" && Number(r.getAttribute("width")) > 12);
    expect(hatched).toHaveLength(1);
    expect(summary).toContain("Cao nhất: Huyện Ia Grai (99,0%)");
    expect(summary).toContain("Không có số liệu: Huyện Chư Păh.");
  });

  it("titles every tile with the unit's full name and value; the missing tile says \"Không có số liệu\"", () => {
    const root = expectAccessibleSvg(tileMap(F.tiles, options).svg, options.id, options.title);
    const titles = markTitles(root);
    expect(titles).toHaveLength(F.tiles.length);
    const missing = titles.find((t) => t.text.startsWith("Huyện Chư Păh"));
    expect(missing?.text).toBe("Huyện Chư Păh: Không có số liệu");
    expect(fillOf(missing?.mark as Element)).toBe("url(#tiles-gia-lai-hatch)");
    expect(titles.map((t) => t.text)).toContain("Thành phố Pleiku: 97,5%");
  });

  it("niceBreaks picks round class breaks; shortName drops the unit type", () => {
    expect(niceBreaks(85, 99, 5)).toEqual([87.5, 90, 92.5, 95]);
    expect(niceBreaks(0, 100, 5)).toEqual([20, 40, 60, 80]);
    expect(shortName("Huyện Đăk Đoa", 200, 11)).toBe("Đăk Đoa");
    expect(shortName("Thành phố Pleiku", 30, 11)).toMatch(/…$/);
  });
});

describe("onTimeChart at phone width", () => {
  const options = { id: "ontime-hep", title: "Kết quả giải quyết hồ sơ: Đăk Đoa", definitionLabel: DEFINITION, granularity: "month", width: NARROW_WIDTH } as const;
  const chart = () => onTimeChart(F.onTimeThreeYears, options);

  it("matches the snapshot (36 months at the site's narrow width, August 2024 missing, November 2023 flagged)", async () => {
    await expectSvgSnapshot(chart().svg, "ontime-narrow");
  });

  it("is drawn at 360 px, accessible, with one tick a year counted back from the latest month, and the latest rates", () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    expect(root.getAttribute("viewBox")?.split(" ")[2]).toBe(String(NARROW_WIDTH));
    const text = bodyText(root);
    expect(text).toContain("0 | 2.000 | 4.000 | 6.000 | 8.000 | 10.000 | T12/2023 | T12/2024 | T12/2025");
    expect(text).not.toContain("T6/2025");
    expect(text).toContain("Đơn vị 98,4% | TB tỉnh 96,8%");
    expect(chart().summary).toContain("Không có số liệu: Tháng 8/2024.");
  });

  it("draws the rate's dots smaller, so that 36 of them stay apart: 1.8 px here, 3 px at the wide width", () => {
    // The dots of the data, each with its hover title; the legend's dot keeps its size.
    const radii = (svg: string) => new Set([...elements(parseSvg(svg))].filter((el) => el.tagName.toLowerCase() === "circle" && fillOf(el) === PALETTE.primary && el.querySelector("title") !== null).map((el) => el.getAttribute("r")));
    expect(radii(chart().svg)).toEqual(new Set(["1.8"]));
    expect(radii(onTimeChart(F.onTimeThreeYears, { ...options, width: undefined }).svg)).toEqual(new Set(["3"]));
    expect(dotRadius(["2025-01"], 640)).toBe(3);
    expect(dotRadius(Array.from({ length: 120 }, (_, i) => String(i)), 360)).toBe(1.5);
  });
});

describe("onTimeChart with six-digit counts", () => {
  const options = { id: "ontime-tinh", title: "Kết quả giải quyết hồ sơ: toàn tỉnh", definitionLabel: DEFINITION, granularity: "year" } as const;
  const chart = () => onTimeChart(F.onTimeProvinceYears, options);

  it("matches the snapshot (a province by year, up to 385.297 dossiers resolved)", async () => {
    await expectSvgSnapshot(chart().svg, "ontime-six-digits");
  });

  it("writes the counts with Vietnamese thousands: axis ticks, hover titles and the summary", () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    expect(bodyText(root)).toContain("400.000");
    expect(markTitles(root).map((t) => t.text)).toContain("2025 · Trước hạn: 351.240 hồ sơ");
    expect(chart().summary).toContain("Năm 2025: 385.297 hồ sơ đã giải quyết (351.240 trước hạn, 27.655 đúng hạn, 6.402 quá hạn)");
  });
  it("counts the axis in thousands once ticks reach seven digits, and says so in the panel title; titles keep whole counts", () => {
    const big = F.onTimeProvinceYears.map((r) => ({ ...r, early: (r.early ?? 0) * 4 }));
    const root = expectAccessibleSvg(onTimeChart(big, options).svg, options.id, options.title);
    const text = bodyText(root);
    expect(text).toContain("Số hồ sơ đã giải quyết (nghìn)");
    expect(text).toContain("0 | 500 | 1.000 | 1.500");
    expect(text).not.toContain("1.500.000");
    expect(markTitles(root).map((t) => t.text)).toContain("2025 · Trước hạn: 1.404.960 hồ sơ");
    // Six digits stay as they are.
    expect(bodyText(expectAccessibleSvg(chart().svg, options.id, options.title))).not.toContain("(nghìn)");
  });
});

describe("compareChart", () => {
  const { periods } = F.compareThree;
  const line = (l: { name: string; short: string; values: readonly (number | undefined)[] }): CompareLine => ({
    name: l.name, short: l.short, values: periods.map((period, i) => ({ period, value: l.values[i] })),
  });
  const options = {
    id: "so-sanh", title: "Tỷ lệ đúng hạn: Krông Pa, Ia Pa, Ayun Pa", granularity: "quarter", definitionLabel: DEFINITION,
    reference: line(F.compareThree.reference),
  } as const;
  const chart = () => compareChart(F.compareThree.lines.map(line), options);

  it("matches the snapshot (three units by quarter with the province average, a gap in two lines)", async () => {
    await expectSvgSnapshot(chart().svg, "compare-three");
  });

  it("labels each line directly at its latest value and names every unit in the legend and summary", () => {
    const root = expectAccessibleSvg(chart().svg, options.id, options.title);
    const text = bodyText(root);
    for (const label of ["Krông Pa 98,2%", "Ia Pa 96,6%", "Ayun Pa 99,2%", "TB tỉnh 96,9%"]) expect(text).toContain(label);
    for (const name of ["Huyện Krông Pa", "Huyện Ia Pa", "Thị xã Ayun Pa", "Trung bình tỉnh (Tỉnh Gia Lai)"]) expect(text).toContain(name);
    const { summary } = chart();
    expect(summary).toContain("Huyện Ia Pa thiếu số liệu 1 kỳ và Thị xã Ayun Pa thiếu số liệu 1 kỳ.");
    expect(summary).toContain("Huyện Krông Pa 98,2% (Quý II/2025)");
  });
  it("at phone width marks every third month of 36, staggered by line, keeping each latest value and a lone point", () => {
    const months = Array.from({ length: 36 }, (_, i) => `${2022 + Math.floor((i + 6) / 12)}-${String(((i + 6) % 12) + 1).padStart(2, "0")}`);
    const monthly = (name: string, at: (i: number) => number | undefined): CompareLine => ({ name, values: months.map((period, i) => ({ period, value: at(i) })) });
    const lines = [
      monthly("Huyện Krông Pa", (i) => 95 + (i % 3) / 10),
      // A gap of two months around a single reported month: the lone point has no line to show it.
      monthly("Huyện Ia Pa", (i) => (i === 19 || i === 21 ? undefined : 93 + (i % 4) / 10)),
    ];
    const markers = (width: number) => {
      const root = parseSvg(compareChart(lines, { id: "so-sanh-dt", title: "So sánh", granularity: "month", definitionLabel: DEFINITION, width }).svg);
      return COMPARISON.slice(0, 2).map((color) => [...root.querySelectorAll(`g[fill="${color}"] > circle, g[fill="${color}"] > path`)].map((p) => p.querySelector("title")?.textContent?.split(" · ")[0]));
    };
    const [krongPa, iaPa] = markers(NARROW_WIDTH);
    // (360 − 60 − 104) / 36 ≈ 5.4 px a month: a marker every third month (12 px).
    expect(krongPa).toHaveLength(12);
    expect(krongPa?.at(-1)).toBe("T6/2025");
    expect(krongPa?.at(-2)).toBe("T3/2025");
    // Ia Pa's markers sit a month earlier, except at its latest value; March 2024 stands alone and is kept.
    expect(iaPa?.at(-1)).toBe("T6/2025");
    expect(iaPa?.at(-2)).toBe("T2/2025");
    expect(iaPa).toContain("T3/2024");
    expect(iaPa).toHaveLength(12);
    // At the default width each month has its marker.
    expect(markers(640).map((m) => m.length)).toEqual([36, 34]);
  });
});
