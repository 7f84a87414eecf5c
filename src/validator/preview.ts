/**
 * What the unit pages would draw from the accepted rows: the build's own model and page inputs,
 * computed in the worker and reduced to plain data (a unit view links the whole hierarchy), so the page
 * can draw the same figures with the same functions (site/figures) into its own document.
 */
import type { RecordsOf } from "../ingest/load-files";
import type { ChartSubject } from "../site/figures/figure";
import type { UnitFiguresInput } from "../site/figures/unit-figures";
import { buildModel, type UnitView } from "../site/model";
import { unitPageModel } from "../site/unit-page";

export interface PreviewUnit {
  key: string;
  /** "Huyện Krông Pa". */
  name: string;
  figures: UnitFiguresInput;
}

const subjectOf = (u: UnitView): ChartSubject => ({ key: u.key, slug: u.slug, fullName: u.fullName, level: u.level, series: u.series, validity: u.validity });

/** Every unit that would have a page with figures, in the model's order. */
export function previewUnits(records: RecordsOf): PreviewUnit[] {
  if (records.units.length === 0) return [];
  const site = buildModel(records);
  return site.pages
    .filter((u) => u.hasData)
    .map((unit) => {
      const { figures } = unitPageModel(site, unit);
      return {
        key: unit.key,
        name: unit.fullName,
        figures: { ...figures, subject: subjectOf(unit), province: figures.province === undefined ? undefined : subjectOf(unit.province) },
      };
    });
}
