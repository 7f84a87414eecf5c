/** Charts of a province overview: its total on-time series, a map of its units, and small multiples. */
import { sparkline } from "../charts/sparkline";
import { tileMap } from "../charts/tileMap";
import { formatPercent, formatPeriod } from "../lib/format";
import { METRIC_DEFS } from "../metrics/definitions";
import { t } from "../i18n";
import { valueAt } from "./indicators";
import type { SiteModel, UnitView } from "./model";
import { rankedUnits, tileGrid } from "./province-page";
import { onTimeTable } from "./tables";
import { renderOnTime, responsive } from "./unit-charts";
import { onTimeRows } from "./unit-page";

export function provinceCharts(site: SiteModel, province: UnitView, month: string) {
  const units = rankedUnits(province);
  const sample = province.monthly.some((p) => p.facts.sample);
  const source = sample ? "dữ liệu minh họa, cộng từ các đơn vị" : "cộng từ báo cáo của các đơn vị";
  const total = renderOnTime(site, province, "month", "on_time_rate");
  const columns = Math.ceil(Math.sqrt(units.length * 1.6));
  const grid = tileGrid(units, columns);
  const cells = grid.cells.map(({ unit, row, col }) => {
    const value = valueAt(unit.monthly, "on_time_rate", month);
    return {
      code: unit.record.code, name: unit.record.name, row, col, label: value === undefined ? t("missing") : formatPercent(value, 0),
      ...(value === undefined ? {} : { value }),
    };
  });
  const layout = !grid.geographic
    ? "xếp theo thứ tự tên (không theo vị trí địa lý)"
    : province.ended
      ? "đặt gần vị trí thật; vị trí huyện lấy trung bình tâm các xã mới kế thừa địa bàn huyện, là vị trí gần đúng"
      : "đặt gần vị trí thật theo tâm ranh giới xã";
  const mapSummary = `Tỷ lệ giải quyết đúng hạn của ${units.length} đơn vị, ${formatPeriod(month)}; mỗi ô là một đơn vị, ${layout}; giá trị ghi trong ô.`;
  return {
    figures: [
      {
        id: "dung-han-tinh",
        title: `${t("chart.ontime.title")}: toàn tỉnh`,
        subtitle: `Cộng các đơn vị có số liệu. ${METRIC_DEFS.on_time_rate.label} = ${METRIC_DEFS.on_time_rate.formula}. Tháng thiếu số liệu của bất kỳ đơn vị nào để trống.`,
        summary: total.summary,
        svg: responsive((width) => renderOnTime(site, province, "month", "on_time_rate", width).svg),
        source,
        sample,
        table: onTimeTable(onTimeRows(province.monthly, undefined, "on_time_rate"), onTimeRows(province.monthly, undefined, "on_time_766"), province.fullName),
      },
    ],
    map: {
      id: "ban-do-o",
      title: `Bản đồ ô: tỷ lệ giải quyết đúng hạn, ${formatPeriod(month)}`,
      subtitle: `Bản đồ dạng ô: mỗi ô một đơn vị, ${layout}; màu đậm hơn là tỷ lệ cao hơn; giá trị ghi trong ô.`,
      summary: mapSummary,
      svg: responsive((width, suffix) => tileMap(cells, { id: `tiles-${province.slug}${suffix}`, title: `Tỷ lệ đúng hạn theo đơn vị, ${formatPeriod(month)}`, description: mapSummary, width }).svg),
      source,
      sample,
      table: {
        caption: `Tỷ lệ giải quyết đúng hạn, ${formatPeriod(month)}`,
        columns: [{ label: "Đơn vị" }, { label: "Tỷ lệ đúng hạn", numeric: true }],
        rows: cells.map((c) => [c.name, c.value === undefined ? undefined : formatPercent(c.value)]),
      },
    },
    multiples: units.map((unit) => ({
      unit,
      svg: sparkline(
        unit.monthly.map((p) => {
          const value = METRIC_DEFS.on_time_rate.compute(p.facts);
          return value === undefined ? { period: p.period } : { period: p.period, value };
        }),
        { id: `spark-${unit.slug}`, title: `${unit.fullName}: tỷ lệ đúng hạn theo tháng`, domain: [0, 100] },
      ).svg,
    })),
  };
}
