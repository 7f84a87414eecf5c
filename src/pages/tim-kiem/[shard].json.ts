import type { APIRoute } from "astro";
import { searchShards } from "../../site/search-index";
import { DOC_TYPES } from "../../search/types";

/** One search shard per document type; fetched only once a reader focuses a search box. */
export function getStaticPaths() {
  return DOC_TYPES.map((shard) => ({ params: { shard } }));
}

export const GET: APIRoute = ({ params }) => {
  const shard = searchShards().find((s) => s.type === params["shard"]);
  return new Response(JSON.stringify(shard), { headers: { "Content-Type": "application/json" } });
};
