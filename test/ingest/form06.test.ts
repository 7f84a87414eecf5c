import { describe, expect, it } from "vitest";
import { detectForm06, readForm06, type Grid } from "../../src/ingest/form06";

const grid = (rows: string[][]): Grid =>
  rows.map((row, r) => row.map((text, c) => ({ text, line: r + 1, column: c + 1, cell: `${String.fromCharCode(65 + c)}${r + 1}` })));

const TITLE = [
  ["UBND HUYỆN KRÔNG PA"],
  ["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
  ["Kỳ báo cáo: Tháng 5/2025"],
];
const HEADER = [
  ["STT", "Đơn vị", "Số hồ sơ nhận giải quyết", "", "", "", "Kết quả giải quyết", "", "", "", "Số hồ sơ đang giải quyết", "", "", "Ghi chú"],
  ["", "", "Tổng số", "Trong kỳ", "", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn", ""],
  ["", "", "", "Trực tuyến", "Trực tiếp, bưu chính", "", "", "", "", "", "", "", "", ""],
];
const ROW_A = ["1", "UBND xã Ia Rsai", "30", "10", "15", "5", "25", "20", "3", "2", "5", "4", "1", ""];
const ROW_B = ["2", "Xã Chư Ngọc", "12", "2", "10", "0", "12", "12", "0", "0", "0", "0", "0", ""];

describe("detectForm06", () => {
  it("finds a three-row grouped header below title rows and the period in the title", () => {
    const layout = detectForm06(grid([...TITLE, ...HEADER, ROW_A]))!;
    expect(layout.headerRows).toEqual([3, 4, 5]);
    expect(layout.firstDataRow).toBe(6);
    expect(layout.columns.map((c) => c.field)).toEqual([
      null,
      "unit_name",
      "received_total",
      "received_online",
      "received_direct_postal",
      "received_carried_over",
      "resolved_total",
      "resolved_early",
      "resolved_on_time",
      "resolved_late",
      "pending_total",
      "pending_within_term",
      "pending_overdue",
      "known_inconsistency",
    ]);
    expect(layout.titlePeriod?.reading).toEqual({ ok: true, kind: "month", period: "2025-05" });
    expect(layout.unknownHeaders).toEqual([]);
  });

  it("reads a two-row header whose columns say 'Trong kỳ: Trực tuyến'", () => {
    const layout = detectForm06(
      grid([
        ["Đơn vị", "Số hồ sơ nhận giải quyết", "", "", "", "Kết quả giải quyết", "", "", "", "Số hồ sơ đang giải quyết", "", ""],
        ["", "Tổng số", "Trong kỳ: Trực tuyến", "Trong kỳ: Trực tiếp, bưu chính", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
        ["Xã Ia Rsai", "1", "1", "0", "0", "1", "1", "0", "0", "0", "0", "0"],
      ]),
    )!;
    expect(layout.headerRows).toEqual([0, 1]);
    expect(layout.columns.find((c) => c.index === 2)?.field).toBe("received_online");
    expect(layout.columns.find((c) => c.index === 3)?.field).toBe("received_direct_postal");
  });

  it("leaves flat tables to the ordinary reader", () => {
    expect(detectForm06(grid([["unit_code", "period", "received_online"], ["64", "2025-01", "1"]]))).toBeUndefined();
  });

  it("reports a header it does not know", () => {
    const header = HEADER.map((row) => [...row]);
    header[1]![7] = "Sớm hơn hẹn";
    const layout = detectForm06(grid([...header, ROW_A]))!;
    expect(layout.unknownHeaders.map((c) => [c.cell, c.text])).toEqual([["H2", "Sớm hơn hẹn"]]);
  });
});

describe("readForm06", () => {
  const read = (rows: string[][]) => {
    const g = grid(rows);
    return readForm06(g, detectForm06(g)!);
  };

  it("reads unit rows with the title's period, drops STT and totals, and checks a correct total row", () => {
    const total = ["", "Tổng cộng", "42", "12", "25", "5", "37", "32", "3", "2", "5", "4", "1", ""];
    const table = read([...TITLE, ...HEADER, ROW_A, ROW_B, total]);
    expect(table.problems).toEqual([]);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]!.values).toEqual({
      unit_name: "UBND xã Ia Rsai",
      received_online: "10",
      received_direct_postal: "15",
      received_carried_over: "5",
      resolved_early: "20",
      resolved_on_time: "3",
      resolved_late: "2",
      pending_within_term: "4",
      pending_overdue: "1",
      known_inconsistency: "",
      period: "2025-05",
    });
    expect(table.rows[0]!.cells["resolved_early"]!.cell).toBe("H7");
    expect(table.fields).toContain("period");
    expect(table.fields).not.toContain("received_total");
  });

  it("refuses a total row that does not match the rows above, naming the cell", () => {
    const total = ["", "Cộng", "43", "12", "25", "5", "37", "32", "3", "2", "5", "4", "1", ""];
    const table = read([...TITLE, ...HEADER, ROW_A, ROW_B, total]);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]).toMatchObject({ severity: "error", field: "received_total", value: "43" });
    expect(table.problems[0]!.at.cell).toBe("C9");
    expect(table.problems[0]!.en).toBe("the total row states 43 but the rows above add up to 42");
  });

  it("checks 'Tổng số' against its parts: an error, or a warning on a row marked inconsistent", () => {
    const bad = [...ROW_A];
    bad[2] = "31";
    expect(read([...HEADER, bad]).problems[0]).toMatchObject({ severity: "error", field: "received_total" });
    bad[13] = "Số liệu gốc không cân đối";
    expect(read([...HEADER, bad]).problems[0]).toMatchObject({ severity: "warning", field: "received_total" });
  });

  it("refuses a title period it cannot read when there is no period column", () => {
    const table = read([["Kỳ báo cáo: Tháng 13/2025"], ...HEADER, ROW_A]);
    expect(table.problems[0]).toMatchObject({ severity: "error" });
    expect(table.problems[0]!.at.cell).toBe("A1");
    expect(table.rows[0]!.values["period"]).toBeUndefined();
  });
});
