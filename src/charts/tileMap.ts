/**
 * A tile map: one square per unit on a grid, coloured by a sequential colour-blind-safe scale and
 * printing the unit's name and value label (so colour is never the only carrier). Units without
 * a value are hatched grey ("Không có số liệu").
 */
import * as Plot from "@observablehq/plot";
import { formatPercent, joinList } from "../lib/format";
import { MISSING_FILL, PALETTE, SEQUENTIAL, textColorOn } from "./palette";
import { DEFAULT_WIDTH, descText, emptyChart, hatchFill, NO_DATA, renderChart, textWidth, wrapText, type ChartBaseOptions, type LegendItem, type RenderedChart } from "./render";
import { isValue, type Maybe } from "./scales";

export interface TileCell {
  /** Unit code (stable key). */
  code: string;
  /** Unit name, printed (shortened) in the tile and used in the summary. */
  name: string;
  /** Grid position, 0-based. */
  row: number;
  col: number;
  /** The value that sets the colour; absent = no data (hatched). */
  value?: Maybe;
  /** The value as text, printed in the tile (e.g. "97%" or "không có số liệu"). */
  label: string;
}

export interface TileMapOptions extends ChartBaseOptions {
  /** Class breaks (ascending, SEQUENTIAL.length - 1 of them); default niceBreaks over the values' extent. */
  thresholds?: readonly number[] | undefined;
  /** Formats values in the legend and summary; default percent. */
  format?: ((value: number) => string) | undefined;
  /** Largest tile side in px (default 96). */
  maxTile?: number | undefined;
  missingLabel?: string | undefined;
}

const PREFIXES = /^(xã|phường|thị trấn|thị xã|thành phố|huyện|tp\.?)\s+/i;

/** "Xã Ia Băng" → "Ia Băng"; then cut with "…" to fit `maxWidth` px at `fontSize`. */
export function shortName(name: string, maxWidth: number, fontSize: number): string {
  const short = name.replace(PREFIXES, "");
  if (textWidth(short, fontSize) <= maxWidth) return short;
  let cut = short;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Class breaks for `classes` classes over [lo, hi] at a "nice" step (1, 2, 2.5 or 5 × 10ⁿ, the
 * one closest to (hi − lo) / classes): niceBreaks(85, 99, 5) → [87.5, 90, 92.5, 95].
 */
export function niceBreaks(lo: number, hi: number, classes: number): number[] {
  const raw = Math.max((hi - lo) / classes, 1e-9);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 5, 10].map((m) => m * magnitude);
  const step = steps.reduce((best, s) => (Math.abs(Math.log(s / raw)) < Math.abs(Math.log(best / raw)) ? s : best));
  const first = Math.floor(lo / step) * step + step;
  return Array.from({ length: classes - 1 }, (_, k) => Math.round((first + k * step) * 1e6) / 1e6);
}

/** The grid of units, coloured, with name and value label in every tile. */
export function tileMap(cells: readonly TileCell[], options: TileMapOptions): RenderedChart {
  const { id, title } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const missingLabel = options.missingLabel ?? NO_DATA;
  const format = options.format ?? ((v: number) => formatPercent(v, 1));
  const formatBreak = options.format ?? ((v: number) => formatPercent(v, Number.isInteger(v) ? 0 : 1));
  if (cells.length === 0) return emptyChart(options, width);

  const values = cells.flatMap((c) => (isValue(c.value) ? [c.value] : []));
  const lo = values.length === 0 ? 0 : Math.min(...values);
  const hi = values.length === 0 ? 1 : Math.max(...values);
  const breaks = [...(options.thresholds ?? niceBreaks(lo, hi, SEQUENTIAL.length))];
  if (breaks.length !== SEQUENTIAL.length - 1) throw new RangeError(`thresholds must have ${SEQUENTIAL.length - 1} values`);
  const classOf = (v: number) => breaks.filter((b) => v >= b).length;
  const colorOf = (v: number) => SEQUENTIAL[classOf(v)] as string;

  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  const [row0, row1, col0, col1] = [Math.min(...rows), Math.max(...rows), Math.min(...cols), Math.max(...cols)];
  const nCols = col1 - col0 + 1;
  const nRows = row1 - row0 + 1;
  const size = Math.min(options.maxTile ?? 96, Math.floor((width - 8) / nCols));
  const side = (width - nCols * size) / 2;
  const fontSize = Math.max(7, Math.min(11, Math.round(size / 5.5)));
  const inner = size * 0.94 - 6;
  const showName = size >= 28;

  const tiles = cells.map((c) => {
    const has = isValue(c.value);
    const fill = has ? colorOf(c.value as number) : MISSING_FILL;
    const label = has ? c.label : wrapText(c.label, inner, fontSize).join("\n");
    const name = showName ? shortName(c.name, inner, fontSize) : "";
    // Hover text of the tile: the full name, and the value or "Không có số liệu".
    const title = `${c.name}: ${has ? format(c.value as number) : missingLabel}`;
    return { ...c, has, fill: has ? fill : hatchFill(id), name, label, title, ink: textColorOn(fill) };
  });
  type Tile = (typeof tiles)[number];

  const legend: LegendItem[] = [
    ...SEQUENTIAL.map((color, k): LegendItem => {
      const a = breaks[k - 1];
      const b = breaks[k];
      const label =
        a === undefined ? `dưới ${formatBreak(b as number)}` : b === undefined ? `từ ${formatBreak(a)}` : `${formatBreak(a)} đến dưới ${formatBreak(b)}`;
      return { symbol: "tile", label, color };
    }),
    ...(values.length < cells.length ? [{ symbol: "missing", label: missingLabel } as const] : []),
  ];

  const ranked = cells.filter((c) => isValue(c.value)).sort((a, b) => (b.value as number) - (a.value as number));
  const list = (cs: readonly TileCell[]) => joinList(cs.map((c) => `${c.name} (${format(c.value as number)})`));
  const missing = cells.filter((c) => !isValue(c.value)).map((c) => c.name);
  const kind = `Bản đồ ô ${cells.length} đơn vị, mỗi ô ghi tên và giá trị; màu đậm hơn là giá trị cao hơn.`;
  const top = ranked.length === 0 ? "" : `Cao nhất: ${list(ranked.slice(0, 3))}.`;
  const bottom = ranked.length <= 3 ? "" : `Thấp nhất: ${list(ranked.slice(-3).reverse())}.`;
  const none = missing.length === 0 ? "" : `${missingLabel}: ${joinList(missing)}.`;
  const summary = [kind, top, bottom, none].filter(Boolean).join(" ");
  const desc = descText(options.description, [kind, none].filter(Boolean).join(" "), summary);

  const svg = renderChart({
    id,
    title,
    desc,
    width,
    document: options.document,
    legend,
    panels: [
      {
        height: nRows * size + 4,
        plot: {
          marginTop: 2,
          marginBottom: 2,
          marginLeft: side,
          marginRight: side,
          x: { type: "band", domain: range(col0, col1), padding: 0.06, axis: null },
          y: { type: "band", domain: range(row0, row1), padding: 0.06, axis: null },
          color: { type: "identity" },
          marks: [
            Plot.cell(tiles, { x: "col", y: "row", fill: (t: Tile) => t.fill, stroke: PALETTE.missing, strokeWidth: 0.75, title: "title" }),
            // Name above, value below (bold); a white halo keeps text legible on the hatch.
            ...[true, false].flatMap((has) => {
              const subset = tiles.filter((t) => t.has === has);
              const halo = has ? {} : { stroke: "#ffffff", strokeWidth: 3 };
              const ink = has ? (t: Tile) => t.ink : () => "#000000";
              return [
                Plot.text(subset, { x: "col", y: "row", text: "name", fill: ink, fontSize, dy: -fontSize * 0.7, ...halo }),
                Plot.text(subset, {
                  x: "col",
                  y: "row",
                  text: "label",
                  fill: ink,
                  fontSize: has ? fontSize + 1 : fontSize,
                  fontWeight: has ? "bold" : "normal",
                  lineAnchor: "top",
                  dy: showName ? fontSize * 0.1 : -fontSize * 0.6,
                  ...halo,
                }),
              ];
            }),
          ],
        },
      },
    ],
  });
  return { svg, summary };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}
