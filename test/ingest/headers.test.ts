import { describe, expect, it } from "vitest";
import { processing, units } from "../../src/ingest/contract";
import { foldHeader, matchHeaders } from "../../src/ingest/headers";

const fieldOf = (header: string, dataset: typeof processing | typeof units = processing) =>
  matchHeaders([header], Object.keys(dataset.fields), dataset.aliases as Record<string, readonly string[]>).fields[0];

describe("foldHeader", () => {
  it("foldHeader drops case, spaces, punctuation and diacritics, and reads đ as d", () => {
    expect(foldHeader("MÃ ĐƠN VỊ")).toBe("madonvi");
    expect(foldHeader("Ma don vi")).toBe("madonvi");
    expect(foldHeader("Trực tiếp, bưu chính")).toBe("tructiepbuuchinh");
    expect(foldHeader("unit_code")).toBe("unitcode");
  });
  it("foldHeader gives NFD and NFC headers the same key", () => {
    expect(foldHeader("Đang giải quyết quá hạn".normalize("NFD"))).toBe(foldHeader("Đang giải quyết quá hạn"));
  });
});

describe("matchHeaders", () => {
  it.each([
    ["Mã đơn vị", "unit_code"],
    ["MÃ ĐƠN VỊ", "unit_code"],
    ["Ma don vi", "unit_code"],
    ["Mã ĐVHC", "unit_code"],
    ["ma dvhc", "unit_code"],
    ["Kỳ báo cáo", "period"],
    ["Kỳ", "period"],
    ["Từ kỳ trước", "received_carried_over"],
    ["Trực tuyến", "received_online"],
    ["Tiếp nhận trực tuyến", "received_online"],
    ["Trực tiếp, bưu chính", "received_direct_postal"],
    ["Trực tiếp và dịch vụ bưu chính", "received_direct_postal"],
    ["Trước hạn", "resolved_early"],
    ["Trả trước hạn", "resolved_early"],
    ["Đúng hạn", "resolved_on_time"],
    ["Trả  đúng hạn", "resolved_on_time"],
    ["Quá hạn", "resolved_late"],
    ["Trả quá hạn", "resolved_late"],
    ["Trong hạn", "pending_within_term"],
    ["Đang giải quyết quá hạn", "pending_overdue"],
    ["UNIT_CODE", "unit_code"],
    ["Received Online", "received_online"],
  ])("matchHeaders reads %j as %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
    expect(fieldOf(header.normalize("NFD"))).toBe(field);
  });

  it("matchHeaders reads the units aliases (Mã, Tên, Loại, Cấp, Mã cấp trên)", () => {
    expect(["Mã", "Tên đơn vị", "Loại", "Cấp", "Mã cấp trên"].map((h) => fieldOf(h, units))).toEqual([
      "code", "name", "type", "level", "parent_code",
    ]);
  });

  it("matchHeaders reports unknown headers with their column and ignores empty ones", () => {
    const m = matchHeaders(["unit_code", "Ghi chú khác", "", "period"], ["unit_code", "period"], {});
    expect(m.fields).toEqual(["unit_code", undefined, undefined, "period"]);
    expect(m.unknown).toEqual([{ column: 2, header: "Ghi chú khác" }]);
  });

  it("matchHeaders reports a field given twice (canonical name and alias)", () => {
    const m = matchHeaders(["unit_code", "Mã đơn vị"], ["unit_code"], { unit_code: ["Mã đơn vị"] });
    expect(m.fields).toEqual(["unit_code", undefined]);
    expect(m.duplicated).toEqual([{ column: 2, field: "unit_code" }]);
  });
});
