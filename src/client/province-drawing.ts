/** A province page's figures, ranking, map and trends for a view, drawn in the browser from its province file. */
import type { ChartView } from "../lib/chart-view";
import type { ProvinceFile } from "../site/data-api";
import type { DrawOptions } from "../site/figures/figure";
import { provinceSubject } from "../site/figures/province";
import { provinceView } from "../site/figures/province-view";
import { loadFile, type PageContext, type PageDrawing } from "./chart-view-runtime";

export async function drawingFor(context: PageContext, view: ChartView, only?: DrawOptions["only"]): Promise<PageDrawing> {
  return provinceView(provinceSubject(await loadFile<ProvinceFile>(context.self.data)), view, { document, only });
}
