import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseView, presetRange, viewMonths, viewQuery, type ChartView } from "../../src/lib/chart-view";

const context = { months: { first: "2019-01", last: "2025-12" }, self: "637@2025-06-30", isUnit: (k: string) => ["638@2025-06-30", "622@2025-06-30", "52", "24112", "64@2025-06-30"].includes(k) };

describe("permalinks of chart views", () => {
  it("the default view has no query, and a query holds only what differs, in a fixed order", () => {
    expect(viewQuery(DEFAULT_VIEW)).toBe("");
    const view: ChartView = { ...DEFAULT_VIEW, average: false, compare: ["638@2025-06-30", "52"], to: "2025-06", from: "2023-01", granularity: "quarter" };
    expect(viewQuery(view)).toBe("?ky=quy&tu=2023-01&den=2025-06&so-sanh=638@2025-06-30,52&tb-tinh=khong");
    expect(viewQuery({ ...DEFAULT_VIEW, definition: "on_time_766" })).toBe("?cach-tinh=766");
  });

  it("round-trips every key", () => {
    const views: ChartView[] = [
      { ...DEFAULT_VIEW, granularity: "year", definition: "on_time_portal" },
      { ...DEFAULT_VIEW, from: "2019-01" },
      { ...DEFAULT_VIEW, compare: ["622@2025-06-30", "24112", "52", "64@2025-06-30"], average: false },
    ];
    for (const view of views) expect(parseView(viewQuery(view), context)).toEqual({ view: { ...view }, problems: [] });
  });

  it("keeps what it can of a malformed query and names the rest", () => {
    const { view, problems } = parseView("?ky=tuan&cach-tinh=766&tu=2025-13&den=2030-01&so-sanh=637@2025-06-30,99,638@2025-06-30,638@2025-06-30&tb-tinh=co&x=1", context);
    expect(view).toEqual({ ...DEFAULT_VIEW, definition: "on_time_766", compare: ["638@2025-06-30"] });
    expect(problems).toEqual([
      { key: "x", value: "1", reason: "unknown-key" },
      { key: "ky", value: "tuan", reason: "bad-value" },
      { key: "tu", value: "2025-13", reason: "bad-value" },
      { key: "den", value: "2030-01", reason: "out-of-span" },
      { key: "so-sanh", value: "637@2025-06-30", reason: "unknown-unit" },
      { key: "so-sanh", value: "99", reason: "unknown-unit" },
      { key: "tb-tinh", value: "co", reason: "bad-value" },
    ]);
  });

  it("refuses a reversed range and a fifth comparison unit", () => {
    expect(parseView("?tu=2025-06&den=2024-01", context)).toEqual({ view: DEFAULT_VIEW, problems: [{ key: "tu/den", value: "2025-06/2024-01", reason: "reversed" }] });
    const five = parseView("?so-sanh=638@2025-06-30,622@2025-06-30,52,24112,64@2025-06-30", context);
    expect(five.view.compare).toEqual(["638@2025-06-30", "622@2025-06-30", "52", "24112"]);
    expect(five.problems).toEqual([{ key: "so-sanh", value: "64@2025-06-30", reason: "too-many" }]);
  });

  it("a repeated key uses its first value and says so", () => {
    expect(parseView("?ky=quy&ky=nam", context)).toEqual({ view: { ...DEFAULT_VIEW, granularity: "quarter" }, problems: [{ key: "ky", value: "nam", reason: "repeated" }] });
  });
});

describe("the months a view shows", () => {
  const span = { first: "2019-01", last: "2025-12" };
  it("opens on the last three years, or the whole span when shorter", () => {
    expect(viewMonths(DEFAULT_VIEW, span)).toEqual({ first: "2023-01", last: "2025-12" });
    expect(viewMonths(DEFAULT_VIEW, { first: "2025-07", last: "2026-10" })).toEqual({ first: "2025-07", last: "2026-10" });
    expect(viewMonths({ ...DEFAULT_VIEW, to: "2024-06" }, span)).toEqual({ first: "2021-07", last: "2024-06" });
    expect(viewMonths({ ...DEFAULT_VIEW, from: "2018-01", to: "2030-01" }, span)).toEqual(span);
  });

  it("presets: 12 months, 3 years (the default), everything", () => {
    expect(presetRange("12-thang", "2025-12", "2019-01")).toEqual({ from: "2025-01" });
    expect(presetRange("3-nam", "2025-12", "2019-01")).toEqual({});
    expect(presetRange("toan-bo", "2025-12", "2019-01")).toEqual({ from: "2019-01" });
    // Data shorter than the preset: "everything" is the default view.
    expect(presetRange("toan-bo", "2026-10", "2025-07")).toEqual({});
    expect(presetRange("12-thang", "2026-03", "2025-07")).toEqual({ from: "2025-07" });
  });
});
