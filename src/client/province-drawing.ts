/** A province page's figures, ranking, map and trends for a view, drawn in the browser from its province file. */
import type { ChartView } from "../lib/chart-view";
import type { ProvinceFile } from "../site/data-api";
import { provinceSubject } from "../site/figures/province";
import { provinceView } from "../site/figures/province-view";
import { loadFile, type PageContext, type PageDrawing } from "./chart-view-runtime";

export async function drawingFor(context: PageContext, view: ChartView): Promise<PageDrawing> {
  return provinceView(provinceSubject(await loadFile<ProvinceFile>(context.self.data)), view, { document });
}
