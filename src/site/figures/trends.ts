/**
 * Small multiples of a province: each unit's on-time rate over the view's months at its
 * granularity, on one 0–100% scale so the tiles compare at a glance.
 */
import { sparkline } from "../../charts/sparkline";
import type { ChartView } from "../../lib/chart-view";
import { escapeHtml } from "../../lib/html";
import { METRIC_DEFS } from "../../metrics/definitions";
import { t } from "../../i18n";
import { inView, pageSvg, type DrawOptions } from "./figure";
import { provincePeriod, type ProvinceSubject } from "./province";

export function trendsMarkup(subject: ProvinceSubject, view: ChartView, options: DrawOptions = {}): string {
  const granularity = provincePeriod(subject, view)?.granularity ?? "month";
  const items = subject.units.map((unit) => {
    const points = inView(unit.series[granularity], view, subject.total.series[granularity]).map((p) => {
      const value = METRIC_DEFS.on_time_rate.compute(p.facts);
      return value === undefined ? { period: p.period } : { period: p.period, value };
    });
    const svg = sparkline(points, {
      id: `spark-${unit.slug}`,
      title: t("province.trends.sparkTitle", { unit: unit.fullName, by: t(`view.by.${granularity}`) }),
      domain: [0, 100],
      document: options.document,
    }).svg;
    const name = unit.page === null ? escapeHtml(unit.fullName) : `<a href="${escapeHtml(unit.page)}">${escapeHtml(unit.fullName)}</a>`;
    return `<li>${name}${pageSvg(svg)}</li>`;
  });
  return [
    `<h2 id="xu-huong">${escapeHtml(t("province.trends.heading"))}</h2>`,
    `<p class="muted">${escapeHtml(t("province.trends.note", { by: t(`view.by.${granularity}`) }))}</p>`,
    `<ul class="small-multiples">${items.join("")}</ul>`,
  ].join("");
}
