/** Published figures on pages: which unit they belong to, how they read, the series charts draw. */
import { beforeAll, describe, expect, it } from "vitest";
import type { PublishedRecord } from "../../src/ingest/contract";
import { validateDataDir } from "../../src/ingest/validate";
import { unitKey } from "../../src/lib/identity";
import { publishedByUnit } from "../../src/site/indexes";
import { breakdowns, periodText, publishedFor, rankText, sampleCounterpart, series766, valueText, yearlySeries } from "../../src/site/published";

let published: PublishedRecord[];
const unit = (code: string, valid_to?: string) => ({ key: unitKey({ code, valid_to }) });
// The figures of each unit as the site model indexes them.
const of = (records: readonly PublishedRecord[]) => ({ index: { publishedOfUnit: publishedByUnit(records) } });

beforeAll(() => {
  published = validateDataDir("data").records.published.map((r) => r.record);
});

describe("published figures for pages", () => {
  it("gives code 52 before the reform to Bình Định and after it to the new Gia Lai", () => {
    const old52 = publishedFor(of(published), unit("52", "2025-06-30"));
    const new52 = publishedFor(of(published), unit("52"));
    expect(old52.some((p) => p.value === 131873)).toBe(true);
    expect(new52.some((p) => p.value === 131873)).toBe(false);
    expect(new52.some((p) => p.value === 139506)).toBe(true);
  });

  it("reads values, windows and ranks in Vietnamese", () => {
    const byId = (id: string) => published.find((p) => p.id === id) as PublishedRecord;
    expect(valueText(byId("gl-r011-1"))).toBe("82,52%");
    expect(rankText(byId("gl-r011-1"))).toBe("hạng 16/63");
    expect(periodText(byId("gl-r070-1"))).toBe("21/9/2025–20/10/2025");
    expect(valueText(byId("gl-r057-2"))).toBe("hơn 185.000 hồ sơ");
    expect(valueText(byId("gl-r076-2"))).toBe("18,3/20 điểm");
    expect(periodText(byId("bd-r025-1"))).toBe("Quý I/2022");
  });

  it("draws Gia Lai's SIPAS by year and the new Gia Lai's Decision 766 rank in time order", () => {
    const gl64 = publishedFor(of(published), unit("64", "2025-06-30"));
    expect(yearlySeries(gl64, "sipas").map((p) => [p.x, p.value, p.rank])).toEqual([["2022", 82.52, 16], ["2023", 83.84, 19]]);
    const new52 = publishedFor(of(published), unit("52"));
    expect(series766(new52).map((p) => p.rank)).toEqual([6, 6, 6, 8, 5, 2]);
  });

  it("keeps the two sources of September 2025 as separate breakdowns", () => {
    const new52 = publishedFor(of(published), unit("52"));
    const sept = breakdowns(new52).filter((b) => b.period === "Tháng 9/2025");
    expect(sept.map((b) => [b.source, b.rows.map((r) => r.value)])).toEqual([
      ["Người Lao Động", [580, 998, 363, 28]],
      ["Lao Động", [628, 915]],
    ]);
  });

  it("compares real and sample figures by the same form-06 terms", () => {
    const facts = { resolved_early: 90, resolved_on_time: 5, resolved_late: 5, received_online: 10, received_direct_postal: 2, received_carried_over: 1, inconsistencies: [], sample: true } as never;
    expect(sampleCounterpart("resolved_total", facts)).toBe(100);
    expect(sampleCounterpart("on_time_rate", facts)).toBe(95);
    expect(sampleCounterpart("received_total", facts)).toBe(13);
    expect(sampleCounterpart("sipas", facts)).toBeUndefined();
  });
});
