/**
 * The tile map of a province's units for one metric in one period of a view: one tile per unit,
 * near its real position where every unit has one, with the value printed in each tile and the
 * same numbers in the table below.
 */
import { tileMap } from "../../charts/tileMap";
import { DEFAULT_MAP_METRIC, type ChartView } from "../../lib/chart-view";
import { formatPercent, formatPeriod } from "../../lib/format";
import type { MetricId } from "../../lib/identity";
import { METRIC_DEFS } from "../../metrics/definitions";
import { t } from "../../i18n";
import { flagsAt, HEADLINE_METRICS, valueAt } from "../indicators";
import { markSample, responsive, type DrawOptions, type FigureData } from "./figure";
import { REASON_TEXT } from "./table";
import { provincePeriod, type ProvincePeriod, type ProvinceSubject } from "./province";

export const MAP_ID = "ban-do-o";

function layoutPhrase(subject: ProvinceSubject): string {
  return t(`province.map.layout.${subject.tiles}`);
}

/** The tiles of one metric in one period, and the map's summary. */
function mapCells(subject: ProvinceSubject, at: ProvincePeriod, metric: MetricId) {
  const cells = subject.units.flatMap((unit) => {
    if (unit.tile === null) return [];
    const series = unit.series[at.granularity];
    const value = valueAt(series, metric, at.period);
    // A tile whose source figures do not add up carries the same ⚠ as the charts and tables.
    const flag = flagsAt(series, at.period).length > 0 ? " ⚠" : "";
    const missing = value === undefined ? t(REASON_TEXT[unit.reasons(metric, at.period) ?? "not-reported"].cell) : "";
    return [{ code: unit.code, name: unit.shortName, ...unit.tile, label: value === undefined ? missing : `${formatPercent(value, 0)}${flag}`, ...(value === undefined ? {} : { value }) }];
  });
  const summary = t("province.map.summary", { metric: METRIC_DEFS[metric].label, count: cells.length, period: formatPeriod(at.period), layout: layoutPhrase(subject) });
  return { cells, summary };
}

/** The map figure of a view: coloured by the view's map metric, in the period its ranking uses. */
export function mapFigure(subject: ProvinceSubject, view: ChartView, source: string, options: DrawOptions = {}): FigureData | undefined {
  const at = provincePeriod(subject, view);
  if (at === undefined) return undefined;
  const metric = view.map ?? DEFAULT_MAP_METRIC;
  const label = METRIC_DEFS[metric].label;
  const period = formatPeriod(at.period);
  const { cells, summary } = mapCells(subject, at, metric);
  const render = (width: number | undefined, idSuffix: string) =>
    markSample(tileMap(cells, { id: `tiles-${subject.slug}${idSuffix}`, title: t("province.map.tileTitle", { metric: label, period }), description: summary, width, document: options.document }).svg, subject.sample);
  return {
    id: MAP_ID,
    title: t("province.map.title", { metric: label, period }),
    subtitle: t("province.map.subtitle", { layout: layoutPhrase(subject) }),
    summary,
    svg: responsive(render, options),
    source,
    sample: subject.sample,
    table: {
      caption: t("province.map.caption", { period }),
      columns: [{ label: t("col.unit") }, ...HEADLINE_METRICS.map((m) => ({ label: METRIC_DEFS[m].label, numeric: true }))],
      rows: subject.units.map((u) => [u.fullName, ...HEADLINE_METRICS.map((m) => {
        const v = valueAt(u.series[at.granularity], m, at.period);
        return v === undefined ? { missing: u.reasons(m, at.period) ?? "not-reported" } : formatPercent(v);
      })]),
    },
  };
}
