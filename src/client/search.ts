/**
 * Browser side of site search: the shards are fetched once, on first use, and results are drawn
 * with DOM text nodes only (never as HTML), so no document text can inject markup.
 */
import { format } from "../i18n/format";
import { SearchIndex } from "../search/query";
import { DOC_TYPES, type Hit, type Marked, type Shard } from "../search/types";
import type { SearchLabels } from "../site/search-labels";
import { urls } from "../lib/urls";

let loading: Promise<SearchIndex> | undefined;

export function loadIndex(): Promise<SearchIndex> {
  loading ??= Promise.all(
    DOC_TYPES.map(async (type) => {
      const response = await fetch(urls.searchShard(type));
      if (!response.ok) throw new Error(`${type}: HTTP ${response.status}`);
      return (await response.json()) as Shard;
    }),
  ).then((shards) => new SearchIndex(shards));
  loading.catch(() => (loading = undefined));
  return loading;
}

export function labelsOf(el: HTMLElement): SearchLabels {
  return JSON.parse(el.dataset["labels"] ?? "{}") as SearchLabels;
}

/** Text with <mark> around the matched words, built node by node. */
export function markedNodes(m: Marked): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const [s, e] of m.marks) {
    if (s < at) continue;
    if (s > at) out.push(document.createTextNode(m.text.slice(at, s)));
    const mark = document.createElement("mark");
    mark.textContent = m.text.slice(s, e);
    out.push(mark);
    at = e;
  }
  if (at < m.text.length) out.push(document.createTextNode(m.text.slice(at)));
  return out;
}

export function hitItem(hit: Hit, labels: SearchLabels): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset["type"] = hit.type;
  const type = document.createElement("span");
  type.className = "search-type";
  type.textContent = new Map(labels.types).get(hit.type) ?? hit.type;
  const a = document.createElement("a");
  a.href = hit.url;
  a.append(...markedNodes(hit.title));
  const context = document.createElement("span");
  context.className = "search-context";
  context.textContent = hit.context;
  li.append(type, " ", a, context);
  if (hit.snippet) {
    const p = document.createElement("span");
    p.className = "search-snippet";
    p.append(...markedNodes(hit.snippet));
    li.append(p);
  }
  return li;
}

export function countText(labels: SearchLabels, total: number, shown: number): string {
  if (total === 0) return labels.none;
  return total > shown ? format(labels.countShown, { count: total, shown }) : format(labels.count, { count: total });
}
