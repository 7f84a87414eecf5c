/** Checks shared by the chart tests: accessibility and validity of the rendered SVG. */
import { expect } from "vitest";
import { elements, parseSvg } from "./snapshot";

/** Asserts the a11y/validity contract of a chart and returns its parsed root. */
export function expectAccessibleSvg(svg: string, id: string, title: string): Element {
  const root = parseSvg(svg);
  expect(root.getAttribute("role")).toBe("img");
  expect(root.getAttribute("aria-labelledby")).toBe(`${id}-title`);
  expect(root.getAttribute("aria-describedby")).toBe(`${id}-desc`);
  const children = [...root.children];
  const titleEl = children.find((c) => c.getAttribute("id") === root.getAttribute("aria-labelledby"));
  const descEl = children.find((c) => c.getAttribute("id") === root.getAttribute("aria-describedby"));
  expect(titleEl?.tagName.toLowerCase()).toBe("title");
  expect(titleEl?.textContent).toBe(title);
  expect(descEl?.tagName.toLowerCase()).toBe("desc");
  expect((descEl?.textContent ?? "").length).toBeGreaterThan(10);
  expect(children[0]).toBe(titleEl);

  // Scales to its container: viewBox kept, width 100 %, no fixed height, no inline style.
  expect(root.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
  expect(root.getAttribute("width")).toBe("100%");
  expect(root.hasAttribute("height")).toBe(false);
  expect(root.getAttribute("class")).toBe("chart-svg");

  expect(svg).not.toMatch(/<style/);
  expect(svg).not.toMatch(/font-variant=/);
  expect(svg).not.toMatch(/\sstyle=/);
  expect(svg).not.toContain("⚠");
  const ids: string[] = [];
  for (const el of elements(root)) {
    if (el !== root) expect(el.hasAttribute("role")).toBe(false);
    if (!el.hasAttribute("role")) {
      expect(el.hasAttribute("aria-label"), `aria-label on <${el.tagName}>`).toBe(false);
      expect(el.hasAttribute("aria-description")).toBe(false);
    }
    const elId = el.getAttribute("id");
    if (elId !== null) ids.push(elId);
  }
  // Ids: unique, all derived from the chart id (no Plot counters, no randomness).
  expect(new Set(ids).size).toBe(ids.length);
  for (const elId of ids) expect(elId.startsWith(`${id}-`), elId).toBe(true);
  // Hover texts (Plot's title channel): a <title> without id inside a data mark, never on a group.
  for (const { mark } of markTitles(root)) expect(["rect", "circle", "path"]).toContain(mark.tagName.toLowerCase());
  // Every url(#…) reference resolves.
  for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  return root;
}

/** All visible text of the chart body (legend, labels, ticks), excluding <title> and <desc>. */
export function bodyText(root: Element): string {
  return [...elements(root)]
    .filter((el) => el.tagName.toLowerCase() === "text")
    .map((el) => el.textContent ?? "")
    .join(" | ");
}

/** The hover texts of the data marks: every `<title>` but the chart's own, with the element it describes. */
export function markTitles(root: Element): { mark: Element; text: string }[] {
  return [...elements(root)]
    .filter((el) => el.tagName.toLowerCase() === "title" && el.parentElement !== root)
    .map((el) => {
      expect(el.hasAttribute("id")).toBe(false);
      expect(el.parentElement).not.toBeNull();
      return { mark: el.parentElement as Element, text: el.textContent ?? "" };
    });
}
