import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../../../site/load";
import { provinceFile } from "../../../site/data-api";
import type { UnitView } from "../../../site/model";

export const getStaticPaths = (() => getSite().provinces.map((province) => ({ params: { key: province.key }, props: { province } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(provinceFile(getSite(), (props as { province: UnitView }).province)), { headers: { "Content-Type": "application/json" } });
