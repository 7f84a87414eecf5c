import type { APIRoute } from "astro";
import { getSite } from "../../../../site/load";
import { mapVariantPaths } from "../../../../site/routes";
import { renderTileMap } from "../../../../site/province-charts";

export function getStaticPaths() {
  return mapVariantPaths(getSite());
}

export const GET: APIRoute = ({ props }) => {
  const { province, month, metric, width } = props as ReturnType<typeof mapVariantPaths>[number]["props"];
  return new Response(renderTileMap(province, month, metric, width).svg, { headers: { "Content-Type": "image/svg+xml" } });
};
