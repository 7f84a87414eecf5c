/** The header search box: the index loads on first focus; results show under the box as the reader types. */
import { countText, hitItem, labelsOf, loadIndex } from "./search";
import { urls } from "../lib/urls";

const SHOWN = 6;

export async function attachBox(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const panel = form.querySelector<HTMLElement>("[data-search-panel]");
  const list = form.querySelector<HTMLOListElement>("[data-search-results]");
  const status = form.querySelector<HTMLElement>("[role=status]");
  const all = form.querySelector<HTMLAnchorElement>("[data-search-all]");
  if (!input || !panel || !list || !status || !all) return;
  const labels = labelsOf(form);
  let index;
  try {
    index = await loadIndex();
  } catch {
    status.textContent = labels.error;
    return;
  }
  const render = () => {
    const q = input.value;
    if (q.trim() === "") {
      panel.hidden = true;
      status.textContent = "";
      return;
    }
    const result = index.search(q, { limit: SHOWN });
    list.replaceChildren(...result.hits.map((h) => hitItem(h, labels)));
    status.textContent = countText(labels, result.total, result.hits.length);
    all.href = `${urls.search}?q=${encodeURIComponent(q)}`;
    all.hidden = result.total === 0;
    panel.hidden = false;
  };
  input.addEventListener("input", render);
  form.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    panel.hidden = true;
    input.focus();
  });
  form.addEventListener("focusout", (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) panel.hidden = true;
  });
  input.addEventListener("focus", () => {
    if (input.value.trim() !== "") render();
  });
  render();
}
