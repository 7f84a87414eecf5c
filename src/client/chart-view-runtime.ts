/**
 * What a reader's view does to the page: loads the data files it needs (once each), rebuilds the
 * figures with the same functions the build used, and swaps each figure's chart, subtitle, summary
 * and table in place. Figures the view does not concern are redrawn too, so the page never mixes views.
 */
import type { ChartView } from "../lib/chart-view";
import type { DigitizationTarget } from "../site/figures/digitization";
import type { UnitFile } from "../site/data-api";
import type { FigureData } from "../site/figures/figure";
import { figuresInputFrom, subjectFromFile } from "../site/figures/subject";
import { tableMarkup } from "../site/figures/table";
import { unitFigures } from "../site/figures/unit-figures";
import { provinceTotalFigure } from "../site/province-charts";
import { t } from "../i18n";

export interface PageContext {
  kind: "unit" | "province";
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

const files = new Map<string, Promise<UnitFile>>();
let index: Promise<IndexEntry[]> | undefined;

function json<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json() as Promise<T>;
  });
}

export function loadFile(url: string): Promise<UnitFile> {
  let file = files.get(url);
  if (file === undefined) {
    file = json<UnitFile>(url);
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  return file;
}

/** Every unit with a data file, for the comparison picker and to check a permalink's units. */
export function loadIndex(): Promise<IndexEntry[]> {
  index ??= json<{ units: IndexEntry[] }>("/api/index.json").then((x) => x.units);
  return index;
}

export async function figuresFor(context: PageContext, view: ChartView): Promise<FigureData[]> {
  const units = await loadIndex();
  const dataOf = (key: string) => units.find((u) => u.key === key)?.data;
  const [own, province, ...compare] = await Promise.all([
    loadFile(context.self.data),
    context.province && view.average ? loadFile(context.province.data) : Promise.resolve(undefined),
    ...view.compare.flatMap((k) => {
      const url = dataOf(k);
      return url === undefined ? [] : [loadFile(url)];
    }),
  ]);
  if (context.kind === "province") {
    const subject = subjectFromFile(own);
    const sample = Object.values(subject.series).some((s) => s.some((p) => p.facts.sample));
    return [provinceTotalFigure(subject, t(sample ? "province.chart.sourceSample" : "province.chart.source"), sample, view, document)];
  }
  return unitFigures(figuresInputFrom(own, province, compare, context.targets), view, { document });
}

/** Puts each figure into the page's `<figure id=…>`: chart, subtitle, summary and table. */
export function applyFigures(figures: readonly FigureData[]): void {
  for (const f of figures) {
    const el = document.getElementById(f.id);
    if (el === null) continue;
    const set = (selector: string, apply: (node: Element) => void) => {
      const node = el.querySelector(selector);
      if (node !== null) apply(node);
    };
    set(".plot", (n) => (n.innerHTML = f.svg));
    set(".subtitle", (n) => (n.textContent = f.subtitle));
    set(".summary", (n) => (n.textContent = f.summary));
    set(".table-wrap", (n) => (n.outerHTML = tableMarkup(f.table)));
  }
}
