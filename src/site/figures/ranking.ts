/**
 * The ranking of a province's units in one period of a view: competition ranks by the on-time rate,
 * every headline metric beside it, and the ⚠ of periods whose source figures do not add up. Its
 * markup is written once here, for the build and for the browser when a reader changes the view.
 */
import type { ChartView } from "../../lib/chart-view";
import { formatPeriod, formatPercent } from "../../lib/format";
import { escapeHtml } from "../../lib/html";
import type { MetricId } from "../../lib/identity";
import { METRIC_DEFS } from "../../metrics/definitions";
import { t } from "../../i18n";
import { competitionRank, flagsAt, HEADLINE_METRICS, valueAt } from "../indicators";
import type { MissingReason } from "../../metrics/missing";
import { provincePeriod, type ProvinceMember, type ProvincePeriod, type ProvinceSubject } from "./province";
import { REASON_TEXT, reasonLegend } from "./table";

export interface RankingRow {
  unit: ProvinceMember;
  values: Partial<Record<MetricId, number>>;
  /** Why a metric without a value has none. */
  missing: Partial<Record<MetricId, MissingReason>>;
  /** Competition rank by the on-time rate; undefined without a value. */
  rank?: number;
  /** Known source inconsistencies of the unit in the ranked period. */
  flags: string[];
}

export function rankingRows(subject: ProvinceSubject, { granularity, period }: ProvincePeriod): RankingRow[] {
  const rows = subject.units
    .map((unit) => {
      const series = unit.series[granularity];
      const values: Partial<Record<MetricId, number>> = {};
      const missing: Partial<Record<MetricId, MissingReason>> = {};
      for (const m of HEADLINE_METRICS) {
        const v = valueAt(series, m, period);
        if (v !== undefined) values[m] = v;
        else missing[m] = unit.reasons(m, period) ?? "not-reported";
      }
      return { unit, flags: flagsAt(series, period), values, missing };
    })
    .sort((a, b) => (b.values.on_time_rate ?? -1) - (a.values.on_time_rate ?? -1) || a.unit.fullName.localeCompare(b.unit.fullName, "vi"));
  const rates = rows.flatMap((r) => (r.values.on_time_rate === undefined ? [] : [r.values.on_time_rate]));
  return rows.map((r) =>
    r.values.on_time_rate === undefined ? r : { ...r, rank: competitionRank(r.values.on_time_rate, rates, METRIC_DEFS.on_time_rate.better) },
  );
}

/** The ranking section's heading, hint and sortable table, as HTML. */
export function rankingMarkup(subject: ProvinceSubject, view: ChartView): string {
  const at = provincePeriod(subject, view);
  const period = at === undefined ? "" : formatPeriod(at.period);
  const rows = at === undefined ? [] : rankingRows(subject, at);
  const caption = t("province.ranking.caption", { province: subject.fullName, period });
  const head = [
    `<th scope="col" class="num">${escapeHtml(t("col.rank"))}</th>`,
    `<th scope="col" aria-sort="none"><button type="button" data-sort="text">${escapeHtml(t("col.unit"))}</button></th>`,
    ...HEADLINE_METRICS.map(
      (m) => `<th scope="col" class="num" aria-sort="${m === "on_time_rate" ? "descending" : "none"}"><button type="button" data-sort="number">${escapeHtml(METRIC_DEFS[m].label)}</button></th>`,
    ),
  ].join("");
  const reasons = new Set<MissingReason>();
  const body = rows
    .map((r) => {
      const name = r.unit.page === null ? escapeHtml(r.unit.fullName) : `<a href="${escapeHtml(r.unit.page)}">${escapeHtml(r.unit.fullName)}</a>`;
      const flag = r.flags.length === 0 ? "" : `<span class="flag"> ⚠ ${escapeHtml(t("card.flagged", { note: r.flags.join("; ") }))}</span>`;
      const cells = HEADLINE_METRICS.map((m) => {
        const v = r.values[m];
        if (v !== undefined) return `<td class="num" data-value="${v.toFixed(3)}">${escapeHtml(formatPercent(v))}</td>`;
        const reason = r.missing[m] ?? "not-reported";
        reasons.add(reason);
        return `<td class="missing" data-value="">${escapeHtml(t(REASON_TEXT[reason].cell))}</td>`;
      }).join("");
      return `<tr><td class="num">${r.rank ?? "–"}</td><th scope="row">${name}${flag}</th>${cells}</tr>`;
    })
    .join("");
  return [
    `<h2 id="xep-hang">${escapeHtml(t("province.ranking.heading", { period }))}</h2>`,
    `<p class="muted">${escapeHtml(t("province.ranking.hint"))}</p>`,
    `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(t("province.ranking.label"))}"><table data-sortable><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${reasonLegend(reasons)}</div>`,
  ].join("");
}
