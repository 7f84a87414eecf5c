/**
 * What a reader's view does to the page: loads the data files it needs (once each) and swaps each
 * figure's chart, subtitle, summary and table in place. The drawings come from unit-drawing.ts or
 * province-drawing.ts, the same functions the build used; a page loads only its kind's. Figures the
 * view does not concern are redrawn too, so the page never mixes views.
 */
import type { DigitizationTarget } from "../site/figures/digitization";
import type { UnitFile } from "../site/data-api";
import type { FigureData } from "../site/figures/figure";
import { tableMarkup } from "../site/figures/table";
import { urls } from "../lib/urls";

export interface PageContext {
  kind: "unit" | "province";
  /** The page's own data file: the unit file of a unit, the province file of a province. */
  self: { key: string; data: string };
  province?: { key: string; data: string } | undefined;
  targets: readonly DigitizationTarget[];
}

export interface IndexEntry {
  key: string;
  name: string;
  level: string;
  data: string;
  province?: string;
  aka?: string[];
}

const files = new Map<string, Promise<unknown>>();
let index: Promise<IndexEntry[]> | undefined;

function json<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json() as Promise<T>;
  });
}

export function loadFile<T = UnitFile>(url: string): Promise<T> {
  let file = files.get(url);
  if (file === undefined) {
    file = json<T>(url);
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  return file as Promise<T>;
}

/** Every unit with a data file, for the comparison picker and to check a permalink's units. */
export function loadIndex(): Promise<IndexEntry[]> {
  index ??= json<{ units: IndexEntry[] }>(urls.dataIndex).then((x) => x.units);
  return index;
}

/** What a view changes on the page: figures, swapped part by part, and blocks, replaced whole. */
export interface PageDrawing {
  figures: FigureData[];
  blocks?: Record<string, string>;
}

/**
 * Puts each figure into the page's `<figure id=…>` (title, chart, subtitle, summary and table) and
 * each block into the element of its id.
 */
export function applyDrawing({ figures, blocks = {} }: PageDrawing): void {
  for (const [id, html] of Object.entries(blocks)) {
    const el = document.getElementById(id);
    if (el !== null) el.innerHTML = html;
  }
  for (const f of figures) {
    const el = document.getElementById(f.id);
    if (el === null) continue;
    const set = (selector: string, apply: (node: Element) => void) => {
      const node = el.querySelector(selector);
      if (node !== null) apply(node);
    };
    set("h3", (n) => (n.textContent = f.title));
    set(".plot", (n) => (n.innerHTML = f.svg));
    set(".subtitle", (n) => (n.textContent = f.subtitle));
    set(".summary", (n) => (n.textContent = f.summary));
    set(".table-wrap", (n) => (n.outerHTML = tableMarkup(f.table)));
  }
}

/** The width the reader sees now: the phone-width copy below the stylesheet's 40rem, else the wide one. */
export function visibleWidth(): "wide" | "narrow" {
  return window.matchMedia("(max-width: 40rem)").matches ? "narrow" : "wide";
}

/** Fills the copies a one-width drawing left pending (`data-pending`) from a drawing of the other width. */
export function fillPending({ figures }: PageDrawing): void {
  for (const f of figures) {
    const pending = document.getElementById(f.id)?.querySelectorAll<HTMLElement>(".plot [data-pending]") ?? [];
    if (pending.length === 0) continue;
    const template = document.createElement("template");
    template.innerHTML = f.svg;
    for (const el of pending) {
      const copy = template.content.querySelector(`.${el.className}:not([data-pending])`);
      if (copy !== null) el.replaceWith(copy);
    }
  }
}
