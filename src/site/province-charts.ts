/** Charts of a province overview: its total on-time series, a map of its units, and small multiples. */
import { sparkline } from "../charts/sparkline";
import { tileMap } from "../charts/tileMap";
import { formatPercent, formatPeriod } from "../lib/format";
import { METRIC_DEFS } from "../metrics/definitions";
import { t } from "../i18n";
import { flagsAt, HEADLINE_METRICS, valueAt } from "./indicators";
import type { MetricId } from "../lib/identity";
import { hasSample, type UnitView } from "./model";
import { rankedUnits, tileGrid } from "./province-page";
import { markSample, responsive, type ChartSubject } from "./figures/figure";
import { onTimeFigure } from "./figures/on-time";
import { DEFAULT_VIEW, type ChartView } from "../lib/chart-view";

export function provinceCharts(province: UnitView, month: string) {
  const units = rankedUnits(province);
  const sample = hasSample(province.series);
  const source = t(sample ? "province.chart.sourceSample" : "province.chart.source");
  const map = renderTileMap(province, month, "on_time_rate");
  return {
    figures: [provinceTotalFigure(province, source, sample)],
    map: {
      id: "ban-do-o",
      title: t("province.map.title", { period: formatPeriod(month) }),
      subtitle: t("province.map.subtitle", { layout: tileLayoutPhrase(province, units) }),
      summary: map.summary,
      svg: responsive((width: number | undefined) => renderTileMap(province, month, "on_time_rate", width).svg),
      source,
      sample,
      table: {
        caption: t("province.map.caption", { period: formatPeriod(month) }),
        columns: [{ label: t("col.unit") }, ...HEADLINE_METRICS.map((m) => ({ label: METRIC_DEFS[m].label, numeric: true }))],
        rows: units.map((u) => [u.fullName, ...HEADLINE_METRICS.map((m) => {
          const v = valueAt(u.monthly, m, month);
          return v === undefined ? undefined : formatPercent(v);
        })]),
      },
      controls: HEADLINE_METRICS.map((m) => ({ metric: m, slug: MAP_SLUG[m], label: METRIC_DEFS[m].label, href: `${province.url}ban-do/${MAP_SLUG[m]}.svg` })),
      template: `${province.url}ban-do/{g}.svg`,
    },
    multiples: units.map((unit) => ({
      unit,
      svg: sparkline(
        unit.monthly.map((p) => {
          const value = METRIC_DEFS.on_time_rate.compute(p.facts);
          return value === undefined ? { period: p.period } : { period: p.period, value };
        }),
        { id: `spark-${unit.slug}`, title: t("province.trends.sparkTitle", { unit: unit.fullName }), domain: [0, 100] },
      ).svg,
    })),
  };
}

/** The province's own on-time figure: the sum of its units with data, with no average beside it. */
export function provinceTotalFigure(province: ChartSubject, source: string, sample: boolean, view: ChartView = DEFAULT_VIEW, document?: Document) {
  return onTimeFigure({
    id: "dung-han-tinh",
    title: `${t("chart.ontime.title")}: ${t("province.chart.wholeProvince")}`,
    subject: province,
    subtitleNote: t("province.chart.subtitle", { metric: METRIC_DEFS[view.definition].label, formula: METRIC_DEFS[view.definition].formula }),
    source,
    sample,
  }, view, { document });
}

export const MAP_SLUG: Partial<Record<MetricId, string>> = {
  on_time_rate: "dung-han", online_dossier_share: "truc-tuyen", digitized_dossier_share: "so-hoa", satisfaction_share: "hai-long",
};

function tileLayoutPhrase(province: UnitView, units: readonly UnitView[]): string {
  if (!units.every((u) => u.position)) return t("province.map.layout.alphabetical");
  return t(province.ended ? "province.map.layout.districts" : "province.map.layout.communes");
}

/** The tile map of one metric for the province's units in one month. */
export function renderTileMap(province: UnitView, month: string, metric: MetricId, width?: number): { svg: string; summary: string } {
  const units = rankedUnits(province);
  const grid = tileGrid(units, Math.ceil(Math.sqrt(units.length * 1.6)));
  const cells = grid.cells.map(({ unit, row, col }) => {
    const value = valueAt(unit.monthly, metric, month);
    // A tile whose source figures do not add up carries the same ⚠ as the charts and tables.
    const flag = flagsAt(unit.monthly, month).length > 0 ? " ⚠" : "";
    return { code: unit.record.code, name: unit.record.name, row, col, label: value === undefined ? t("missing") : `${formatPercent(value, 0)}${flag}`, ...(value === undefined ? {} : { value }) };
  });
  const label = METRIC_DEFS[metric].label;
  const summary = t("province.map.summary", { metric: label, count: units.length, period: formatPeriod(month), layout: tileLayoutPhrase(province, units) });
  const rendered = tileMap(cells, {
    id: `tiles-${province.slug}-${MAP_SLUG[metric] ?? metric}${width === undefined ? "" : "-hep"}`,
    title: t("province.map.tileTitle", { metric: label, period: formatPeriod(month) }),
    description: summary,
    width,
  });
  return { svg: markSample(rendered.svg, province.monthly.some((p) => p.facts.sample)), summary };
}
