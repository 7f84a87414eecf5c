/**
 * The four chart families of a unit page, as figures ready for ChartFigure: SVG rendered at build
 * time, subtitle with period and definition, summary sentence, source line and table.
 */
import { onTimeChart } from "../charts/onTime";
import { appendFootnote } from "../charts/render";
import { onlineChart } from "../charts/online";
import { digitizationChart } from "../charts/digitization";
import { satisfactionChart } from "../charts/satisfaction";
import { t } from "../i18n";
import { formatPeriod } from "../lib/format";
import { METRIC_DEFS } from "../metrics/definitions";
import type { Granularity, SeriesPoint } from "../metrics/series";
import type { Facts } from "../metrics/facts";
import { hasSample, type UnitView } from "./model";
import { onlineSummary, onTimeSummary, satisfactionSummary } from "./summaries";
import { digitizationTable, onlineTable, onTimeTable, satisfactionTable, type TableData } from "./tables";
import {
  digitizationSeries, GRANULARITIES, hasOnTimeVariant, ON_TIME_DEFINITIONS, onlineRows, onTimeRows, satisfactionRows,
  type OnTimeDefinition, type UnitPageModel,
} from "./unit-page";
import { statusLabel } from "./status-label";

const WAIT_TARGET_MINUTES = 15;

export const GRANULARITY_SLUG: Record<Granularity, string> = { month: "thang", quarter: "quy", year: "nam" };
export const DEFINITION_SLUG: Record<OnTimeDefinition, string> = { on_time_rate: "bao-cao", on_time_766: "766", on_time_portal: "cong" };
const DEFINITION_LABEL = {
  on_time_rate: "chart.ontime.definition.rate", on_time_766: "chart.ontime.definition.766", on_time_portal: "chart.ontime.definition.portal",
} as const;

export function onTimeVariantPath(unit: UnitView, g: Granularity, d: OnTimeDefinition): string {
  return `${unit.url}bieu-do/dung-han-${GRANULARITY_SLUG[g]}-${DEFINITION_SLUG[d]}.svg`;
}

/** Phone-width copy of every chart: text stays readable at 320 px instead of shrinking by half. */
export const NARROW_WIDTH = 360;

/** Sample charts carry the mark inside the SVG too, so it survives downloads and screenshots. */
export function markSample(svg: string, sample: boolean): string {
  return sample ? appendFootnote(svg, t("sample.mark")) : svg;
}

/** Both widths of one chart, shown one at a time by CSS. */
export function responsive(render: (width: number | undefined, idSuffix: string) => string): string {
  return `<div class="plot-wide">${render(undefined, "")}</div><div class="plot-narrow">${withoutHoverTitles(render(NARROW_WIDTH, "-hep"))}</div>`;
}

/**
 * Phones do not hover, so the phone-width copy drops the per-mark hover titles (the chart's own
 * <title id=…> stays): a third less page weight, the same numbers in the table below.
 */
export function withoutHoverTitles(svg: string): string {
  return svg.replace(/<title>[^<]*<\/title>/g, "");
}

/** Exports may be monthly, quarterly or annual: each chart uses the finest granularity its data have. */
function finestWithData(unit: UnitView, has: (f: Facts) => boolean): Granularity {
  return (["month", "quarter", "year"] as const).find((g) => unit.series[g].some((p) => has(p.facts))) ?? "month";
}

function spanOf(unit: UnitView): string {
  return `${formatPeriod(unit.monthly[0]?.period ?? "")} – ${formatPeriod(unit.monthly.at(-1)?.period ?? "")}`;
}

export function renderOnTime(
  unit: UnitView,
  granularity: Granularity,
  definition: OnTimeDefinition,
  width?: number,
): { svg: string; summary: string } {
  const province = unit.level === "province" ? undefined : unit.province.series[granularity];
  const rows = onTimeRows(unit.series[granularity], province, definition);
  const summary = onTimeSummary(unit.series[granularity], province, definition);
  const svg = onTimeChart(rows, {
    id: `ontime-${unit.slug}-${GRANULARITY_SLUG[granularity]}-${DEFINITION_SLUG[definition]}${width === NARROW_WIDTH ? "-hep" : ""}`,
    width,
    title: `${t("chart.ontime.title")}: ${unit.fullName}`,
    description: summary,
    definitionLabel: METRIC_DEFS[definition].label,
    granularity,
  }).svg;
  return { svg: markSample(svg, unit.series[granularity].some((p) => p.facts.sample)), summary };
}

/** What a chart figure shows: the props of components/ChartFigure.astro. */
export interface FigureData {
  id: string;
  title: string;
  subtitle: string;
  summary: string;
  svg: string;
  source: string;
  sample: boolean;
  table: TableData;
}

export interface UnitChart {
  figure: FigureData;
  controls?: { label: string; options: { label: string; href: string; current: boolean; g?: string; d?: string; onlyG?: string }[] }[];
  template?: string;
}

export function unitCharts(unit: UnitView, page: UnitPageModel): UnitChart[] {
  const span = spanOf(unit);
  const source = t(page.sample ? "chart.source.unitSample" : "chart.source.unit");
  const onTime = renderOnTime(unit, "month", "on_time_rate");
  const province = unit.level === "province" ? undefined : unit.province.monthly;
  const onlineGranularity = finestWithData(unit, (f) => f.procedures_total !== undefined || f.received_online !== undefined);
  const onlineData = onlineRows(unit.series[onlineGranularity]);
  const digitizationGranularity = finestWithData(unit, (f) => f.dossiers_received !== undefined);
  const digitization = digitizationSeries(unit.series[digitizationGranularity], page.targets.map((x) => x.target), unit.level);
  const satisfactionGranularity = finestWithData(unit, (f) => f.responses !== undefined);
  const satisfaction = satisfactionRows(unit.series[satisfactionGranularity]);
  const onlineText = onlineSummary(unit.series[onlineGranularity]);
  const satisfactionText = satisfactionSummary(unit.series[satisfactionGranularity], WAIT_TARGET_MINUTES);
  const digitizationText = digitization
    .map((s) => {
      const last = [...s.points].reverse().find((p) => p.value !== undefined);
      const status = s.status ? `: ${statusLabel(s.status.status)}` : "";
      if (!last) return `${s.label}: ${t("missing")}`;
      const latest = t("summary.digitization.latest", { metric: s.label, value: last.value?.toFixed(1).replace(".", ",") ?? "", period: formatPeriod(last.period) });
      return s.target ? `${latest}, ${t("summary.digitization.target", { target: s.target.label, due: formatPeriod(s.target.due) })}${status}` : latest;
    })
    .join("; ") + ".";
  const charts: UnitChart[] = [
    {
      figure: {
        id: "dung-han",
        title: t("chart.ontime.title"),
        subtitle: t("chart.ontime.subtitle", { span, metric: METRIC_DEFS.on_time_rate.label, formula: METRIC_DEFS.on_time_rate.formula }),
        summary: onTime.summary,
        svg: responsive((width) => renderOnTime(unit, "month", "on_time_rate", width).svg),
        source,
        sample: page.sample,
        table: onTimeTable(onTimeRows(unit.monthly, province, "on_time_rate"), onTimeRows(unit.monthly, province, "on_time_766"), unit.fullName),
      },
      controls: [
        {
          label: t("granularity.label"),
          options: GRANULARITIES.map((g) => ({ label: t(`granularity.${g}`), href: onTimeVariantPath(unit, g, "on_time_rate"), current: g === "month", g: GRANULARITY_SLUG[g] })),
        },
        {
          label: t("definition.label"),
          options: ON_TIME_DEFINITIONS.map((d) => ({
            label: t(DEFINITION_LABEL[d]), href: onTimeVariantPath(unit, "month", d), current: d === "on_time_rate", d: DEFINITION_SLUG[d],
            ...(hasOnTimeVariant("quarter", d) ? {} : { onlyG: GRANULARITY_SLUG.month }),
          })),
        },
      ],
      template: `${unit.url}bieu-do/dung-han-{g}-{d}.svg`,
    },
    {
      figure: {
        id: "truc-tuyen",
        title: t("chart.online.title"),
        subtitle: t("chart.online.subtitle", { span }),
        summary: onlineText,
        svg: responsive((width, suffix) => markSample(
          onlineChart(onlineData, { id: `online-${unit.slug}${suffix}`, title: `${t("chart.online.title")}: ${unit.fullName}`, description: onlineText, granularity: onlineGranularity, width }).svg, page.sample),
        ),
        source,
        sample: page.sample,
        table: onlineTable(onlineData, unit.fullName),
      },
    },
    {
      figure: {
        id: "so-hoa",
        title: t("chart.digitization.title"),
        subtitle: t("chart.digitization.subtitle", { span }),
        summary: digitizationText,
        svg: responsive((width, suffix) => markSample(digitizationChart(
          digitization.map((s) => ({
            metric: s.metric, label: s.label, points: s.points,
            ...(s.target ? { target: { value: s.target.value, due: s.target.due, label: s.target.label } } : {}),
            ...(s.status ? { status: statusLabel(s.status.status) } : {}),
          })),
          { id: `digitization-${unit.slug}${suffix}`, title: `${t("chart.digitization.title")}: ${unit.fullName}`, description: digitizationText, granularity: digitizationGranularity, width },
        ).svg, page.sample)),
        source,
        sample: page.sample,
        table: digitizationTable(digitization, unit.fullName),
      },
    },
    {
      figure: {
        id: "hai-long",
        title: t("chart.satisfaction.title"),
        subtitle: t("chart.satisfaction.subtitle", { span, minutes: WAIT_TARGET_MINUTES }),
        summary: satisfactionText,
        svg: responsive((width, suffix) => markSample(satisfactionChart(satisfaction, {
          id: `satisfaction-${unit.slug}${suffix}`, width, title: `${t("chart.satisfaction.title")}: ${unit.fullName}`, description: satisfactionText, granularity: satisfactionGranularity, waitTarget: WAIT_TARGET_MINUTES,
        }).svg, page.sample)),
        source,
        sample: page.sample,
        table: satisfactionTable(satisfaction, unit.fullName),
      },
    },
  ];
  if (page.formerArea) charts.push(formerAreaChart(unit, page.formerArea.month, source, page.sample || hasSample(page.formerArea)));
  return charts;
}

/** One place followed across the reform: the district until 30/6/2025, then its successor communes summed. */
function formerAreaChart(unit: UnitView, after: readonly SeriesPoint[], source: string, sample: boolean): UnitChart {
  const joined = [...unit.series.month, ...after];
  const rows = onTimeRows(joined, undefined, "on_time_rate");
  const successors = unit.successors.filter((s) => s.level === "commune" && !s.ended).length;
  const summary = `${onTimeSummary(after, undefined, "on_time_rate")} ${t("reform.formerArea.summary", { count: successors })}`;
  return {
    figure: {
      id: "khu-vuc-huyen-cu",
      title: t("reform.formerArea"),
      subtitle: `${formatPeriod(joined[0]?.period ?? "")} – ${formatPeriod(joined.at(-1)?.period ?? "")}. ${t("reform.formerArea.subtitle")} ${t("reform.formerAreaNote")}`,
      summary,
      svg: responsive((width, suffix) => markSample(onTimeChart(rows, {
        id: `former-area-${unit.slug}${suffix}`,
        width,
        title: `${t("reform.formerArea")}: ${unit.fullName}`,
        description: summary,
        definitionLabel: METRIC_DEFS.on_time_rate.label,
        granularity: "month",
      }).svg, sample)),
      source,
      sample,
      table: onTimeTable(rows, onTimeRows(joined, undefined, "on_time_766"), t("reform.formerArea.tableName", { unit: unit.fullName })),
    },
  };
}

