/**
 * A unit's figures from its data file, in the browser: the same series the build computed, through
 * the same metrics code. A unit with rows of its own is rebuilt from them (seriesFromRows); a total
 * the build summed (a province, a former district's area) is read as published.
 */
import type { DigitizationTarget } from "./digitization";
import { validityOf } from "../../lib/identity";
import { GRANULARITIES, monthRange, type Granularity } from "../../lib/period";
import type { Facts, PeriodRows } from "../../metrics/facts";
import { seriesFromRows, type SeriesPoint } from "../../metrics/series";
import type { SeriesFile, UnitFile } from "../data-api";
import type { ChartSubject } from "./figure";
import type { UnitFiguresInput } from "./unit-figures";

const SLOT = { processing: "processing", "online-services": "online", digitization: "digitization", satisfaction: "satisfaction" } as const;

export function seriesFromFile(file: SeriesFile): Record<Granularity, SeriesPoint[]> {
  return Object.fromEntries(
    GRANULARITIES.map((g) => [g, file[g].map(({ period, inconsistencies, sample, ...counts }) => ({
      period, facts: { ...counts, inconsistencies: inconsistencies ?? [], sample: sample === true } as Facts,
    }))]),
  ) as Record<Granularity, SeriesPoint[]>;
}

const EMPTY: Record<Granularity, SeriesPoint[]> = { month: [], quarter: [], year: [] };

function rowsOf(file: UnitFile): Map<string, PeriodRows> {
  const rows = new Map<string, PeriodRows>();
  for (const [name, slot] of Object.entries(SLOT) as [keyof typeof SLOT, (typeof SLOT)[keyof typeof SLOT]][]) {
    for (const row of file.datasets[name]) {
      const period = String(row["period"]);
      const at = rows.get(period) ?? {};
      (at as Record<string, unknown>)[slot] = { ...row, unit_code: file.unit.code };
      rows.set(period, at);
    }
  }
  return rows;
}

export function subjectFromFile(file: UnitFile): ChartSubject {
  const slug = file.unit.page?.split("/").filter(Boolean).at(-1) ?? file.unit.key;
  let series = EMPTY;
  if (file.series !== undefined) series = seriesFromFile(file.series);
  else if (file.span !== null) {
    const months = monthRange(file.span.first, file.span.last);
    const rows = rowsOf(file);
    series = Object.fromEntries(GRANULARITIES.map((g) => [g, seriesFromRows(rows, months, g)])) as Record<Granularity, SeriesPoint[]>;
  }
  const { code, valid_from, valid_to } = file.unit;
  return {
    key: file.unit.key, slug, fullName: file.unit.name, level: file.unit.level, series,
    validity: validityOf({ code, valid_from: valid_from ?? undefined, valid_to: valid_to ?? undefined }),
  };
}

const sampleIn = (series: Record<Granularity, SeriesPoint[]>) => GRANULARITIES.some((g) => series[g].some((p) => p.facts.sample));

/** What the page's figures are drawn from, rebuilt from the data files. */
export function figuresInputFrom(
  own: UnitFile,
  province: UnitFile | undefined,
  compare: readonly UnitFile[],
  targets: readonly DigitizationTarget[],
): UnitFiguresInput {
  const subject = subjectFromFile(own);
  const area = own.former_area === undefined ? undefined : seriesFromFile(own.former_area.series);
  return {
    subject,
    province: province === undefined ? undefined : subjectFromFile(province),
    compare: compare.map(subjectFromFile),
    targets,
    sample: sampleIn(subject.series),
    formerArea: area === undefined || own.former_area === undefined ? undefined : { series: area, successors: own.former_area.successors, sample: sampleIn(area) },
  };
}
