/**
 * SVG snapshots the way Observable Plot's own tests keep them (test/plot.js): normalised (ids
 * renumbered in order of appearance, references following; floats rounded to 3 decimals;
 * attributes sorted; one element per line, indented) and compared with test/charts/output/<name>.svg.
 * A missing expected file is written; a mismatch writes <name>-changed.svg beside it and fails.
 * Review the changed file (open both in a browser) and, if it is right, move it over the expected
 * one; never re-baseline by reflex. With CI=true nothing is written and a missing file fails.
 */
import { readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { expect } from "vitest";

const OUTPUT = path.join(import.meta.dirname, "output");
const CI = process.env["CI"] === "true";

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

const notFound = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";
/** Not console.warn: the chart tests fail on any warning, which is how Plot reports misuse. */
const note = (message: string) => process.stderr.write(`! ${message}\n`);

/** Compares a chart with test/charts/output/<name>.svg, as described above. */
export async function expectSvgSnapshot(svg: string, name: string): Promise<void> {
  const actual = normalizeSvg(svg);
  const outfile = path.join(OUTPUT, `${name}.svg`);
  const diffile = path.join(OUTPUT, `${name}-changed.svg`);
  let expected: string;
  try {
    expected = await readFile(outfile, "utf8");
  } catch (error) {
    if (!notFound(error) || CI) throw error;
    note(`generating ${outfile}`);
    await writeFile(outfile, actual, "utf8");
    return;
  }
  if (actual === expected) {
    if (!CI) {
      try {
        await unlink(diffile);
        note(`deleted ${diffile}`);
      } catch (error) {
        if (!notFound(error)) throw error;
      }
    }
  } else {
    note(`generating ${diffile}`);
    await writeFile(diffile, actual, "utf8");
  }
  expect(actual, `${name} must match test/charts/output/${name}.svg (see ${name}-changed.svg)`).toBe(expected);
}
