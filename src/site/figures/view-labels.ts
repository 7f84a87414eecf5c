/** Names of a view's choices, for the options panel and the figures alike; kept apart from chart code so the panel loads without it. */
import { t } from "../../i18n";
import type { MapMetric, OnTimeViewDefinition } from "../../lib/chart-view";

const DEFINITION_LABEL = {
  on_time_rate: "chart.ontime.definition.rate", on_time_766: "chart.ontime.definition.766", on_time_portal: "chart.ontime.definition.portal",
} as const;

export const definitionLabel = (d: OnTimeViewDefinition) => t(DEFINITION_LABEL[d]);

/** The short names of the map's colourings: the panel's buttons; the map's title names the metric in full. */
export const mapMetricLabel = (m: MapMetric) => t(`view.map.${m}`);
