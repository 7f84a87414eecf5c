/** The data tables under each chart: same numbers as the chart, Vietnamese formats, gaps named. */
import { formatCount, formatNumber, formatPercent, formatPeriod } from "../lib/format";
import type { OnTimeRow, OnlineRow, SatisfactionRow, DigitizationSeries } from "./unit-page";

const pct = (x: number | undefined) => (x === undefined ? undefined : formatPercent(x));
const cnt = (x: number | undefined) => (x === undefined ? undefined : formatCount(x));

export function onTimeTable(rows: readonly OnTimeRow[], rows766: readonly OnTimeRow[], name: string) {
  const by766 = new Map(rows766.map((r) => [r.period, r]));
  return {
    caption: `Kết quả giải quyết hồ sơ của ${name} theo kỳ (số hồ sơ; tỷ lệ %)`,
    columns: [
      { label: "Kỳ" },
      { label: "Trước hạn", numeric: true },
      { label: "Đúng hạn", numeric: true },
      { label: "Quá hạn", numeric: true },
      { label: "Tỷ lệ đúng hạn (báo cáo)", numeric: true },
      { label: "Chỉ số 2.1 (QĐ 766)", numeric: true },
      { label: "Trung bình tỉnh (báo cáo)", numeric: true },
      { label: "Đang giải quyết quá hạn", numeric: true },
      { label: "Ghi chú" },
    ],
    rows: rows.map((r) => [
      formatPeriod(r.period), cnt(r.early), cnt(r.onTime), cnt(r.late), pct(r.rate), pct(by766.get(r.period)?.rate), pct(r.provinceRate),
      cnt(r.pendingOverdue), r.flagged ? `⚠ ${r.flagNote ?? ""}` : "",
    ]),
  };
}

export function onlineTable(rows: readonly OnlineRow[], name: string) {
  return {
    caption: `Dịch vụ công trực tuyến của ${name} theo kỳ (%)`,
    columns: [
      { label: "Kỳ" },
      { label: "Số TTHC", numeric: true },
      { label: "Toàn trình", numeric: true },
      { label: "Một phần", numeric: true },
      { label: "Chưa trực tuyến", numeric: true },
      { label: "Hồ sơ nộp trực tuyến", numeric: true },
      { label: "Thanh toán trực tuyến", numeric: true },
    ],
    rows: rows.map((r) => [
      formatPeriod(r.period), cnt(r.proceduresTotal), pct(r.fullOnlineShare), pct(r.partialOnlineShare), pct(r.notOnlineShare),
      pct(r.onlineDossierShare), pct(r.feePaidOnlineShare),
    ]),
  };
}

export function digitizationTable(series: readonly DigitizationSeries[], name: string) {
  const periods = series[0]?.points.map((p) => p.period) ?? [];
  return {
    caption: `Số hóa và liên thông điện tử của ${name} theo tháng (%)`,
    columns: [{ label: "Kỳ" }, ...series.map((s) => ({ label: s.label, numeric: true }))],
    rows: periods.map((period, i) => [formatPeriod(period), ...series.map((s) => pct(s.points[i]?.value))]),
  };
}

export function satisfactionTable(rows: readonly SatisfactionRow[], name: string) {
  return {
    caption: `Đánh giá mức độ hài lòng tại ${name} theo kỳ`,
    columns: [
      { label: "Kỳ" },
      { label: "Hài lòng (%)", numeric: true },
      { label: "Lượt đánh giá", numeric: true },
      { label: "Rất hài lòng", numeric: true },
      { label: "Hài lòng", numeric: true },
      { label: "Bình thường", numeric: true },
      { label: "Không hài lòng", numeric: true },
      { label: "Thời gian chờ (phút)", numeric: true },
    ],
    rows: rows.map((r) => [
      formatPeriod(r.period), pct(r.satisfiedShare), cnt(r.responses), cnt(r.verySatisfied), cnt(r.satisfied), cnt(r.neutral),
      cnt(r.dissatisfied), r.avgWaitMinutes === undefined ? undefined : formatNumber(r.avgWaitMinutes, 1),
    ]),
  };
}
