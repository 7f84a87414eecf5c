/** Sorts a ranking table by the clicked column; missing values always go last. */
export function sortBy(button: HTMLButtonElement): void {
  const th = button.closest("th");
  const table = button.closest("table");
  const body = table?.tBodies[0];
  if (!th || !table || !body) return;
  const index = Array.from(th.parentElement?.children ?? []).indexOf(th);
  const descending = th.getAttribute("aria-sort") !== "descending";
  table.querySelectorAll("thead th").forEach((h) => h.setAttribute("aria-sort", "none"));
  th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  const numeric = button.dataset["sort"] === "number";
  const key = (row: HTMLTableRowElement) => {
    const cell = row.children[index] as HTMLElement | undefined;
    return numeric ? cell?.dataset["value"] ?? "" : cell?.textContent?.trim() ?? "";
  };
  const rows = Array.from(body.rows);
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === "" || kb === "") return ka === kb ? 0 : ka === "" ? 1 : -1;
    const c = numeric ? Number(ka) - Number(kb) : ka.localeCompare(kb, "vi");
    return descending ? -c : c;
  });
  body.append(...rows);
}
