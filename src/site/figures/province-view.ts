/**
 * Everything a province page draws for one view: the province's own on-time figure and its map
 * (figures, swapped whole), the ranking and the small multiples (markup). One function for the
 * build's default view and for any view a reader sets in the browser.
 */
import { DEFAULT_VIEW, type ChartView } from "../../lib/chart-view";
import { METRIC_DEFS } from "../../metrics/definitions";
import { t } from "../../i18n";
import type { DrawOptions, FigureData } from "./figure";
import { mapFigure } from "./map";
import { onTimeFigure } from "./on-time";
import type { ProvinceSubject } from "./province";
import { rankingMarkup } from "./ranking";
import { trendsMarkup } from "./trends";

export interface ProvinceView {
  figures: FigureData[];
  /** Markup of the page's other view-driven parts, by the id of the element that holds them. */
  blocks: Record<"xep-hang-khoi" | "xu-huong-khoi", string>;
}

export function provinceView(subject: ProvinceSubject, view: ChartView = DEFAULT_VIEW, options: DrawOptions = {}): ProvinceView {
  const source = t(subject.sample ? "province.chart.sourceSample" : "province.chart.source");
  const total = onTimeFigure({
    id: "dung-han-tinh",
    title: `${t("chart.ontime.title")}: ${t("province.chart.wholeProvince")}`,
    subject: { key: subject.key, slug: subject.slug, fullName: subject.fullName, level: "province", series: subject.total.series, validity: subject.total.validity },
    subtitleNote: t("province.chart.subtitle", { metric: METRIC_DEFS[view.definition].label, formula: METRIC_DEFS[view.definition].formula }),
    source,
    sample: subject.sample,
  }, view, options);
  const map = mapFigure(subject, view, source, options);
  return {
    figures: map === undefined ? [total] : [total, map],
    blocks: { "xep-hang-khoi": rankingMarkup(subject, view), "xu-huong-khoi": trendsMarkup(subject, view, options) },
  };
}
