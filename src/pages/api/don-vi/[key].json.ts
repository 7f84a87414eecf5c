import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../../../site/load";
import { dataUnits, unitFile } from "../../../site/data-api";
import type { UnitView } from "../../../site/model";

export const getStaticPaths = (() => dataUnits(getSite()).map((unit) => ({ params: { key: unit.key }, props: { unit } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(unitFile(getSite(), (props as { unit: UnitView }).unit)), { headers: { "Content-Type": "application/json" } });
