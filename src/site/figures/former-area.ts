/**
 * One place followed across the reform: a former district until 30/6/2025, then the new communes
 * on its territory summed. The on-time figure drawn from the joined series.
 */
import { t } from "../../i18n";
import type { ChartView } from "../../lib/chart-view";
import { validityOf } from "../../lib/identity";
import { dayAfter, GRANULARITIES, type Granularity } from "../../lib/period";
import { missingReasons, type ReasonOf } from "../../metrics/missing";
import { hasAnyData, type SeriesPoint } from "../../metrics/series";
import { reasonsOf, type ChartSubject, type DrawOptions, type FigureData } from "./figure";
import { onTimeFigure } from "./on-time";

export interface FormerArea {
  /** The successor communes' series, summed. */
  series: Record<Granularity, SeriesPoint[]>;
  /** How many current communes hold part of the territory. */
  successors: number;
  sample: boolean;
}

/** Before and after, one period each: a year split by the reform is the half that has data, or a gap. */
export function joinSeries(before: readonly SeriesPoint[], after: readonly SeriesPoint[]): SeriesPoint[] {
  const byPeriod = new Map<string, SeriesPoint>();
  for (const p of [...before, ...after]) {
    const seen = byPeriod.get(p.period);
    if (seen === undefined || (!hasAnyData(seen.facts) && hasAnyData(p.facts))) byPeriod.set(p.period, p);
  }
  return [...byPeriod.values()];
}

/**
 * Why a value of the joined series is missing: each period answers from the series joinSeries took
 * its point from, the district's unless only the area's has data there. The area began the day
 * after the district ended.
 */
export function joinedReasons(subject: ChartSubject, area: Record<Granularity, SeriesPoint[]>): ReasonOf {
  const index = (s: Record<Granularity, SeriesPoint[]>) => new Map(GRANULARITIES.flatMap((g) => s[g].map((p) => [p.period, p.facts] as const)));
  const before = index(subject.series);
  const after = index(area);
  const ended = subject.validity.end < "9999-12-31";
  const whyBefore = reasonsOf(subject);
  const whyAfter = missingReasons(area, validityOf({ code: subject.key, valid_from: ended ? dayAfter(subject.validity.end) : subject.validity.start }));
  return (measure, period) => {
    const b = before.get(period);
    const a = after.get(period);
    const fromAfter = b === undefined || (!hasAnyData(b) && a !== undefined && hasAnyData(a));
    return fromAfter ? whyAfter(measure, period) : whyBefore(measure, period);
  };
}

export function formerAreaFigure(
  input: { subject: ChartSubject; area: FormerArea; source: string; sample: boolean },
  view: ChartView,
  draw: DrawOptions = {},
): FigureData {
  const { subject, area } = input;
  const joined = Object.fromEntries(GRANULARITIES.map((g) => [g, joinSeries(subject.series[g], area.series[g])])) as Record<Granularity, SeriesPoint[]>;
  return onTimeFigure(
    {
      id: "khu-vuc-huyen-cu",
      title: t("reform.formerArea"),
      subject,
      series: joined,
      reasons: joinedReasons(subject, area.series),
      summarySeries: area.series,
      summaryNote: t("reform.formerArea.summary", { count: area.successors }),
      subtitleNote: `${t("reform.formerArea.subtitle")} ${t("reform.formerAreaNote")}`,
      tableName: t("reform.formerArea.tableName", { unit: subject.fullName }),
      source: input.source,
      sample: input.sample || area.sample,
    },
    // The area has no province average of its own and is not compared: its units changed.
    { ...view, compare: [], average: false },
    draw,
  );
}
