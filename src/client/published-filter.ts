/** Filters the published-figures table by place, indicator and year; without it the full list shows. */
import { format } from "../i18n/format";

export function applyPublishedFilter(form: HTMLFormElement): void {
  const data = new FormData(form);
  const want = (name: string) => String(data.get(name) ?? "");
  const [place, indicator, year] = [want("place"), want("indicator"), want("year")];
  let shown = 0;
  document.querySelectorAll<HTMLTableRowElement>("table[data-published] tbody tr").forEach((row) => {
    const ok =
      (place === "" || row.dataset["place"] === place) &&
      (indicator === "" || row.dataset["indicator"] === indicator) &&
      (year === "" || row.dataset["year"] === year);
    row.hidden = !ok;
    if (ok) shown++;
  });
  const output = form.querySelector("output");
  if (output) output.textContent = format(output.dataset["template"] ?? "{shown}", { shown });
}
