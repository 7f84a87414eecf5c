/** A unit page's figures for a view, drawn in the browser from the data files. */
import type { ChartView } from "../lib/chart-view";
import type { DrawOptions } from "../site/figures/figure";
import { figuresInputFrom } from "../site/figures/subject";
import { unitFigures } from "../site/figures/unit-figures";
import { loadFile, loadIndex, type PageContext, type PageDrawing } from "./chart-view-runtime";

export async function drawingFor(context: PageContext, view: ChartView, only?: DrawOptions["only"]): Promise<PageDrawing> {
  // The index is needed only to find the files of compared units.
  const units = view.compare.length > 0 ? await loadIndex() : [];
  const dataOf = (key: string) => units.find((u) => u.key === key)?.data;
  const [own, province, ...compare] = await Promise.all([
    loadFile(context.self.data),
    context.province && view.average ? loadFile(context.province.data) : Promise.resolve(undefined),
    ...view.compare.flatMap((k) => {
      const url = dataOf(k);
      return url === undefined ? [] : [loadFile(url)];
    }),
  ]);
  return { figures: unitFigures(figuresInputFrom(own, province, compare, context.targets), view, { document, only }) };
}
