/**
 * The sample exports as file contents: data/units.csv in, the four CSV files and their README out.
 * `npm run generate:sample` writes exactly these strings; the tests compare them with the committed files.
 * CSV: papaparse, LF line endings, UTF-8 without BOM, header always present, minutes with one decimal.
 */
import Papa from "papaparse";
import {
  CALIBRATION,
  COMMUNE_MONTHS,
  DEFAULT_SAMPLE_OPTIONS,
  DIGITIZATION_COLUMNS,
  DISTRICT_MONTHS,
  FORMER_PROVINCES,
  generateSampleExports,
  ONLINE_SERVICES_COLUMNS,
  PROCESSING_COLUMNS,
  SAMPLE_MOUNTAIN_DISTRICTS,
  SATISFACTION_COLUMNS,
  type SampleExports,
  type SampleOptions,
  type SampleUnit,
} from "./generate";

export const SAMPLE_FILES = {
  processing: "processing.csv",
  onlineServices: "online-services.csv",
  digitization: "digitization.csv",
  satisfaction: "satisfaction.csv",
} as const satisfies Record<keyof SampleExports, string>;

const COLUMNS = {
  processing: PROCESSING_COLUMNS,
  onlineServices: ONLINE_SERVICES_COLUMNS,
  digitization: DIGITIZATION_COLUMNS,
  satisfaction: SATISFACTION_COLUMNS,
} as const;

const ONE_DECIMAL = new Set(["avg_wait_minutes", "avg_service_minutes"]);

/** Reads units.csv text (as written by scripts/import-reference.ts) into the generator's input. */
export function parseUnitsCsv(text: string): SampleUnit[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true, dynamicTyping: false });
  if (parsed.errors.length > 0) throw new Error(`units.csv: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  return parsed.data.map((r) => ({
    code: r["code"] ?? "",
    name: r["name"] ?? "",
    type: r["type"] ?? "",
    level: r["level"] ?? "",
    parent_code: r["parent_code"] ?? "",
    valid_from: r["valid_from"] ?? "",
    valid_to: r["valid_to"] ?? "",
  }));
}

export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  const data = rows.map((row) =>
    columns.map((col) => {
      const v = (row as Record<string, unknown>)[col];
      if (typeof v === "number") return ONE_DECIMAL.has(col) ? v.toFixed(1) : String(v);
      if (typeof v === "boolean") return v ? "true" : "false";
      return typeof v === "string" ? v : "";
    }),
  );
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\n", quotes: false })}\n`;
}

/** File name (under data/exports/) → contents. */
export function sampleExportFiles(units: readonly SampleUnit[], options: SampleOptions = DEFAULT_SAMPLE_OPTIONS): Record<string, string> {
  const exports = generateSampleExports(units, options);
  const files: Record<string, string> = {};
  for (const key of Object.keys(SAMPLE_FILES) as (keyof SampleExports)[]) files[SAMPLE_FILES[key]] = toCsv(COLUMNS[key], exports[key]);
  files["README.md"] = sampleReadme(units, exports, options);
  return files;
}

/** 1.234: the Vietnamese thousands separator, independent of the machine's locale. */
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

function sampleReadme(units: readonly SampleUnit[], exports: SampleExports, options: SampleOptions): string {
  // Codes are reused across the reform: districts and former provinces are the units that ended on 2025-06-30,
  // communes of the sample are the new ones (from 2025-07-01).
  const name = (code: string, level: string) =>
    units.find((u) => u.code === code && u.level === level && (level === "commune" ? u.valid_from !== "" : u.valid_from === ""))?.name ?? code;
  const levelOf = (code: string) => (code.length === 3 ? "district" : "commune");
  const label = (code: string) => `${code} ${name(code, levelOf(code))}`;

  const flagged = exports.processing.filter((r) => r.known_inconsistency !== "");
  const flagLines = flagged.map((r) => `- ${label(r.unit_code)}, ${r.period}: ${r.known_inconsistency}`);

  // Unit-months missing from one dataset: present in another dataset but not in this one.
  const all = new Set<string>();
  for (const key of Object.keys(SAMPLE_FILES) as (keyof SampleExports)[]) for (const r of exports[key]) all.add(`${r.unit_code}|${r.period}`);
  const gapLines: string[] = [];
  for (const key of Object.keys(SAMPLE_FILES) as (keyof SampleExports)[]) {
    const have = new Set(exports[key].map((r) => `${r.unit_code}|${r.period}`));
    for (const k of [...all].filter((x) => !have.has(x)).sort()) {
      const [code = "", period = ""] = k.split("|");
      gapLines.push(`- \`${SAMPLE_FILES[key]}\`: ${label(code)}, ${period}`);
    }
  }
  const mountains = FORMER_PROVINCES.map((p) => `${name(p, "province")} (${p}): ${(SAMPLE_MOUNTAIN_DISTRICTS[p] ?? []).join(", ")}`)
    .map((line) => `  - ${line}`)
    .join("\n");
  const jan = CALIBRATION.jan2025;
  const oct = CALIBRATION.oct2025;

  return `# Dữ liệu minh họa — không phải số liệu chính thức

*Illustrative sample data — not official figures.*

Bốn tệp trong thư mục này là **dữ liệu minh họa**, do chương trình sinh ra để trang có số liệu theo huyện và theo xã
khi chưa có nguồn công bố nào ở cấp đó. Mọi dòng đều có \`sample = true\`. Không dùng các con số này như số liệu thật.

*The four files here are **illustrative sample data**, generated so that the site has district and commune series
where no such series is published. Every row has \`sample = true\`. Do not quote these numbers as real figures.*

| tệp / file | nội dung / content | dòng / rows |
|---|---|---|
| \`processing.csv\` | kết quả giải quyết TTHC (mẫu 06, Thông tư 01/2020/TT-VPCP) / processing results, form 06 | ${exports.processing.length} |
| \`online-services.csv\` | dịch vụ công trực tuyến, thanh toán trực tuyến / online services and payment | ${exports.onlineServices.length} |
| \`digitization.csv\` | số hóa hồ sơ, kết quả, tái sử dụng dữ liệu / digitization | ${exports.digitization.length} |
| \`satisfaction.csv\` | mức độ hài lòng, thời gian chờ / satisfaction and waiting time | ${exports.satisfaction.length} |

## Cách tạo / How it is made

\`\`\`sh
npm run generate:sample
\`\`\`

Chương trình (\`scripts/generate-sample.ts\`, logic trong \`src/sample/generate.ts\`) đọc \`data/units.csv\` và dùng bộ
sinh số ngẫu nhiên có hạt giống cố định (d3 \`randomLcg\`, hạt giống ${options.seed}), nên chạy lại cho kết quả giống hệt
từng byte. *Seeded randomness only: running it again gives byte-identical files.*

- Mỗi huyện của các tỉnh cũ Gia Lai (64), Bình Định (52), Khánh Hòa (56), Ninh Thuận (58): một dòng mỗi tháng
  từ ${DISTRICT_MONTHS.first} đến ${DISTRICT_MONTHS.last}. Mỗi xã, phường, đặc khu của tỉnh Gia Lai mới (52) và Khánh Hòa
  mới (56): một dòng mỗi tháng từ ${COMMUNE_MONTHS.first} đến ${COMMUNE_MONTHS.last}.
  *One row per former district per month until ${DISTRICT_MONTHS.last}; one per new commune per month from ${COMMUNE_MONTHS.first}.*
- Mô hình: thành phố, thị xã, phường có nhiều hồ sơ và tỷ lệ trực tuyến cao hơn; huyện, xã nông thôn thấp hơn; các
  huyện miền núi dưới đây có tỷ lệ trực tuyến thấp hơn và nhiều hồ sơ quá hạn hơn; tỷ lệ trực tuyến và số hóa tăng
  dần (số hóa tăng mạnh từ 2022); COVID-19 (4/2020, 7–10/2021) làm giảm số hồ sơ và tăng quá hạn; Tết làm giảm số hồ
  sơ tháng 1, tháng 2; ba tháng đầu sau sắp xếp (7–9/2025) nhiều hồ sơ quá hạn hơn.
  *Model: cities, towns and wards larger and more online; the mountain districts below less online and more late;
  gradual improvement; COVID-19 and Tết dips; a rough start for the new communes.*
- Huyện miền núi — **giả định của dữ liệu minh họa, không phải danh sách chính thức**; xã mới kế thừa từ huyện của
  xã cũ có cùng mã. *Mountain districts — a sample assumption, not an official list; a new commune follows the
  former district of the old commune whose code it reuses:*
${mountains}
- Đẳng thức mẫu 06 (từ kỳ trước + trực tuyến + trực tiếp, bưu chính = đã giải quyết + đang giải quyết) đúng trên mọi
  dòng trừ một dòng được cố ý làm lệch và ghi \`known_inconsistency\`, để cho thấy trang xử lý sai lệch của báo cáo
  gốc ra sao. Số từ kỳ trước của một tháng bằng số đang giải quyết của tháng trước.
  *The form-06 identity holds on every row but one, flagged; carried over = previous month's pending.*

### Dòng lệch / The flagged row

${flagLines.join("\n")}

### Số liệu bị thiếu / Missing unit-months

Một số đơn vị-tháng bị bỏ hẳn khỏi một tệp để minh họa số liệu bị thiếu (không bao giờ ở các tháng hiệu chỉnh).
*A few unit-months are missing from one file each, to show missing data (never in the calibration months).*

${gapLines.join("\n")}

## Hiệu chỉnh theo số liệu đã công bố / Calibration to published figures

| kỳ / period | phạm vi / scope | số liệu / figures | nguồn / source |
|---|---|---|---|
| ${jan.period} | tổng 17 huyện của tỉnh Gia Lai cũ (64) / sum of old Gia Lai's 17 districts | trước hạn ${fmt(jan.resolved_early)}, đúng hạn ${fmt(jan.resolved_on_time)}, quá hạn ${fmt(jan.resolved_late)} (đã giải quyết ${fmt(jan.resolved_early + jan.resolved_on_time + jan.resolved_late)}) | Gia Lai TV, gialaitv.vn (kết quả giải quyết TTHC tháng 1/2025) |
| ${oct.period} | tổng 135 xã, phường của tỉnh Gia Lai mới (52) / sum of new Gia Lai's 135 communes | tiếp nhận trực tuyến ${fmt(oct.received_online)}; trực tuyến + trực tiếp, bưu chính ${fmt(oct.received_new)} | Báo Gia Lai, baogialai.com.vn, bài post570542 |

Các tổng này khớp đúng số đã công bố; cách chia cho từng huyện, xã là của mô hình (chia theo phần dư lớn nhất). Báo
cáo tháng 10/2025 tính từ 21/9 đến 20/10/2025 và là số của toàn tỉnh (mọi cấp); dữ liệu minh họa gán cho tháng
2025-10 và chia hết cho các xã, nên số hồ sơ mỗi xã sau 1/7/2025 lớn hơn nhiều so với mỗi huyện trước đó. Các tháng
khác theo mô hình, với quy mô để 17 huyện của Gia Lai cũ có khoảng 15.000 hồ sơ đã giải quyết mỗi tháng.

*These sums equal the published figures exactly; their split over districts and communes is the model's (largest
remainder). The October 2025 report covers 21/9–20/10/2025 and the whole province (all levels); the sample puts it on
2025-10 and spreads it over the communes, so post-reform commune volumes are much larger than the former district
volumes. Other months follow the model, scaled to about 15,000 resolved dossiers a month in old Gia Lai's districts.*
`;
}
