/**
 * The table under each chart, as data and as markup. One renderer for the build (DataTable.astro)
 * and for the browser, when a reader changes a view: the same caption, scopes and "no data" cells.
 */
import { escapeHtml } from "../../lib/html";
import { t, type MessageKey } from "../../i18n";
import { MISSING_REASONS, type MissingReason } from "../../metrics/missing";

/** A cell without a number, with the reason it has none. */
export interface MissingCell {
  missing: MissingReason;
}

/** A formatted value; a missing one with its reason; undefined for one missing for no reason the figure knows. */
export type Cell = string | MissingCell | undefined;

/** A table under a chart: caption, columns, and cells, missing ones never 0. */
export interface TableData {
  caption: string;
  columns: { label: string; numeric?: boolean | undefined }[];
  rows: Cell[][];
  /** Index of the row to highlight (the current unit in a ranking). */
  current?: number | undefined;
}


/** Each reason's cell text and its note under the table (the methodology page lists them too). */
export const REASON_TEXT: Record<MissingReason, { cell: MessageKey; note: MessageKey }> = {
  "not-reported": { cell: "missing.notReported", note: "missing.notReported.note" },
  "incomplete-period": { cell: "missing.incompletePeriod", note: "missing.incompletePeriod.note" },
  "zero-denominator": { cell: "missing.zeroDenominator", note: "missing.zeroDenominator.note" },
  "before-unit": { cell: "missing.beforeUnit", note: "missing.beforeUnit.note" },
  "after-unit": { cell: "missing.afterUnit", note: "missing.afterUnit.note" },
};

const missingText = (cell: MissingCell | undefined) => t(cell === undefined ? "missing" : REASON_TEXT[cell.missing].cell);

/**
 * The table as HTML: a scrollable, labelled region. A missing cell says why ("Chưa thành lập"),
 * or "không có số liệu" when the figure does not know, never 0; it sorts as empty. Under the
 * table, what each reason that occurs means.
 */
export function tableMarkup({ caption, columns, rows, current }: TableData): string {
  const head = columns.map((c) => `<th scope="col"${c.numeric === true ? ' class="num"' : ""}>${escapeHtml(c.label)}</th>`).join("");
  const reasons = new Set<MissingReason>();
  const body = rows
    .map((row, i) => {
      const cells = row.map((cell, j) => {
        if (typeof cell === "object") reasons.add(cell.missing);
        if (j === 0) return `<th scope="row">${escapeHtml(typeof cell === "string" ? cell : missingText(cell))}</th>`;
        if (typeof cell !== "string") return `<td class="missing" data-value="">${escapeHtml(missingText(cell))}</td>`;
        // Numbers are the rule in these tables (aligned by CSS); text cells say they are the exception.
        return `<td${columns[j]?.numeric === true || cell === "" ? "" : ' class="text"'}>${escapeHtml(cell)}</td>`;
      });
      return `<tr${i === current ? ' class="current"' : ""}>${cells.join("")}</tr>`;
    })
    .join("");
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(caption)}"><table class="figures"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${reasonLegend(reasons)}</div>`;
}

/** What each reason that occurs in a table means, in the order of MISSING_REASONS; "" when none does. */
export function reasonLegend(reasons: ReadonlySet<MissingReason>): string {
  const notes = MISSING_REASONS.filter((r) => reasons.has(r))
    .map((r) => `<dt>${escapeHtml(t(REASON_TEXT[r].cell))}</dt><dd>${escapeHtml(t(REASON_TEXT[r].note))}</dd>`)
    .join("");
  return notes === "" ? "" : `<dl class="table-note">${notes}</dl>`;
}
