/**
 * The same picture in fewer bytes. Plot writes one element per bar, dot, tick and grid line, each
 * with its own position attributes; a page carries hundreds of them per chart. Runs of such
 * siblings that differ only in position become one path with a subpath each, drawn in the same
 * order with the same paint, so the pixels stay the same (checked in Chromium by
 * test/e2e/compact-svg.test.ts). About a quarter off each chart.
 *
 * It reads Plot's serialisation (quoted attributes, no whitespace between marks) and leaves alone
 * anything it does not recognise.
 */

const ATTRS = String.raw`(?:\s+[^\s=/>]+="[^"]*")*`;
const ATTR = /([^\s=/>]+)="([^"]*)"/g;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?$/;

type Attrs = Map<string, string>;

function attrsOf(source: string): Attrs {
  return new Map([...source.matchAll(ATTR)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}

function writeAttrs(attrs: Attrs): string {
  return [...attrs].map(([name, value]) => ` ${name}="${value}"`).join("");
}

const isNumber = (value: string | undefined): value is string => value !== undefined && NUMBER.test(value);

/** "-6" → "6", "6" → "-6": the way back along a side, written from the attribute's own digits. */
const negate = (value: string) => (value.startsWith("-") ? value.slice(1) : `-${value}`);

/** The element's attributes other than those that place it, as the key a run must share. */
function restOf(attrs: Attrs, place: readonly string[]): string {
  return writeAttrs(new Map([...attrs].filter(([name]) => !place.includes(name))));
}

/** The self-closed `<tag …/>` elements of a run, each with its source and attributes. */
const tagsOf = (run: string, tag: string) => [...run.matchAll(new RegExp(`<${tag}(${ATTRS})\\s*/>`, "g"))].map((m) => ({ source: m[0], attrs: attrsOf(m[1] ?? "") }));

interface Part {
  key: string;
  d: string;
}

/**
 * Join a run of sibling tags into one path per `key` (a segment undefined: not mergeable, kept as
 * it was). Neighbours with the same key join; with `regroup`, the whole run is grouped by key, in
 * the order keys first appear (the caller knows its marks may be painted in any order).
 */
function mergeRun(run: string, tag: string, segment: (attrs: Attrs) => Part | undefined, regroup = false): string {
  const groups: { key: string | undefined; d: string[]; source: string[] }[] = [];
  for (const t of tagsOf(run, tag)) {
    const part = segment(t.attrs);
    const into = part === undefined ? undefined : regroup ? groups.find((g) => g.key === part.key) : groups.at(-1);
    if (part !== undefined && into?.key === part.key) {
      into.d.push(part.d);
      into.source.push(t.source);
    } else groups.push({ key: part?.key, d: part === undefined ? [] : [part.d], source: [t.source] });
  }
  return groups.map((g) => (g.key !== undefined && g.d.length > 1 ? `<path${g.key} d="${g.d.join("")}"/>` : g.source.join(""))).join("");
}

const runsOf = (tag: string) => new RegExp(`(?:<${tag}${ATTRS}\\s*/>){2,}`, "g");

/** Bars: a rectangle is a closed subpath, x y then width, height, back. */
function rect(attrs: Attrs) {
  const [x, y, width, height] = ["x", "y", "width", "height"].map((name) => attrs.get(name));
  // A negative size draws nothing as a rect but would as a path.
  if (!isNumber(x) || !isNumber(y) || !isNumber(width) || !isNumber(height) || width.startsWith("-") || height.startsWith("-")) return undefined;
  if (attrs.has("rx") || attrs.has("ry")) return undefined;
  const key = restOf(attrs, ["x", "y", "width", "height"]);
  // A bar of no height (a zero in a stack) draws nothing; as a subpath its stroke would draw an outline.
  if (Number(width) === 0 || Number(height) === 0) return { key, d: "" };
  return { key, d: `M${x},${y}h${width}v${height}h${negate(width)}Z` };
}

/** Rounding to hundredths leaves neighbours overlapping by a few of them: not an overlap. */
const TOUCH = 0.02;

/**
 * Bars that share every paint attribute but fill (their stroke is the group's, or none) and never
 * overlap paint the same pixels in any order: a bar's own stroke covers as far into it as any
 * neighbour's reaches. Stacked bars come month by month; this lets each colour be one path. Bars
 * that overlap are left as they are: merged, an opacity or an even-odd rule would show the change.
 * (Plot's bars carry no opacity of their own and their groups' strokes are opaque.)
 */
function disjoint(rects: readonly Attrs[]): boolean {
  const plain = (r: Attrs) => [...r.keys()].every((name) => ["fill", "x", "y", "width", "height"].includes(name)) && ["x", "y", "width", "height"].every((name) => isNumber(r.get(name)));
  if (!rects.every(plain)) return false;
  const boxes = rects.map((r) => ({ x: Number(r.get("x")), y: Number(r.get("y")), w: Number(r.get("width")), h: Number(r.get("height")) })).sort((a, b) => a.x - b.x);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    if (a === undefined) continue;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (b === undefined || b.x >= a.x + a.w - TOUCH) break;
      if (b.y < a.y + a.h - TOUCH && a.y < b.y + b.h - TOUCH) return false;
    }
  }
  return true;
}

/** Grid lines and rules: one segment each, horizontal and vertical ones in short form. Lines never fill; their path must not either. */
function line(attrs: Attrs) {
  const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((name) => attrs.get(name));
  if (!isNumber(x1) || !isNumber(y1) || !isNumber(x2) || !isNumber(y2) || [...attrs.keys()].some((name) => name.startsWith("marker"))) return undefined;
  const to = y1 === y2 ? `H${x2}` : x1 === x2 ? `V${y2}` : `L${x2},${y2}`;
  return { key: `${restOf(attrs, ["x1", "y1", "x2", "y2", "fill"])} fill="none"`, d: `M${x1},${y1}${to}` };
}

const TICK = /^M0,0L(-?[\d.]+),(-?[\d.]+)$/;
const TRANSLATE = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/;

/** Axis ticks: Plot draws the same short stroke moved into place by a transform, once per tick. */
function tick(attrs: Attrs) {
  const stroke = TICK.exec(attrs.get("d") ?? "");
  const at = TRANSLATE.exec(attrs.get("transform") ?? "");
  if (stroke === null || at === null || attrs.size !== 2) return undefined;
  const [, dx = "0", dy = "0"] = stroke;
  const to = dy === "0" ? `h${dx}` : dx === "0" ? `v${dy}` : `l${dx},${dy}`;
  return { key: "", d: `M${at[1]},${at[2]}${to}` };
}

const DOTS = new RegExp(`<g(${ATTRS})>((?:<circle${ATTRS}\\s*/>)+)</g>`, "g");

/**
 * Dots of one colour and size: a zero-length subpath with a round cap is a disc as wide as the
 * stroke, so a line's dots become one path. Only plain dots (a fill, no stroke or opacity) qualify.
 */
function dots(whole: string, groupSource: string, circles: string): string {
  const group = attrsOf(groupSource);
  const each = tagsOf(circles, "circle").map((c) => c.attrs);
  const first = each[0];
  if (first === undefined || each.length < 2) return whole;
  const radius = first.get("r");
  const fill = first.get("fill") ?? group.get("fill");
  const plain = (attrs: Attrs) => [...attrs.keys()].every((name) => ["cx", "cy", "r", "fill"].includes(name));
  const groupPlain = [...group.keys()].every((name) => !name.startsWith("stroke") && !name.includes("opacity") && !name.startsWith("paint"));
  if (!isNumber(radius) || Number(radius) <= 0 || fill === undefined || fill === "none" || !groupPlain) return whole;
  if (!each.every((c) => plain(c) && c.get("r") === radius && c.get("fill") === first.get("fill") && isNumber(c.get("cx")) && isNumber(c.get("cy")))) return whole;
  const d = each.map((c) => `M${c.get("cx")},${c.get("cy")}h0`).join("");
  return `<g${groupSource}><path fill="none" stroke="${fill}" stroke-width="${Number(radius) * 2}" stroke-linecap="round" d="${d}"/></g>`;
}

const PLACED_TEXT = new RegExp(`<text(${ATTRS})>([^<]*)</text>`, "g");
const EM = /^-?[\d.]+em$/;

/** Labels: a translated text with an em offset is the same text at x, y with that offset as dy. */
function text(whole: string, source: string, content: string): string {
  const attrs = attrsOf(source);
  const at = TRANSLATE.exec(attrs.get("transform") ?? "");
  const offset = attrs.get("y");
  if (at === null || ["x", "dx", "dy", "rotate"].some((name) => attrs.has(name)) || (offset !== undefined && !EM.test(offset))) return whole;
  const rest = restOf(attrs, ["transform", "y"]);
  return `<text x="${at[1]}" y="${at[2]}"${offset === undefined ? "" : ` dy="${offset}"`}${rest}>${content}</text>`;
}

const SPACED_CLOSE = new RegExp(`(<\\w+${ATTRS})\\s+/>`, "g");

export function compactSvg(svg: string): string {
  return svg
    .replace(SPACED_CLOSE, "$1/>")
    .replace(runsOf("rect"), (run) => (disjoint(tagsOf(run, "rect").map((t) => t.attrs)) ? mergeRun(run, "rect", rect, true) : run))
    .replace(runsOf("line"), (run) => mergeRun(run, "line", line))
    .replace(runsOf("path"), (run) => mergeRun(run, "path", tick))
    .replace(DOTS, dots)
    .replace(PLACED_TEXT, text);
}
