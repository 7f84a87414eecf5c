/**
 * The data contract: every dataset a data directory may hold, its fields, their Vietnamese header
 * aliases and what each means. docs/data-format.md is generated from this file
 * (`npm run docs:contract`), so the two cannot drift apart.
 */
import {
  bool, code, count, date, dateOrPeriod, decimal, field, httpUrl, id, list, looseDate, month, nonNegativeDecimal, oneOf, period, rank, text,
  type FieldDef, type RecordOfFields,
} from "./fields";
import { PUBLISHED_INDICATORS, PUBLISHED_SCOPES, QUOTE_LANGUAGES, VALUE_BOUNDS } from "./published-indicators";
import { LEVELS, METRICS, UNIT_TYPES } from "../lib/identity";

export { LEVELS, METRICS, UNIT_TYPES, type Level, type MetricId } from "../lib/identity";

const req = (doc: string) => ({ required: true as const, doc });
const opt = (doc: string) => ({ required: false as const, doc });

const sampleField = field(bool, opt("`true` khi dòng là dữ liệu minh họa, không phải số liệu chính thức / sample (illustrative) data"));
const unitCode = field(code, req("Mã đơn vị hành chính (mã GSO) / GSO unit code"));
const periodField = field(period, req("Kỳ báo cáo / reporting period"));

export interface DatasetDef<F extends Record<string, FieldDef>> {
  name: string;
  title: string;
  description: string;
  fields: F;
  /** Header aliases officials' spreadsheets use, matched ignoring case, spaces and diacritics. */
  aliases: Partial<Record<keyof F & string, readonly string[]>>;
}

/** A field with its name, as a list: for code that goes over the fields of any dataset. */
export interface NamedField extends FieldDef {
  name: string;
}

export interface Dataset<F extends Record<string, FieldDef>> extends DatasetDef<F> {
  fieldList: readonly NamedField[];
  aliasList: Readonly<Partial<Record<string, readonly string[]>>>;
}

function dataset<F extends Record<string, FieldDef>>(def: DatasetDef<F>): Dataset<F> {
  const fieldList = Object.entries(def.fields).map(([name, f]) => ({ name, ...f }));
  return { ...def, fieldList, aliasList: def.aliases };
}

/** The record a row of the dataset reads into, derived from its fields. */
export type RecordOf<D extends { fields: Record<string, FieldDef> }> = RecordOfFields<D["fields"]>;

export const units = dataset({
  name: "units",
  title: "Đơn vị hành chính / administrative units",
  description:
    "Một dòng cho mỗi đơn vị trong thời gian tồn tại của nó. Mã được dùng lại qua cuộc sắp xếp năm 2025, nên một đơn vị được xác định bằng mã cùng thời gian hiệu lực. / One row per unit and validity period; codes are reused across the 2025 reform.",
  fields: {
    code: unitCode,
    name: field(text, req("Tên, không kèm loại (Krông Pa) / name without type")),
    type: field(oneOf(UNIT_TYPES), req("Loại đơn vị / unit type")),
    level: field(oneOf(LEVELS), req("Cấp / level")),
    parent_code: field(code, opt("Mã đơn vị cấp trên, có hiệu lực cùng thời gian / parent unit code")),
    valid_from: field(date, opt("Có hiệu lực từ ngày (trống: trước mọi số liệu) / valid from")),
    valid_to: field(date, opt("Có hiệu lực đến hết ngày (trống: còn hiệu lực) / valid to, inclusive")),
    remote: field(bool, opt("Vùng sâu, vùng xa theo văn bản / remote area according to the documents")),
  },
  aliases: { code: ["Mã đơn vị", "Mã ĐVHC", "Mã"], name: ["Tên", "Tên đơn vị"], type: ["Loại"], level: ["Cấp"], parent_code: ["Mã cấp trên"] },
});

export const unitChanges = dataset({
  name: "unit-changes",
  title: "Bảng chuyển đổi đơn vị năm 2025 / 2025 reform crosswalk",
  description: "Đơn vị mới được hình thành từ (một phần) đơn vị cũ nào. / Which old units (or parts) each new unit was formed from.",
  fields: {
    new_code: field(code, req("Mã đơn vị mới / new unit code")),
    old_code: field(code, req("Mã đơn vị cũ (xã; hoặc huyện đảo không có xã) / old unit code")),
    effective: field(date, req("Ngày hiệu lực (2025-07-01) / effective date")),
    method: field(text, opt("Cách xác định (source, source-partial, code-reuse, source-district) / how the link was established")),
    partial: field(bool, opt("Chỉ một phần đơn vị cũ / only part of the old unit")),
  },
  aliases: {},
});

export const processing = dataset({
  name: "exports/processing",
  title: "Kết quả giải quyết TTHC (mẫu 06, Thông tư 01/2020/TT-VPCP) / processing results, form 06",
  description:
    "Một dòng cho mỗi đơn vị và kỳ. Đẳng thức: từ kỳ trước + trực tuyến + trực tiếp, bưu chính = đã giải quyết + đang giải quyết; dòng không thỏa phải ghi known_inconsistency. / Identity: received = resolved + pending, else known_inconsistency must explain.",
  fields: {
    unit_code: unitCode,
    period: periodField,
    received_carried_over: field(count, req("Số hồ sơ từ kỳ trước chuyển qua / carried over")),
    received_online: field(count, req("Tiếp nhận trong kỳ, trực tuyến / received online")),
    received_direct_postal: field(count, req("Tiếp nhận trong kỳ, trực tiếp và dịch vụ bưu chính / received in person or by post")),
    resolved_early: field(count, req("Đã giải quyết trước hạn / resolved early")),
    resolved_on_time: field(count, req("Đã giải quyết đúng hạn / resolved on time")),
    resolved_late: field(count, req("Đã giải quyết quá hạn / resolved late")),
    pending_within_term: field(count, req("Đang giải quyết trong hạn / pending within term")),
    pending_overdue: field(count, req("Đang giải quyết quá hạn / pending overdue")),
    known_inconsistency: field(text, opt("Ghi chú khi số liệu gốc không cân đối; dòng được giữ và gắn cờ / note on a known inconsistency of the source")),
    sample: sampleField,
  },
  aliases: {
    unit_code: ["Mã đơn vị", "Mã ĐVHC"],
    period: ["Kỳ báo cáo", "Kỳ"],
    received_carried_over: ["Từ kỳ trước"],
    received_online: ["Trực tuyến", "Tiếp nhận trực tuyến"],
    received_direct_postal: ["Trực tiếp, bưu chính", "Trực tiếp và dịch vụ bưu chính"],
    resolved_early: ["Trước hạn", "Trả trước hạn"],
    resolved_on_time: ["Đúng hạn", "Trả đúng hạn"],
    resolved_late: ["Quá hạn", "Trả quá hạn"],
    pending_within_term: ["Trong hạn"],
    pending_overdue: ["Đang giải quyết quá hạn"],
    known_inconsistency: ["Ghi chú sai lệch"],
    sample: ["Minh họa"],
  },
});

export const onlineServices = dataset({
  name: "exports/online-services",
  title: "Dịch vụ công trực tuyến / online public services",
  description: "Mức độ cung cấp dịch vụ công trực tuyến theo Nghị định 42/2022/NĐ-CP và thanh toán trực tuyến. / Online service levels (Decree 42/2022) and online payment.",
  fields: {
    unit_code: unitCode,
    period: periodField,
    procedures_total: field(count, req("Tổng số TTHC đơn vị giải quyết / procedures handled")),
    procedures_full_online: field(count, req("TTHC cung cấp DVC trực tuyến toàn trình / procedures fully online")),
    procedures_partial_online: field(count, req("TTHC cung cấp DVC trực tuyến một phần / procedures partly online")),
    fee_dossiers: field(count, opt("Hồ sơ có phí, lệ phí / fee-bearing dossiers")),
    fee_dossiers_paid_online: field(count, opt("Hồ sơ có phí thanh toán trực tuyến / fee dossiers paid online")),
    sample: sampleField,
  },
  aliases: {
    unit_code: ["Mã đơn vị", "Mã ĐVHC"],
    period: ["Kỳ báo cáo", "Kỳ"],
    procedures_total: ["Tổng số TTHC"],
    procedures_full_online: ["Toàn trình", "DVC toàn trình"],
    procedures_partial_online: ["Một phần", "DVC một phần"],
    fee_dossiers: ["Hồ sơ có phí"],
    fee_dossiers_paid_online: ["Thanh toán trực tuyến"],
    sample: ["Minh họa"],
  },
});

export const digitization = dataset({
  name: "exports/digitization",
  title: "Số hóa hồ sơ, kết quả và liên thông điện tử / digitization",
  description: "Số hóa hồ sơ và kết quả giải quyết TTHC, tái sử dụng dữ liệu, luân chuyển nội bộ điện tử (Quyết định 468/QĐ-TTg). / Digitization, data reuse and electronic routing.",
  fields: {
    unit_code: unitCode,
    period: periodField,
    dossiers_received: field(count, req("Hồ sơ tiếp nhận / dossiers received")),
    dossiers_digitized: field(count, req("Hồ sơ được số hóa / dossiers digitized")),
    results_issued: field(count, req("Kết quả giải quyết đã cấp / results issued")),
    results_digitized: field(count, req("Kết quả được số hóa / results digitized")),
    dossiers_reusing_data: field(count, opt("Hồ sơ tái sử dụng dữ liệu đã số hóa / dossiers reusing data")),
    dossiers_e_routed: field(count, opt("Hồ sơ luân chuyển nội bộ bằng phương tiện điện tử / dossiers routed electronically")),
    sample: sampleField,
  },
  aliases: {
    unit_code: ["Mã đơn vị", "Mã ĐVHC"],
    period: ["Kỳ báo cáo", "Kỳ"],
    dossiers_received: ["Hồ sơ tiếp nhận"],
    dossiers_digitized: ["Hồ sơ số hóa"],
    results_issued: ["Kết quả đã cấp"],
    results_digitized: ["Kết quả số hóa"],
    dossiers_reusing_data: ["Tái sử dụng dữ liệu"],
    dossiers_e_routed: ["Luân chuyển điện tử"],
    sample: ["Minh họa"],
  },
});

export const satisfaction = dataset({
  name: "exports/satisfaction",
  title: "Mức độ hài lòng / satisfaction",
  description: "Đánh giá của người dân, doanh nghiệp sau khi giải quyết TTHC. / Ratings given after a procedure.",
  fields: {
    unit_code: unitCode,
    period: periodField,
    responses: field(count, req("Số lượt đánh giá / responses")),
    very_satisfied: field(count, req("Rất hài lòng / very satisfied")),
    satisfied: field(count, req("Hài lòng / satisfied")),
    neutral: field(count, req("Bình thường / neutral")),
    dissatisfied: field(count, req("Không hài lòng / dissatisfied")),
    avg_wait_minutes: field(nonNegativeDecimal, opt("Thời gian chờ trung bình mỗi lượt, phút / average wait per visit, minutes")),
    avg_service_minutes: field(nonNegativeDecimal, opt("Thời gian tiếp nhận trung bình mỗi hồ sơ, phút / average desk time per dossier, minutes")),
    sample: sampleField,
  },
  aliases: {
    unit_code: ["Mã đơn vị", "Mã ĐVHC"],
    period: ["Kỳ báo cáo", "Kỳ"],
    responses: ["Số lượt đánh giá"],
    very_satisfied: ["Rất hài lòng"],
    satisfied: ["Hài lòng"],
    neutral: ["Bình thường"],
    dissatisfied: ["Không hài lòng"],
    avg_wait_minutes: ["Thời gian chờ"],
    avg_service_minutes: ["Thời gian giải quyết tại quầy"],
    sample: ["Minh họa"],
  },
});

/** Target comparisons as the documents word them: "từ … trở lên" ≥, "trên" >, "tối đa" ≤, "dưới" <. */
export const COMPARISONS = [">=", ">", "<=", "<"] as const;
export type Comparison = (typeof COMPARISONS)[number];
export const TARGET_BASES = ["stated", "derived", "rule"] as const;
export type TargetBasis = (typeof TARGET_BASES)[number];

export const targets = dataset({
  name: "targets",
  title: "Chỉ tiêu / targets",
  description: "Mỗi chỉ tiêu định lượng trong các kế hoạch, gắn với chỉ số trang web tính được nếu có. / Quantified targets of the plans.",
  fields: {
    id: field(id, req("Mã chỉ tiêu / target id")),
    metric: field(oneOf(METRICS), opt("Chỉ số đo được trên trang (trống nếu không đo được) / metric the site computes")),
    op: field(oneOf(COMPARISONS), req("So sánh: >= (từ … trở lên, tối thiểu), > (trên: đúng bằng giá trị là chưa đạt), <= (tối đa), < (dưới) / comparison; > and < are strict")),
    value: field(decimal, opt("Giá trị; chỉ để trống ở dòng quy tắc (basis = rule) / value; blank only on rule rows")),
    unit: field(text, req("Đơn vị tính (%, phút, …) / unit of measure")),
    due: field(month, req("Hạn đạt (YYYY-MM) / due month")),
    applies_to: field(oneOf(["province", "district", "commune", "all"] as const), req("Cấp phải đạt / level it applies to")),
    plan_id: field(id, req("Kế hoạch / plan")),
    plan_item: field(text, opt("Mục trong văn bản / item in the document")),
    text: field(text, req("Nội dung chỉ tiêu như văn bản / target as worded")),
    uncertain: field(bool, opt("Có chữ chưa khôi phục chắc chắn từ bản quét / OCR restoration uncertain")),
    note: field(text, opt("Ghi chú / note")),
    basis: field(oneOf(TARGET_BASES), opt("Nguồn của giá trị: stated (văn bản ghi số này), derived (suy ra không mơ hồ từ quy tắc của văn bản), rule (văn bản chỉ nêu quy tắc, không thành số được); trống là stated / where the value comes from; blank = stated")),
    rule: field(text, opt("Quy tắc của văn bản bằng lời; bắt buộc với derived và rule / the document's rule in words; required for derived and rule rows")),
    ambiguity: field(text, opt("Vì sao quy tắc không chuyển được thành số; bắt buộc với rule / why the rule cannot be turned into numbers; required for rule rows")),
  },
  aliases: {},
});

export const plans = dataset({
  name: "plans",
  title: "Kế hoạch, quyết định / plans",
  description: "Văn bản nguồn của nhiệm vụ và chỉ tiêu. / Source documents of tasks and targets.",
  fields: {
    id: field(id, req("Mã kế hoạch / plan id")),
    number: field(text, opt("Số, ký hiệu (258/QĐ-UBND) / document number")),
    date: field(looseDate, opt("Ngày ban hành / date issued")),
    issuer: field(text, req("Cơ quan ban hành / issuer")),
    title: field(text, req("Trích yếu / title")),
    scope_unit_code: field(code, req("Địa bàn áp dụng (mã đơn vị, có hiệu lực vào ngày ban hành) / unit covered")),
    source: field(text, req("Trích dẫn văn bản / citation")),
    uncertain: field(bool, opt("Có chữ chưa khôi phục chắc chắn / restoration uncertain")),
    note: field(text, opt("Ghi chú / note")),
  },
  aliases: {},
});

export const tasks = dataset({
  name: "tasks",
  title: "Nhiệm vụ / tasks",
  description: "Nhiệm vụ trong kế hoạch, với cơ quan chủ trì, phối hợp và thời hạn. / Tasks with lead and coordinating agencies and deadlines.",
  fields: {
    id: field(id, req("Mã nhiệm vụ / task id")),
    plan_id: field(id, req("Kế hoạch / plan")),
    item: field(text, req("Số thứ tự trong văn bản / item number")),
    section: field(text, opt("Nhóm, mục / section")),
    content: field(text, req("Nội dung / content")),
    lead_agencies: field(list, opt("Cơ quan chủ trì (mã) / lead agencies")),
    coordinating_agencies: field(list, opt("Cơ quan phối hợp (mã) / coordinating agencies")),
    output: field(text, opt("Sản phẩm / output")),
    due: field(looseDate, opt("Thời hạn hoàn thành / deadline")),
    due_text: field(text, opt("Thời hạn như văn bản ghi / deadline as worded")),
    report_due: field(looseDate, opt("Thời hạn báo cáo / reporting deadline")),
    report_due_text: field(text, opt("Thời hạn báo cáo như văn bản ghi / as worded")),
    target_ids: field(list, opt("Chỉ tiêu liên quan / targets")),
    uncertain: field(bool, opt("Có chữ chưa khôi phục chắc chắn / restoration uncertain")),
    note: field(text, opt("Ghi chú / note")),
  },
  aliases: {},
});

export const AGENCY_KINDS = [
  "Sở", "Phòng", "UBND", "Văn phòng", "Trung tâm", "Bưu điện", "Công an", "BHXH", "Đài", "Báo", "Ban", "Hội đồng", "Khác",
] as const;

export const agencies = dataset({
  name: "agencies",
  title: "Cơ quan / agencies",
  description: "Cơ quan được giao nhiệm vụ. / Bodies that tasks are assigned to.",
  fields: {
    id: field(id, req("Mã cơ quan / agency id")),
    name: field(text, req("Tên đầy đủ / full name")),
    kind: field(oneOf(AGENCY_KINDS), req("Loại cơ quan / kind")),
    level: field(oneOf(LEVELS), req("Cấp chính quyền / level of government")),
    unit_code: field(code, req("Đơn vị hành chính của cơ quan / its unit")),
    valid_to: field(date, opt("Ngừng hoạt động sau ngày / ceased after")),
    note: field(text, opt("Ghi chú / note")),
  },
  aliases: {},
});

export const published = dataset({
  name: "published",
  title: "Số liệu đã công bố / published figures",
  description:
    "Mỗi dòng là một số liệu đúng như một trang báo hoặc trang của cơ quan nhà nước đã công bố, kèm địa chỉ trang và câu trích nguyên văn. Không ước tính, không tính gộp; số liệu mâu thuẫn giữa các nguồn là các dòng riêng trỏ tới nhau, không lấy trung bình. Giá trị gộp của nguồn (1.618 / 143) tách thành nhiều dòng cùng `source_row`. / One row per figure exactly as a public page states it, with its URL and a verbatim quote; conflicting sources are separate rows linked to each other, never averaged; combined values are split into rows sharing `source_row`.",
  fields: {
    id: field(id, req("Mã / id")),
    source_row: field(count, opt("Số thứ tự của dòng trong bảng tham chiếu các số liệu đã công bố (published-sources.md) / row of the reference list it was transcribed from")),
    unit_code: unitCode,
    unit_valid_to: field(date, opt("Ngày đơn vị chấm dứt, trống nếu đơn vị còn hiệu lực: cùng mã xác định đơn vị (52 đến 2025-06-30 là Bình Định, 52 để trống là tỉnh Gia Lai mới) / the unit's last day, blank for a current unit: with the code it identifies the unit across the 2025 reform")),
    scope: field(oneOf(PUBLISHED_SCOPES), opt("Phạm vi khi không phải toàn đơn vị: own_level (riêng cấp của đơn vị, như UBND thành phố), communes (các xã, phường của đơn vị cộng lại) / part of the unit covered")),
    period: field(period, opt("Kỳ khi nguồn ghi trọn tháng, quý, năm / period, when the source gives a whole month, quarter or year")),
    window_from: field(dateOrPeriod, opt("Đầu khoảng thời gian khi nguồn ghi khoảng ngày (21/9–20/10/2025 → 2025-09-21); trống với số liệu \"tính đến\" / start of a date window; blank for \"as of\" figures")),
    window_to: field(dateOrPeriod, opt("Cuối khoảng thời gian, hoặc ngày \"tính đến\" (đến 26/6/2023 → 2023-06-26) / end of the window, or the \"as of\" day")),
    period_label: field(text, opt("Kỳ như nguồn ghi; bắt buộc khi nguồn không ghi kỳ (không có period, window_*) / period as worded; required when the source states none")),
    indicator: field(oneOf(PUBLISHED_INDICATORS), req("Chỉ số, theo danh mục ở mục \"Danh mục chỉ số đã công bố\" / indicator from the documented vocabulary")),
    label: field(text, opt("Tên cụ thể của số liệu; bắt buộc khi indicator = other / the figure's own name; required for other")),
    value: field(decimal, opt("Giá trị số, dấu phẩy thập phân (95,53); trống khi nguồn chỉ cho xếp hạng hoặc nhận xét / the value; blank when the source gives only a rank or words")),
    value_text: field(text, opt("Giá trị bằng lời khi không phải một số (\"tốt\", \"10–15\") / a value in words")),
    value_bound: field(oneOf(VALUE_BOUNDS), opt("about (gần), more_than (hơn), at_least (trở lên) khi nguồn ghi như vậy / how the source bounds the value")),
    out_of: field(nonNegativeDecimal, opt("Điểm tối đa hoặc tổng mà giá trị là một phần (18,3/20 → 20) / the maximum or whole the value is part of")),
    unit: field(text, opt("Đơn vị tính (%, điểm, hồ sơ) / unit of measure")),
    rank: field(rank, opt("Xếp hạng n/N (16/63) hoặc n khi nguồn không ghi N / rank")),
    rank_note: field(text, opt("Xếp hạng bằng lời (\"trong top 3\", \"cuối bảng\", \"đồng hạng\") / rank in words")),
    target: field(bool, opt("`true` khi là chỉ tiêu nguồn nêu, không phải kết quả / the figure is a stated target, not an outcome")),
    source_name: field(text, req("Tên nguồn / source")),
    source_url: field(httpUrl, req("Địa chỉ nguồn: URL đầy đủ http(s) của đúng trang có số liệu / source URL: the absolute http(s) address of the page holding the figure")),
    published: field(dateOrPeriod, opt("Ngày trang đăng; trống khi trang không ghi ngày / date the page was published; blank when not shown")),
    event_date: field(dateOrPeriod, opt("Ngày sự kiện nêu trong bài (hội nghị, quyết định) / date of the event the text names")),
    quote: field(text, req("Câu trích nguyên văn chứa số liệu / verbatim quote holding the figure")),
    quote_lang: field(oneOf(QUOTE_LANGUAGES), req("Ngôn ngữ của câu trích: vi, hoặc en/de/id khi chỉ đọc được bản dịch / language of the quote")),
    value_from_translation: field(bool, opt("`true` khi giá trị chỉ đọc được từ bản dịch, không thấy bản tiếng Việt / the value was read only from a translation")),
    conflicts_with: field(list, opt("Mã các dòng của nguồn khác cho cùng số liệu mà giá trị khác (phân cách bằng ;) / ids of rows from other sources for the same figure")),
    inconsistent: field(bool, opt("`true` khi chính nguồn tự mâu thuẫn (tiêu đề khác thân bài, các phần không cộng đúng) / the source contradicts itself")),
    inconsistency_note: field(text, opt("Mâu thuẫn là gì; bắt buộc khi inconsistent / what the inconsistency is")),
    note: field(text, opt("Ghi chú / note")),
  },
  aliases: {},
});

export const DATASETS = [units, unitChanges, processing, onlineServices, digitization, satisfaction, plans, tasks, targets, agencies, published] as const;
export type AnyDataset = (typeof DATASETS)[number];

export type UnitRecord = RecordOf<typeof units>;
export type UnitChangeRecord = RecordOf<typeof unitChanges>;
export type ProcessingRecord = RecordOf<typeof processing>;
export type OnlineServicesRecord = RecordOf<typeof onlineServices>;
export type DigitizationRecord = RecordOf<typeof digitization>;
export type SatisfactionRecord = RecordOf<typeof satisfaction>;
export type PlanRecord = RecordOf<typeof plans>;
export type TaskRecord = RecordOf<typeof tasks>;
export type TargetRecord = RecordOf<typeof targets>;
export type AgencyRecord = RecordOf<typeof agencies>;
export type PublishedRecord = RecordOf<typeof published>;
