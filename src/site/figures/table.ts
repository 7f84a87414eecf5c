/**
 * The table under each chart, as data and as markup. One renderer for the build (DataTable.astro)
 * and for the browser, when a reader changes a view: the same caption, scopes and "no data" cells.
 */
import { t } from "../../i18n";

/** A table under a chart: caption, columns, and cells where undefined means no data. */
export interface TableData {
  caption: string;
  columns: { label: string; numeric?: boolean | undefined }[];
  rows: (string | undefined)[][];
  /** Index of the row to highlight (the current unit in a ranking). */
  current?: number | undefined;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c] as string);

/** The table as HTML: a scrollable, labelled region; undefined cells read "không có số liệu", never 0. */
export function tableMarkup({ caption, columns, rows, current }: TableData): string {
  const head = columns.map((c) => `<th scope="col"${c.numeric === true ? ' class="num"' : ""}>${escape(c.label)}</th>`).join("");
  const body = rows
    .map((row, i) => {
      const cells = row.map((cell, j) => {
        if (j === 0) return `<th scope="row">${escape(cell ?? t("missing"))}</th>`;
        if (cell === undefined) return `<td class="missing">${escape(t("missing"))}</td>`;
        return `<td${columns[j]?.numeric === true ? ' class="num"' : ""}>${escape(cell)}</td>`;
      });
      return `<tr${i === current ? ' class="current"' : ""}>${cells.join("")}</tr>`;
    })
    .join("");
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escape(caption)}"><table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
