import type { APIRoute, GetStaticPaths } from "astro";
import { z } from "zod";
import { provinceFileSchema, unitFileSchema } from "../../../site/data-api";

const SCHEMAS = { "don-vi": unitFileSchema, tinh: provinceFileSchema } as const;

export const getStaticPaths = (() => Object.keys(SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(z.toJSONSchema(SCHEMAS[params["name"] as keyof typeof SCHEMAS]), null, 1), { headers: { "Content-Type": "application/schema+json" } });
