/**
 * The search page: the query lives in the URL (?q=…&loai=…), so the address is always shareable.
 * The first keystroke after the page opened or after Enter pushes a history entry, later ones
 * replace it: back returns to the previous search, not to every letter typed. Going back or
 * forward restores the query from the URL.
 */
import { countText, hitItem, labelsOf, loadIndex } from "./search";
import { DOC_TYPES, type DocType } from "../search/types";
import type { SearchIndex } from "../search/query";

const LIMIT = 50;

export async function attachPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("form[data-search-page]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  const status = document.getElementById("search-status");
  if (!form || !input || !list || !status) return;
  const labels = labelsOf(form);
  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") ?? "";
    const type = params.get("loai") ?? "";
    for (const r of form.querySelectorAll<HTMLInputElement>("input[name=loai]")) r.checked = r.value === type;
  };
  const selectedType = (): DocType | undefined => {
    const v = form.querySelector<HTMLInputElement>("input[name=loai]:checked")?.value ?? "";
    return (DOC_TYPES as readonly string[]).includes(v) ? (v as DocType) : undefined;
  };
  const urlFor = () => {
    const params = new URLSearchParams();
    if (input.value !== "") params.set("q", input.value);
    const type = selectedType();
    if (type) params.set("loai", type);
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ""}`;
  };
  readUrl();
  status.textContent = labels.loading;
  let index: SearchIndex | undefined;
  const render = () => {
    if (!index) return;
    const type = selectedType();
    const result = index.search(input.value, { limit: LIMIT, ...(type ? { types: [type] } : {}) });
    list.replaceChildren(...result.hits.map((h) => hitItem(h, labels)));
    status.textContent = input.value.trim() === "" ? "" : countText(labels, result.total, result.hits.length);
    for (const r of form.querySelectorAll<HTMLInputElement>("input[name=loai]")) {
      const n = r.value === "" ? undefined : result.counts[r.value as DocType];
      r.parentElement?.setAttribute("data-count", n === undefined ? "" : String(n));
    }
  };
  let committed = true;
  input.addEventListener("input", () => {
    if (committed) history.pushState(null, "", urlFor());
    else history.replaceState(null, "", urlFor());
    committed = false;
    render();
  });
  form.addEventListener("change", (e) => {
    if ((e.target as HTMLInputElement).name !== "loai") return;
    history.replaceState(null, "", urlFor());
    render();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    history.replaceState(null, "", urlFor());
    committed = true;
    render();
  });
  addEventListener("popstate", () => {
    committed = true;
    readUrl();
    render();
  });
  try {
    index = await loadIndex();
  } catch {
    status.textContent = labels.error;
    return;
  }
  render();
}
