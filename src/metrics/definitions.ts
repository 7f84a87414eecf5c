/**
 * Every metric the site shows: its formula, its definition and where it comes from. The methodology
 * page, chart subtitles and target statuses all read these, so a number always names its definition.
 */
import type { MetricId } from "../lib/identity";
import type { Facts } from "./facts";

export type MetricUnit = "%" | "phút";

export interface MetricDef {
  id: MetricId;
  /** Short Vietnamese name. */
  label: string;
  unit: MetricUnit;
  /** Higher is better (rates), or lower is better (waiting time). */
  better: "higher" | "lower";
  formula: string;
  definition: string;
  source: string;
  compute: (f: Facts) => number | undefined;
  /**
   * The count the metric divides by, undefined when a part of it is missing. A rate over 0 has no
   * value, and tables say so ("mẫu số bằng 0") rather than "not reported".
   */
  whole: (f: Facts) => number | undefined;
}

const share = (part: number | undefined, whole: number | undefined): number | undefined =>
  part === undefined || whole === undefined || whole === 0 ? undefined : (100 * part) / whole;

const sum = (...xs: (number | undefined)[]): number | undefined =>
  xs.some((x) => x === undefined) ? undefined : xs.reduce<number>((a, b) => a + (b as number), 0);

type Count = (f: Facts) => number | undefined;
/** A share in per cent of `whole`: compute and whole from the same count, so they cannot disagree. */
const shareOf = (part: Count, whole: Count) => ({ whole, compute: (f: Facts) => share(part(f), whole(f)) });
/** A mean weighted by the number of ratings (minutes). */
const meanOf = (total: Count, weight: Count) => ({
  whole: weight,
  compute: (f: Facts) => {
    const t = total(f);
    const w = weight(f);
    return w === undefined || w === 0 || t === undefined ? undefined : t / w;
  },
});

const resolved: Count = (f) => sum(f.resolved_early, f.resolved_on_time, f.resolved_late);
/** Resolved and pending: the dossiers handled in the period. */
const handled: Count = (f) => sum(f.resolved_early, f.resolved_on_time, f.resolved_late, f.pending_within_term, f.pending_overdue);

export const METRIC_DEFS: Record<MetricId, MetricDef> = {
  on_time_rate: {
    id: "on_time_rate",
    label: "Tỷ lệ giải quyết đúng hạn (tỷ lệ báo cáo)",
    unit: "%",
    better: "higher",
    formula: "(trước hạn + đúng hạn) ÷ số hồ sơ đã giải quyết",
    definition:
      "Cách tính trong báo cáo định kỳ của tỉnh theo mẫu 06 Thông tư 01/2020/TT-VPCP: hồ sơ trả trước hạn và đúng hạn chia cho tổng số hồ sơ đã giải quyết trong kỳ.",
    source: "Mẫu 06, Thông tư 01/2020/TT-VPCP",
    ...shareOf((f) => sum(f.resolved_early, f.resolved_on_time), resolved),
  },
  on_time_766: {
    id: "on_time_766",
    label: "Chỉ số 2.1 theo Quyết định 766",
    unit: "%",
    better: "higher",
    formula: "(đã giải quyết trước hạn và đúng hạn + đang giải quyết trong hạn) ÷ tổng số hồ sơ đã và đang giải quyết",
    definition:
      "Chỉ tiêu 2.1 của Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg ngày 23/6/2022): tính cả hồ sơ còn đang giải quyết, nên thấp hơn tỷ lệ báo cáo khi có hồ sơ tồn quá hạn.",
    source: "Quyết định 766/QĐ-TTg",
    ...shareOf((f) => sum(f.resolved_early, f.resolved_on_time, f.pending_within_term), handled),
  },
  on_time_portal: {
    id: "on_time_portal",
    label: "Tỷ lệ đúng hạn theo Cổng Một cửa Gia Lai",
    unit: "%",
    better: "higher",
    formula: "100% − (đang giải quyết quá hạn + đã giải quyết quá hạn) ÷ số hồ sơ cần xử lý (đã giải quyết + đang giải quyết)",
    definition:
      "Cách tính của Hệ thống thông tin một cửa điện tử tỉnh Gia Lai, ghi trên trang phương pháp của cổng: «Tỉ lệ Trễ hạn = (Số hồ sơ Trễ Đang xử lý + Số hồ sơ Trễ Đã xử lý)/ Số hồ sơ Cần xử lý», «Tỉ lệ Đúng hạn = 100% - Tỉ lệ Trễ hạn». Mẫu số gồm cả hồ sơ đang giải quyết. Trên số liệu mẫu 06, mỗi hồ sơ đã hoặc đang giải quyết thì hoặc trễ hạn hoặc không, nên kết quả bằng chỉ số 2.1 của Quyết định 766; cổng tính từ phía hồ sơ trễ hạn, và tỷ lệ báo chí đưa tin (tỷ lệ báo cáo) thường cao hơn.",
    source: "Trang phương pháp của Cổng một cửa điện tử tỉnh Gia Lai, motcua.gialai.gov.vn (nơi đọc được định nghĩa)",
    whole: handled,
    compute: (f) => {
      const late = share(sum(f.pending_overdue, f.resolved_late), handled(f));
      return late === undefined ? undefined : 100 - late;
    },
  },
  online_dossier_share: {
    id: "online_dossier_share",
    label: "Hồ sơ nộp trực tuyến",
    unit: "%",
    better: "higher",
    formula: "hồ sơ tiếp nhận trực tuyến ÷ hồ sơ tiếp nhận mới trong kỳ (trực tuyến + trực tiếp, bưu chính)",
    definition: "Tỷ lệ hồ sơ mới trong kỳ được nộp qua Cổng dịch vụ công, không tính hồ sơ từ kỳ trước chuyển qua.",
    source: "Mẫu 06, Thông tư 01/2020/TT-VPCP",
    ...shareOf((f) => f.received_online, (f) => sum(f.received_online, f.received_direct_postal)),
  },
  online_procedure_share: {
    id: "online_procedure_share",
    label: "TTHC có dịch vụ công trực tuyến",
    unit: "%",
    better: "higher",
    formula: "(TTHC toàn trình + TTHC một phần) ÷ tổng số TTHC",
    definition: "Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến ở bất kỳ mức nào (Nghị định 42/2022/NĐ-CP).",
    source: "Nghị định 42/2022/NĐ-CP, điều 11",
    ...shareOf((f) => sum(f.procedures_full_online, f.procedures_partial_online), (f) => f.procedures_total),
  },
  full_online_procedure_share: {
    id: "full_online_procedure_share",
    label: "TTHC trực tuyến toàn trình",
    unit: "%",
    better: "higher",
    formula: "TTHC toàn trình ÷ tổng số TTHC",
    definition:
      "Toàn trình: người dân nộp, theo dõi và nhận kết quả hoàn toàn trực tuyến (hoặc qua bưu chính công ích), tương ứng mức độ 4 trước năm 2022.",
    source: "Nghị định 42/2022/NĐ-CP, điều 11",
    ...shareOf((f) => f.procedures_full_online, (f) => f.procedures_total),
  },
  fee_paid_online_share: {
    id: "fee_paid_online_share",
    label: "Hồ sơ có phí thanh toán trực tuyến",
    unit: "%",
    better: "higher",
    formula: "hồ sơ có phí, lệ phí được thanh toán trực tuyến ÷ hồ sơ có phí, lệ phí",
    definition: "Tỷ lệ hồ sơ phải nộp phí, lệ phí mà người dân đã thanh toán trực tuyến.",
    source: "Quyết định 766/QĐ-TTg, nhóm thanh toán trực tuyến",
    ...shareOf((f) => f.fee_dossiers_paid_online, (f) => f.fee_dossiers),
  },
  digitized_dossier_share: {
    id: "digitized_dossier_share",
    label: "Hồ sơ được số hóa",
    unit: "%",
    better: "higher",
    formula: "hồ sơ được số hóa ÷ hồ sơ tiếp nhận",
    definition: "Tỷ lệ hồ sơ TTHC được số hóa khi tiếp nhận (Nghị định 45/2020/NĐ-CP, Quyết định 468/QĐ-TTg).",
    source: "Quyết định 468/QĐ-TTg; Quyết định 766/QĐ-TTg nhóm số hóa",
    ...shareOf((f) => f.dossiers_digitized, (f) => f.dossiers_received),
  },
  digitized_result_share: {
    id: "digitized_result_share",
    label: "Kết quả giải quyết được số hóa",
    unit: "%",
    better: "higher",
    formula: "kết quả được số hóa ÷ kết quả đã cấp",
    definition: "Tỷ lệ kết quả giải quyết TTHC còn hiệu lực được số hóa để tái sử dụng.",
    source: "Quyết định 468/QĐ-TTg",
    ...shareOf((f) => f.results_digitized, (f) => f.results_issued),
  },
  data_reuse_share: {
    id: "data_reuse_share",
    label: "Hồ sơ tái sử dụng dữ liệu",
    unit: "%",
    better: "higher",
    formula: "hồ sơ tái sử dụng dữ liệu, giấy tờ đã số hóa ÷ hồ sơ tiếp nhận",
    definition:
      "Người dân không phải nộp lại giấy tờ đã cung cấp: đo bằng tỷ lệ hồ sơ dùng lại dữ liệu đã số hóa. Đây là cách đo gần đúng cho chỉ tiêu \"không phải cung cấp lại thông tin\".",
    source: "Quyết định 468/QĐ-TTg",
    ...shareOf((f) => f.dossiers_reusing_data, (f) => f.dossiers_received),
  },
  e_routed_share: {
    id: "e_routed_share",
    label: "Hồ sơ luân chuyển nội bộ điện tử",
    unit: "%",
    better: "higher",
    formula: "hồ sơ luân chuyển nội bộ bằng phương tiện điện tử ÷ hồ sơ tiếp nhận",
    definition: "Tỷ lệ hồ sơ được chuyển giữa các bộ phận, cơ quan bằng phương tiện điện tử thay cho giấy.",
    source: "Quyết định 468/QĐ-TTg",
    ...shareOf((f) => f.dossiers_e_routed, (f) => f.dossiers_received),
  },
  satisfaction_share: {
    id: "satisfaction_share",
    label: "Người dân hài lòng",
    unit: "%",
    better: "higher",
    formula: "(rất hài lòng + hài lòng) ÷ số lượt đánh giá",
    definition:
      "Tỷ lệ lượt đánh giá \"rất hài lòng\" hoặc \"hài lòng\" sau khi giải quyết TTHC. Khác chỉ số 5.4 của Quyết định 766 (tính trên số hồ sơ, trừ hồ sơ bị đánh giá không hài lòng).",
    source: "Đánh giá trên Hệ thống thông tin giải quyết TTHC",
    ...shareOf((f) => sum(f.very_satisfied, f.satisfied), (f) => f.responses),
  },
  avg_wait_minutes: {
    id: "avg_wait_minutes",
    label: "Thời gian chờ trung bình mỗi lượt",
    unit: "phút",
    better: "lower",
    formula: "trung bình thời gian chờ tại Bộ phận Một cửa, có trọng số theo số lượt đánh giá",
    definition: "Thời gian từ khi lấy số đến khi được tiếp nhận tại quầy.",
    source: "Quyết định 468/QĐ-TTg (mục tiêu 15 phút)",
    ...meanOf((f) => f.wait_minutes_total, (f) => f.wait_weight),
  },
  avg_service_minutes: {
    id: "avg_service_minutes",
    label: "Thời gian tiếp nhận mỗi hồ sơ",
    unit: "phút",
    better: "lower",
    formula: "trung bình thời gian tiếp nhận, xử lý tại quầy mỗi hồ sơ, có trọng số theo số lượt đánh giá",
    definition: "Thời gian cán bộ một cửa tiếp nhận, kiểm tra và trả biên nhận một hồ sơ.",
    source: "Quyết định 468/QĐ-TTg (mục tiêu 30 phút)",
    ...meanOf((f) => f.service_minutes_total, (f) => f.service_weight),
  },
};

export const METRIC_LIST = Object.values(METRIC_DEFS);
