/**
 * Build-time rendering: Observable Plot panels + an SVG legend composed into ONE accessible,
 * valid, deterministic `<svg>` string. Every chart module goes through renderChart().
 *
 * What the post-processing fixes in Plot's raw output, once, here:
 * - the `<style>` element (invalid inside inline SVG for the Nu checker) → removed; its rules live
 *   in CHART_CSS, which the layout includes once;
 * - `font-variant="tabular-nums"` (not a valid SVG attribute value) → removed; CHART_CSS sets
 *   `font-variant-numeric: tabular-nums`;
 * - `aria-label` / `aria-description` on `<g>` without a role (axe) → removed: the root is
 *   `role="img"`, named by `<title>` and described by `<desc>` (aria-labelledby/-describedby);
 * - fixed width/height → `viewBox` + `width="100%"` + class, no inline style;
 * - Plot's global clip-path counter → ids renumbered from the chart id, so output is deterministic;
 * - float noise (49.99999999999999) → rounded to 2 decimals.
 */
import * as Plot from "@observablehq/plot";
import { chartDocument } from "#dom";
import { MISSING_FILL, PALETTE } from "./palette";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Options every chart takes. */
export interface ChartBaseOptions {
  /**
   * Stable id, unique on the page (letters, digits, "-", "_"; starts with a letter). Every id in
   * the SVG derives from it: `${id}-title`, `${id}-desc`, `${id}-hatch`, `${id}-clip-1`…
   */
  id: string;
  /** Chart title, the accessible name (`<title>`). */
  title: string;
  /**
   * Optional text of your own, e.g. the key takeaway. When given, `<desc>` is this text followed by
   * the chart's structure (kind, span, gaps, flags); without it, `<desc>` is the generated summary.
   */
  description?: string | undefined;
  /** Design width in px (the viewBox width; the SVG scales to its container). Default 640. */
  width?: number | undefined;
  /**
   * The document to draw into (Plot's `document` option): the browser's own `document` when a
   * reader changes a view, a fresh server-side document at build time (the default). The same
   * functions, inputs and width give the same markup in both.
   */
  document?: Document | undefined;
}

/** What every chart function returns. */
export interface RenderedChart {
  /** Inline SVG markup, ready for `set:html` inside a `.chart` container. */
  svg: string;
  /**
   * The generated text summary: what the chart shows, the latest values, extremes, gaps and
   * flags. It is the `<desc>` unless `description` was given; reuse it as a caption or alt text.
   */
  summary: string;
}

/** Styles the removed Plot `<style>` carried, plus tabular numbers. Include once in the layout. */
export const CHART_CSS = `:where(svg.chart-svg) {
  --plot-background: white;
  display: block;
  width: 100%;
  height: auto;
  max-width: 100%;
  font-variant-numeric: tabular-nums;
}
:where(svg.chart-svg text),
:where(svg.chart-svg tspan) {
  white-space: pre;
}`;

export const DEFAULT_WIDTH = 640;
/** "No data", in legends, summaries and empty charts. */
export const NO_DATA = "Không có số liệu";
export const FONT_SIZE = 11;

export type LegendSymbol = "swatch" | "tile" | "line" | "line-square" | "dashed" | "missing" | "flag" | "series";
/** Markers of the lines of a comparison (Plot's symbol names). */
export type SeriesMarker = "circle" | "square" | "triangle" | "diamond" | "star";

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
  /** Colour of the swatch or line; defaults to currentColor. */
  color?: string;
  /** For "series": the line's marker and dash pattern. */
  marker?: SeriesMarker;
  dash?: string | undefined;
}

/** Marker shapes in the legend, centred on (8, 0): the same shapes Plot draws on the lines. */
const MARKER_PATH: Record<SeriesMarker, string> = {
  circle: "M11,0A3,3,0,1,1,5,0A3,3,0,1,1,11,0Z",
  square: "M5,-3h6v6h-6Z",
  triangle: "M8,-4L11.5,2.5H4.5Z",
  diamond: "M8,-4.2L12.2,0L8,4.2L3.8,0Z",
  star: "M8,-4.5L9.1,-1.4L12.3,-1.4L9.7,0.6L10.7,3.7L8,1.8L5.3,3.7L6.3,0.6L3.7,-1.4L6.9,-1.4Z",
};

export interface Panel {
  /** Heading drawn above the panel (wrapped to the panel width). */
  title?: string;
  height: number;
  /** Plot options (marks, scales, margins); renderChart sets width, height and document. */
  plot: Omit<Plot.PlotOptions, "width" | "height" | "document" | "title" | "subtitle" | "caption">;
}

export interface ChartLayout {
  id: string;
  title: string;
  /** Text of `<desc>`. */
  desc: string;
  width: number;
  legend?: readonly LegendItem[];
  panels: readonly Panel[];
  /** Panels per row; default 1 (stacked). */
  columns?: number;
  /** Where to draw; default a fresh server-side document. */
  document?: Document | undefined;
}

const ID = /^[A-Za-z][\w-]*$/;

/** The fill that draws the "no data" hatch of chart `id`; renderChart adds the pattern when used. */
export function hatchFill(id: string): string {
  return `url(#${id}-hatch)`;
}

/** Rough width of a line of text at `fontSize` (~0.6 em per character, generous for system-ui and DejaVu Sans). */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * 0.6;
}

/** Greedy word wrap to `maxWidth` px. */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

type Doc = Document;

function el(doc: Doc, name: string, attrs: Record<string, string | number> = {}, text?: string): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const LEGEND_ROW = 18;
const LEGEND_SYMBOL = 18;
const PANEL_GAP = 16;
const TITLE_LINE = 15;

function legendSymbol(doc: Doc, id: string, item: LegendItem): Element {
  const color = item.color ?? "currentColor";
  const g = el(doc, "g");
  switch (item.symbol) {
    case "swatch":
      g.append(el(doc, "rect", { x: 2, y: -6, width: 12, height: 12, fill: color }));
      break;
    case "tile":
      g.append(el(doc, "rect", { x: 2, y: -6, width: 12, height: 12, fill: color, stroke: PALETTE.missing }));
      break;
    case "missing":
      g.append(el(doc, "rect", { x: 2, y: -6, width: 12, height: 12, fill: hatchFill(id), stroke: PALETTE.missing }));
      break;
    case "line":
    case "line-square":
      g.append(el(doc, "line", { x1: 0, x2: 16, y1: 0, y2: 0, stroke: color, "stroke-width": 2 }));
      g.append(
        item.symbol === "line"
          ? el(doc, "circle", { cx: 8, cy: 0, r: 3, fill: color })
          : el(doc, "rect", { x: 5, y: -3, width: 6, height: 6, fill: color }),
      );
      break;
    case "dashed":
      g.append(el(doc, "line", { x1: 0, x2: 16, y1: 0, y2: 0, stroke: color, "stroke-width": 2, "stroke-dasharray": "4 3" }));
      break;
    case "series":
      g.append(el(doc, "line", { x1: 0, x2: 16, y1: 0, y2: 0, stroke: color, "stroke-width": 2, ...(item.dash === undefined ? {} : { "stroke-dasharray": item.dash }) }));
      g.append(el(doc, "path", { d: MARKER_PATH[item.marker ?? "circle"], fill: color }));
      break;
    case "flag":
      g.append(el(doc, "text", { x: 8, y: 0, dy: "0.35em", "font-weight": "bold", "font-size": 14, fill: PALETTE.flag }, "!"));
      break;
  }
  return g;
}

/** Lays the legend out in wrapped rows; returns its group and height. */
function renderLegend(doc: Doc, id: string, items: readonly LegendItem[], width: number): { g: Element; height: number } {
  const g = el(doc, "g", { "text-anchor": "start" });
  let x = 0;
  let row = 0;
  for (const item of items) {
    const labelWidth = Math.min(textWidth(item.label), width - LEGEND_SYMBOL - 4);
    const itemWidth = LEGEND_SYMBOL + 4 + labelWidth;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    const y = row * LEGEND_ROW + LEGEND_ROW / 2;
    const item_g = el(doc, "g", { transform: `translate(${x},${y})` });
    item_g.append(legendSymbol(doc, id, item));
    item_g.append(el(doc, "text", { x: LEGEND_SYMBOL + 4, dy: "0.35em" }, item.label));
    g.append(item_g);
    x += itemWidth + 14;
  }
  return { g, height: items.length === 0 ? 0 : (row + 1) * LEGEND_ROW + 6 };
}

function hatchPattern(doc: Doc, id: string): Element {
  const pattern = el(doc, "pattern", {
    id: `${id}-hatch`,
    width: 6,
    height: 6,
    patternUnits: "userSpaceOnUse",
    patternTransform: "rotate(45)",
  });
  pattern.append(el(doc, "rect", { width: 6, height: 6, fill: MISSING_FILL }));
  pattern.append(el(doc, "line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: PALETTE.missing, "stroke-width": 1.5 }));
  return pattern;
}

/** Width of each panel when `columns` panels share a row of `width` px. */
export function panelWidthOf(width: number, columns: number): number {
  return Math.floor((width - (columns - 1) * PANEL_GAP) / columns);
}

/** `<desc>` text: the caller's description + the structure sentences, or else the full summary. */
export function descText(description: string | undefined, structure: string, summary: string): string {
  const own = description?.trim() ?? "";
  return own === "" ? summary : `${own} ${structure}`.trim();
}

/** The chart for no rows at all: a titled SVG saying "Không có số liệu". */
export function emptyChart(options: ChartBaseOptions, width: number): RenderedChart {
  const summary = `${NO_DATA}.`;
  const desc = descText(options.description, summary, summary);
  return { svg: renderChart({ id: options.id, title: options.title, desc, width, panels: [], document: options.document }), summary };
}

/** Renders the panels with Plot and composes the final, post-processed SVG markup. */
export function renderChart(layout: ChartLayout): string {
  const { id, width } = layout;
  if (!ID.test(id)) throw new RangeError(`chart id must match ${String(ID)}: ${JSON.stringify(id)}`);
  const document = layout.document ?? chartDocument();
  const columns = Math.max(1, layout.columns ?? 1);

  const root = el(document, "svg", {
    xmlns: SVG_NS,
    class: "chart-svg",
    width: "100%",
    role: "img",
    "aria-labelledby": `${id}-title`,
    "aria-describedby": `${id}-desc`,
    fill: "currentColor",
    "font-family": "system-ui, sans-serif",
    "font-size": FONT_SIZE,
    "text-anchor": "middle",
  });
  root.append(el(document, "title", { id: `${id}-title` }, layout.title));
  root.append(el(document, "desc", { id: `${id}-desc` }, layout.desc));
  const defs = el(document, "defs");

  let y = 0;
  if (layout.legend !== undefined && layout.legend.length > 0) {
    const legend = renderLegend(document, id, layout.legend, width);
    legend.g.setAttribute("transform", `translate(0,${y + 2})`);
    root.append(legend.g);
    y += legend.height + 4;
  }

  const panelWidth = panelWidthOf(width, columns);
  for (let start = 0; start < layout.panels.length; start += columns) {
    const row = layout.panels.slice(start, start + columns);
    const titles = row.map((p) => (p.title === undefined ? [] : wrapText(p.title, panelWidth - 4)));
    const titleHeight = Math.max(...titles.map((lines) => (lines.length === 0 ? 0 : lines.length * TITLE_LINE + 4)));
    const rowHeight = Math.max(...row.map((p) => p.height));
    row.forEach((panel, i) => {
      const x = i * (panelWidth + PANEL_GAP);
      const g = el(document, "g", { transform: `translate(${x},${y})` });
      const lines = titles[i] ?? [];
      if (lines.length > 0) {
        const t = el(document, "text", { "text-anchor": "start", "font-weight": "bold" });
        lines.forEach((line, k) => t.append(el(document, "tspan", { x: 0, y: (k + 1) * TITLE_LINE - 3 }, line)));
        g.append(t);
      }
      const svg = Plot.plot({ ...panel.plot, width: panelWidth, height: panel.height, document });
      if (svg.tagName.toLowerCase() !== "svg") throw new Error("a panel rendered a figure; legends belong to renderChart");
      const body = el(document, "g", { transform: `translate(0,${titleHeight})` });
      for (const child of [...svg.childNodes]) body.append(child);
      g.append(body);
      root.append(g);
    });
    y += titleHeight + rowHeight + PANEL_GAP;
  }
  if (layout.panels.length === 0) {
    root.append(el(document, "text", { x: width / 2, y: y + 40, dy: "0.35em", fill: "currentColor" }, NO_DATA));
    y += 80 + PANEL_GAP;
  }
  const height = Math.ceil(y - PANEL_GAP + 2);
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);

  postProcess(root, id);
  if (usesHatch(root, id)) {
    defs.append(hatchPattern(document, id));
    root.insertBefore(defs, root.children[2] ?? null);
  }
  return root.outerHTML;
}

const DROP_ATTRIBUTES = ["font-variant", "aria-label", "aria-description", "aria-hidden", "style"];
const GEOMETRY = new Set(["d", "transform", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "points"]);
const URL_ATTRIBUTES = ["clip-path", "mask", "fill", "stroke", "marker-start", "marker-mid", "marker-end", "filter"];

/** Every element below `root`, in document order: a snapshot, so nodes may be removed while walking it. */
function descendants(root: Element, into: Element[] = []): Element[] {
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) {
    into.push(child);
    descendants(child, into);
  }
  return into;
}

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

function postProcess(root: Element, id: string): void {
  const renamed = new Map<string, string>();
  let clip = 0;
  for (const node of descendants(root)) {
    const tag = node.tagName.toLowerCase();
    if (tag === "style") {
      node.remove();
      continue;
    }
    // Plot's warning glyph ("⚠️" with a <title>) only says "check the console": drop it.
    if (tag === "text" && node.getAttribute("font-family") === "initial") {
      node.remove();
      continue;
    }
    if (!node.hasAttribute("role")) for (const a of DROP_ATTRIBUTES) node.removeAttribute(a);
    const nodeId = node.getAttribute("id");
    if (nodeId !== null && !nodeId.startsWith(`${id}-`)) {
      const next = `${id}-clip-${++clip}`;
      renamed.set(nodeId, next);
      node.setAttribute("id", next);
    }
    for (const name of GEOMETRY) {
      const v = node.getAttribute(name);
      if (v !== null) node.setAttribute(name, roundNumbers(v));
    }
  }
  if (renamed.size === 0) return;
  for (const node of descendants(root)) {
    for (const name of URL_ATTRIBUTES) {
      const v = node.getAttribute(name);
      const m = v === null ? null : /^url\(#(.+)\)$/.exec(v);
      const next = m === null ? undefined : renamed.get(m[1] as string);
      if (next !== undefined) node.setAttribute(name, `url(#${next})`);
    }
  }
}

function usesHatch(root: Element, id: string): boolean {
  const fill = hatchFill(id);
  for (const node of descendants(root)) if (node.getAttribute("fill") === fill) return true;
  return false;
}

/**
 * Adds a line of text under a rendered chart (the sample-data mark, a source), growing its viewBox,
 * so the note travels with the SVG when it is downloaded, embedded or pasted into slides.
 */
export function appendFootnote(svg: string, text: string): string {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) return svg;
  const width = Number(match[1]);
  const height = Number(match[2]);
  const escaped = text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const note = `<text x="0" y="${height + 14}" text-anchor="start" font-weight="bold" fill="#6b4500">${escaped}</text>`;
  return svg.replace(match[0], `viewBox="0 0 ${width} ${height + 20}"`).replace(/<\/svg>\s*$/, `${note}</svg>`);
}
