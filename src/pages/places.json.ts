import type { APIRoute } from "astro";
import { getSite } from "../site/load";
import { placeIndex } from "../site/places";

/** Fetched by the home page's finder only when a reader focuses it. */
export const GET: APIRoute = () => new Response(JSON.stringify(placeIndex(getSite())), { headers: { "Content-Type": "application/json" } });
