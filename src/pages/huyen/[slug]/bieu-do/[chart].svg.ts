import type { APIRoute } from "astro";
import { getSite } from "../../../../site/load";
import { onTimeVariantPaths } from "../../../../site/routes";
import { renderOnTime } from "../../../../site/unit-charts";

export function getStaticPaths() {
  return onTimeVariantPaths(getSite(), "district");
}

export const GET: APIRoute = ({ props }) => {
  const { unit, granularity, definition, width } = props as ReturnType<typeof onTimeVariantPaths>[number]["props"];
  return new Response(renderOnTime(unit, granularity, definition, width).svg, { headers: { "Content-Type": "image/svg+xml" } });
};
