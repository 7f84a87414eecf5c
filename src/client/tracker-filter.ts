/** Filters the targets tracker table by province, level and metric. */
import { format } from "../i18n/format";

export function applyFilter(form: HTMLFormElement): void {
  const data = new FormData(form);
  const province = String(data.get("province") ?? "");
  const level = String(data.get("level") ?? "");
  const metric = String(data.get("metric") ?? "");
  let shown = 0;
  document.querySelectorAll<HTMLTableRowElement>("table[data-tracker] tbody tr").forEach((row) => {
    const ok =
      (province === "" || (row.dataset["provinces"] ?? "").split(" ").includes(province)) &&
      (level === "" || row.dataset["level"] === level) &&
      (metric === "" || row.dataset["metric"] === metric);
    row.hidden = !ok;
    if (ok) shown++;
  });
  const output = form.querySelector("output");
  if (output) output.textContent = format(output.dataset["template"] ?? "{count}", { count: shown });
}
