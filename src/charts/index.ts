/**
 * Build-time charts: pure functions `(data, options) → { svg, summary }` rendering Observable Plot
 * to accessible, valid, deterministic inline SVG. Include CHART_CSS once in the layout.
 * See README.md in this folder.
 */
export { CHART_CSS, type ChartBaseOptions, type RenderedChart } from "./render";
export { PALETTE, SEQUENTIAL, contrastRatio, relativeLuminance } from "./palette";
export { onTimeChart, ON_TIME_LABELS, type OnTimeRow, type OnTimeOptions, type OnTimeLabels } from "./onTime";
export { onlineChart, ONLINE_LABELS, type OnlineRow, type OnlineOptions, type OnlineLabels } from "./online";
export {
  digitizationChart, DIGITIZATION_LABELS, type DigitizationSeries, type DigitizationTarget, type DigitizationOptions,
  type DigitizationLabels,
} from "./digitization";
export { satisfactionChart, SATISFACTION_LABELS, type SatisfactionRow, type SatisfactionOptions, type SatisfactionLabels } from "./satisfaction";
export { sparkline, type SparkPoint, type SparklineOptions } from "./sparkline";
export { tileMap, type TileCell, type TileMapOptions } from "./tileMap";
