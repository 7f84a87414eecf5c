/** The shipped search shards of this build, computed once. */
import { buildShards } from "../search/build";
import type { Shard } from "../search/types";
import { getSite } from "./load";
import { searchDocuments } from "./search";

let cached: Shard[] | undefined;

export function searchShards(): Shard[] {
  cached ??= buildShards(searchDocuments(getSite()));
  return cached;
}
