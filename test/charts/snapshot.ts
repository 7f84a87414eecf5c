/**
 * SVG snapshot normalisation after Observable Plot's test/plot-snapshot.js: ids renumbered in
 * order of appearance (references follow), floats rounded to 3 decimals, attributes sorted, one
 * element per line, indented. Review diffs of test/charts/output/*.svg; never re-baseline by reflex.
 */
import { parseHTML } from "linkedom";

const FLOAT = /-?\d+\.\d{4,}/g;

function roundFloats(s: string): string {
  return s.replace(FLOAT, (n) => String(Number(Number(n).toFixed(3))));
}

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

/** Parses chart markup; returns the root `<svg>` element. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${svg}</body></html>`);
  const root = document.body.firstElementChild;
  if (root === null || root.tagName.toLowerCase() !== "svg") throw new Error("not an <svg>");
  return root;
}

export function* elements(node: Element): Generator<Element> {
  yield node;
  for (const child of [...node.children]) yield* elements(child);
}

/** Renumbers ids as `id-1`, `id-2`… keeping the chart prefix, and rewrites every reference. */
function renumberIds(root: Element): void {
  const map = new Map<string, string>();
  for (const el of elements(root)) {
    const id = el.getAttribute("id");
    if (id === null) continue;
    const m = /^(.*?)-(title|desc|hatch|clip-\d+)$/.exec(id);
    const next = m === null ? `id-${map.size + 1}` : `${m[1]}-${m[2]?.startsWith("clip-") ? `clip-${map.size + 1}` : m[2]}`;
    map.set(id, next);
    el.setAttribute("id", next);
  }
  for (const el of elements(root)) {
    for (const attr of [...el.attributes]) {
      let v = attr.value;
      for (const [from, to] of map) {
        v = v.replaceAll(`url(#${from})`, `url(#${to})`);
        if (attr.name.startsWith("aria-") && v === from) v = to;
      }
      if (v !== attr.value) el.setAttribute(attr.name, v);
    }
  }
}

function pretty(node: Element, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const tag = node.tagName.toLowerCase();
  const attrs = [...node.attributes]
    .map((a) => [a.name, roundFloats(a.value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join("");
  const children = [...node.children];
  const text = node.textContent ?? "";
  if (children.length === 0) {
    out.push(text === "" ? `${pad}<${tag}${attrs}/>` : `${pad}<${tag}${attrs}>${escapeText(text)}</${tag}>`);
    return;
  }
  out.push(`${pad}<${tag}${attrs}>`);
  for (const child of [...node.childNodes]) {
    if (child.nodeType === 1) pretty(child as Element, depth + 1, out);
    else if (child.nodeType === 3 && (child.textContent ?? "").trim() !== "") out.push(`${pad}  ${escapeText(child.textContent ?? "")}`);
  }
  out.push(`${pad}</${tag}>`);
}

/** The snapshot form of chart markup. */
export function normalizeSvg(svg: string): string {
  const root = parseSvg(svg);
  renumberIds(root);
  const out: string[] = [];
  pretty(root, 0, out);
  return `${out.join("\n")}\n`;
}
