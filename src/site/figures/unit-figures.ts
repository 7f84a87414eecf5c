/**
 * The figures of a unit page, in order, for one view: what the build renders for the default view
 * and the browser for any other.
 */
import { t } from "../../i18n";
import type { DigitizationTarget } from "./digitization";
import type { ChartView } from "../../lib/chart-view";
import { digitizationFigure } from "./digitization";
import type { ChartSubject, DrawOptions, FigureData } from "./figure";
import { formerAreaFigure, type FormerArea } from "./former-area";
import { onlineFigure } from "./online";
import { onTimeFigure } from "./on-time";
import { satisfactionFigure } from "./satisfaction";

export interface UnitFiguresInput {
  subject: ChartSubject;
  /** The unit's province, for its average; none on a province's own page. */
  province?: ChartSubject | undefined;
  /** The units the view compares with, loaded. */
  compare?: readonly ChartSubject[] | undefined;
  targets: readonly DigitizationTarget[];
  sample: boolean;
  formerArea?: FormerArea | undefined;
}

export const UNIT_FIGURE_IDS = ["dung-han", "truc-tuyen", "so-hoa", "hai-long", "khu-vuc-huyen-cu"] as const;

export function unitFigures(input: UnitFiguresInput, view: ChartView, draw: DrawOptions = {}): FigureData[] {
  const source = t(input.sample ? "chart.source.unitSample" : "chart.source.unit");
  const common = { subject: input.subject, source, sample: input.sample };
  const figures = [
    onTimeFigure({ ...common, id: "dung-han", title: t("chart.ontime.title"), province: input.province, compare: input.compare }, view, draw),
    onlineFigure(common, view, draw),
    digitizationFigure({ ...common, targets: input.targets }, view, draw),
    satisfactionFigure(common, view, draw),
  ];
  if (input.formerArea) figures.push(formerAreaFigure({ ...common, area: input.formerArea }, view, draw));
  return figures;
}
