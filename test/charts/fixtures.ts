/**
 * Fixed, invented chart data for the snapshot tests (not real figures). Each fixture names what
 * it exercises: gaps (a missing month as a row of undefined values, and one absent from the
 * array), a flagged row, isolated points, trailing gaps.
 */
import type { DigitizationSeries } from "../../src/charts/digitization";
import type { OnlineRow } from "../../src/charts/online";
import type { OnTimeRow } from "../../src/charts/onTime";
import type { SatisfactionRow } from "../../src/charts/satisfaction";
import type { SparkPoint } from "../../src/charts/sparkline";
import type { TileCell } from "../../src/charts/tileMap";

/** Jan–Jun 2025; April is a row of gaps, March is flagged, June resolves 14.579 dossiers at 97,5 %. */
export const onTimeMonthly: OnTimeRow[] = [
  { period: "2025-01", early: 8000, onTime: 5200, late: 420, rate: 96.9, provinceRate: 94.2, pendingOverdue: 12 },
  { period: "2025-02", early: 6100, onTime: 4100, late: 380, rate: 96.4, provinceRate: 94.5, pendingOverdue: 9 },
  { period: "2025-03", early: 9100, onTime: 4700, late: 700, rate: 95.2, provinceRate: 94.9, pendingOverdue: 20, flagged: true },
  { period: "2025-04", early: undefined, onTime: undefined, late: undefined, rate: undefined, provinceRate: 95.0, pendingOverdue: undefined },
  { period: "2025-05", early: 9400, onTime: 4800, late: 379, rate: 97.4, provinceRate: 95.1, pendingOverdue: 0 },
  { period: "2025-06", early: 9500, onTime: 4715, late: 364, rate: 97.53, provinceRate: 95.0, pendingOverdue: 3 },
];

/** Quarters of 2024–2025; 2024-Q3 is absent from the array (a gap all the same), no province. */
export const onTimeQuarterly: OnTimeRow[] = [
  { period: "2024-Q1", early: 20100, onTime: 12000, late: 2100, rate: 93.9 },
  { period: "2024-Q2", early: 21500, onTime: 12500, late: 1800, rate: 95.0 },
  { period: "2024-Q4", early: 22000, onTime: 13100, late: 1500, rate: 95.9 },
  { period: "2025-Q1", early: 23200, onTime: 14000, late: 1163, rate: 97.0 },
  { period: "2025-Q2", early: 28000, onTime: 13715, late: 743, rate: 98.2 },
];

export const online: OnlineRow[] = [
  { period: "2025-01", fullOnlineShare: 38.2, partialOnlineShare: 31.5, notOnlineShare: 30.3, onlineDossierShare: 41.0, feePaidOnlineShare: 22.4 },
  { period: "2025-02", fullOnlineShare: 40.1, partialOnlineShare: 30.9, notOnlineShare: 29.0, onlineDossierShare: 44.6, feePaidOnlineShare: 25.0 },
  { period: "2025-03" },
  { period: "2025-04", fullOnlineShare: 45.0, partialOnlineShare: 30.0, notOnlineShare: 25.0, onlineDossierShare: 52.3, feePaidOnlineShare: null },
  { period: "2025-05", fullOnlineShare: 47.5, partialOnlineShare: 29.5, notOnlineShare: 23.0, onlineDossierShare: 55.8, feePaidOnlineShare: 33.1 },
  { period: "2025-06", fullOnlineShare: 50.2, partialOnlineShare: 28.1, notOnlineShare: 21.7, onlineDossierShare: 58.9, feePaidOnlineShare: 35.0 },
];

export const digitization: DigitizationSeries[] = [
  {
    metric: "digitized_dossier_share",
    label: "Hồ sơ được số hóa",
    points: [
      { period: "2025-01", value: 55.0 }, { period: "2025-02", value: 58.4 }, { period: "2025-03" },
      { period: "2025-04", value: 63.0 }, { period: "2025-05", value: 66.2 }, { period: "2025-06", value: 70.1 },
    ],
    target: { value: 80, due: "2025-12", label: "≥ 80%" },
    status: "Chưa đạt",
  },
  {
    metric: "digitized_result_share",
    label: "Kết quả được số hóa",
    points: [
      { period: "2025-01", value: 81.0 }, { period: "2025-02", value: 84.0 }, { period: "2025-03", value: 88.5 },
      { period: "2025-04", value: 90.2 }, { period: "2025-05", value: 93.0 }, { period: "2025-06", value: 95.4 },
    ],
    target: { value: 100, due: "2025-12", label: "≥ 100%" },
    status: "Đúng tiến độ",
  },
  {
    metric: "data_reuse_share",
    label: "Tái sử dụng dữ liệu",
    points: [
      { period: "2025-01", value: 12.0 }, { period: "2025-02", value: 15.5 }, { period: "2025-03", value: 18.0 },
      { period: "2025-04", value: 21.1 }, { period: "2025-05" }, { period: "2025-06" },
    ],
  },
  {
    metric: "e_routed_share",
    label: "Luân chuyển điện tử",
    points: [
      { period: "2025-01", value: 84.0 }, { period: "2025-02", value: 85.5 }, { period: "2025-03", value: 86.1 },
      { period: "2025-04", value: 88.0 }, { period: "2025-05", value: 89.9 }, { period: "2025-06", value: 91.2 },
    ],
    target: { value: 80, due: "2025-06", label: "≥ 80%" },
    status: "Đạt",
  },
];

export const satisfaction: SatisfactionRow[] = [
  { period: "2025-01", satisfiedShare: 91.2, responses: 812, verySatisfied: 420, satisfied: 321, neutral: 50, dissatisfied: 21, avgWaitMinutes: 18.5 },
  { period: "2025-02", satisfiedShare: 92.0, responses: 640, verySatisfied: 350, satisfied: 239, neutral: 38, dissatisfied: 13, avgWaitMinutes: 16.0 },
  { period: "2025-03", satisfiedShare: undefined, responses: undefined, avgWaitMinutes: undefined },
  { period: "2025-04", satisfiedShare: 93.4, responses: 901, verySatisfied: 500, satisfied: 342, neutral: 44, dissatisfied: 15, avgWaitMinutes: 14.2 },
  { period: "2025-05", satisfiedShare: 94.1, responses: 955, verySatisfied: 540, satisfied: 359, neutral: 40, dissatisfied: 16, avgWaitMinutes: 13.0 },
  { period: "2025-06", satisfiedShare: 95.0, responses: 1020, verySatisfied: 600, satisfied: 369, neutral: 37, dissatisfied: 14, avgWaitMinutes: 12.5 },
];

/** No waiting time at all: the third panel must not appear. */
export const satisfactionNoWait: SatisfactionRow[] = satisfaction.map(({ avgWaitMinutes: _, ...row }) => row);

export const spark: SparkPoint[] = [
  { period: "2025-01", value: 93.1 }, { period: "2025-02", value: 94.0 }, { period: "2025-03" },
  { period: "2025-04", value: 95.5 }, { period: "2025-05" }, { period: "2025-06", value: 97.5 },
];

export const tiles: TileCell[] = [
  { code: "622", name: "Thành phố Pleiku", row: 0, col: 1, value: 97.5, label: "97,5%" },
  { code: "623", name: "Thị xã An Khê", row: 1, col: 3, value: 92.1, label: "92,1%" },
  { code: "625", name: "Huyện Kbang", row: 0, col: 3, value: 88.0, label: "88,0%" },
  { code: "626", name: "Huyện Đăk Đoa", row: 0, col: 2, value: 95.2, label: "95,2%" },
  { code: "627", name: "Huyện Chư Păh", row: 0, col: 0, label: "Không có số liệu" },
  { code: "628", name: "Huyện Ia Grai", row: 1, col: 0, value: 99.0, label: "99,0%" },
  { code: "629", name: "Huyện Mang Yang", row: 1, col: 2, value: 90.4, label: "90,4%" },
  { code: "630", name: "Huyện Kông Chro", row: 2, col: 3, value: 85.3, label: "85,3%" },
  { code: "632", name: "Huyện Đức Cơ", row: 2, col: 0, value: 96.6, label: "96,6%" },
  { code: "633", name: "Huyện Chư Prông", row: 2, col: 1, value: 93.8, label: "93,8%" },
  { code: "634", name: "Huyện Chư Sê", row: 1, col: 1, value: 94.7, label: "94,7%" },
];

/**
 * Three years by month (Jan 2023 – Dec 2025), as the site opens a chart, for a phone-width copy:
 * August 2024 is a row of gaps, November 2023 is flagged; counts in the thousands.
 */
export const onTimeThreeYears: OnTimeRow[] = Array.from({ length: 36 }, (_, i): OnTimeRow => {
  const period = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  if (period === "2024-08") return { period, provinceRate: 95.4 };
  const early = 4200 + ((i * 373) % 1900);
  const onTime = 2100 + ((i * 211) % 800);
  const late = 120 + ((i * 97) % 260);
  return {
    period, early, onTime, late,
    rate: Math.round((1000 * (early + onTime)) / (early + onTime + late)) / 10,
    provinceRate: 94 + Math.round(i * 0.8) / 10,
    pendingOverdue: (i * 13) % 40,
    ...(period === "2023-11" ? { flagged: true } : {}),
  };
});

/**
 * A merged province by year, 2021–2025: six-digit counts (up to 351.240 resolved early in a year)
 * and four-digit pending ones, no province average above it.
 */
export const onTimeProvinceYears: OnTimeRow[] = [
  { period: "2021", early: 198_412, onTime: 41_006, late: 12_874, rate: 94.9, pendingOverdue: 2_317 },
  { period: "2022", early: 236_950, onTime: 38_120, late: 10_233, rate: 96.4, pendingOverdue: 1_904 },
  { period: "2023", early: 281_377, onTime: 35_418, late: 8_906, rate: 97.3, pendingOverdue: 1_455 },
  { period: "2024", early: 319_805, onTime: 30_992, late: 7_118, rate: 98.0, pendingOverdue: 1_210 },
  { period: "2025", early: 351_240, onTime: 27_655, late: 6_402, rate: 98.3, pendingOverdue: 987 },
];

/**
 * Three districts' on-time rates by quarter, 2023-Q1 – 2025-Q2, with the province average: Ia Pa
 * did not report 2024-Q2; Ayun Pa starts a quarter late.
 */
export const compareThree = {
  lines: [
    { name: "Huyện Krông Pa", short: "Krông Pa", values: [95.1, 95.8, 96.0, 96.4, 96.2, 97.0, 97.1, 97.6, 97.9, 98.2] },
    { name: "Huyện Ia Pa", short: "Ia Pa", values: [91.2, 92.0, 92.9, 93.1, 94.0, undefined, 95.2, 95.0, 96.1, 96.6] },
    { name: "Thị xã Ayun Pa", short: "Ayun Pa", values: [undefined, 97.5, 97.2, 97.9, 98.4, 98.1, 98.8, 99.0, 98.7, 99.2] },
  ],
  reference: { name: "Trung bình tỉnh (Tỉnh Gia Lai)", short: "TB tỉnh", values: [94.0, 94.3, 94.9, 95.2, 95.0, 95.6, 96.0, 96.3, 96.5, 96.9] },
  periods: ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"],
};
