/** WCAG 2.1 AA checks with axe, reflow at 320 px, and the skip link, on every page type. */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, newContext } from "../helpers/browser";
import { samplePages } from "../helpers/site";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const pages = samplePages(outDir);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(url: string, options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
  const { context } = await newContext(browser, options);
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + url, { waitUntil: "load" });
    return await run(page);
  } finally {
    await context.close();
  }
}

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function describeViolations(url: string, violations: AxeResults["violations"]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(" ")}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : "";
      return `[${v.impact ?? "?"}] ${v.id} on ${url}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join("\n\n");
}

async function axe(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page }).withTags(TAGS).analyze();
}

const openAllDetails = (page: Page) => page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));

describe("axe: WCAG 2.1 A and AA", () => {
  test.each(Object.entries(pages))("%s page %s has no violations", async (_type, url) => {
    const results = await withPage(url, {}, axe);
    expect(results.violations.length, describeViolations(url, results.violations)).toBe(0);
  });

  test("district page with every data table expanded has no violations", async () => {
    const results = await withPage(pages.district, {}, async (page) => {
      await openAllDetails(page);
      return axe(page);
    });
    expect(results.violations.length, describeViolations(pages.district, results.violations)).toBe(0);
  });

  test("district page after switching to 'Quý' and comparing two units has no violations", async () => {
    const results = await withPage(pages.district, {}, async (page) => {
      await page.locator('.view-controls button[data-granularity="quarter"]').click();
      await page.locator("[data-view-status]", { hasText: "Đã vẽ" }).waitFor();
      await page.locator("[data-compare-query]").fill("pleiku");
      await page.locator("[data-compare-add]").first().click();
      await expect.poll(() => page.url()).toContain("so-sanh=");
      await page.locator("[data-view-status]", { hasText: "Đã vẽ" }).waitFor();
      await page.locator("[data-compare-query]").fill("ia");
      await page.locator("[data-compare-add]").first().waitFor();
      return axe(page);
    });
    expect(results.violations.length, describeViolations(`${pages.district} (Quý)`, results.violations)).toBe(0);
  });

  test("province page after switching to 'Quý' and colouring the map by satisfaction has no violations", async () => {
    const results = await withPage(pages.province, {}, async (page) => {
      await page.locator('.view-controls button[data-granularity="quarter"]').click();
      await page.locator("[data-view-status]", { hasText: "Đã vẽ" }).waitFor();
      await page.locator('.view-controls button[data-map-metric="satisfaction_share"]').click();
      await expect.poll(() => page.url()).toContain("ban-do=hai-long");
      await page.locator("[data-view-status]", { hasText: "hài lòng" }).waitFor();
      await openAllDetails(page);
      return axe(page);
    });
    expect(results.violations.length, describeViolations(`${pages.province} (Quý)`, results.violations)).toBe(0);
  });

  test("home page with place-finder results has no violations", async () => {
    const results = await withPage(pages.home, {}, async (page) => {
      const input = page.locator("input[data-place-finder]");
      await input.focus();
      await input.pressSequentially("krong pa");
      await page.locator("#place-results a").first().waitFor();
      return axe(page);
    });
    expect(results.violations.length, describeViolations(`${pages.home} (search)`, results.violations)).toBe(0);
  });
});

describe("reflow at 320 CSS px (WCAG 1.4.10)", () => {
  const phone: BrowserContextOptions = { viewport: { width: 320, height: 800 } };
  const overflow = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = Array.from(document.querySelectorAll<HTMLElement>("body *"))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.right <= width + 0.5) return false;
          // Inside a horizontally scrolling container (e.g. .table-wrap) is fine.
          for (let p = el.parentElement; p; p = p.parentElement) {
            const s = getComputedStyle(p);
            if ((s.overflowX === "auto" || s.overflowX === "scroll" || s.overflowX === "hidden") && p.getBoundingClientRect().right <= width + 0.5)
              return false;
          }
          return true;
        })
        .slice(0, 5)
        .map((el) => `${el.localName}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""} right=${Math.round(el.getBoundingClientRect().right)}`);
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    });

  test.each(Object.entries(pages))("%s page %s: no horizontal scrolling", async (_type, url) => {
    const result = await withPage(url, phone, overflow);
    expect(result.scrollWidth, `${url} scrollWidth ${result.scrollWidth}; too wide: ${result.wide.join(", ")}`).toBeLessThanOrEqual(320);
  });

  test("district page with every data table expanded: no horizontal scrolling", async () => {
    const result = await withPage(pages.district, phone, async (page) => {
      await openAllDetails(page);
      return overflow(page);
    });
    expect(result.scrollWidth, `scrollWidth ${result.scrollWidth}; too wide: ${result.wide.join(", ")}`).toBeLessThanOrEqual(320);
  });
});

describe("keyboard", () => {
  test.each([pages.home, pages.district])("on %s the first Tab reaches the skip link, which moves focus to main", async (url) => {
    await withPage(url, {}, async (page) => {
      await page.keyboard.press("Tab");
      const first = await page.evaluate(() => {
        const a = document.activeElement;
        return { tag: a?.localName ?? "", cls: a?.className ?? "", href: a?.getAttribute("href") ?? "", text: a?.textContent?.trim() ?? "" };
      });
      expect(first.tag).toBe("a");
      expect(first.cls).toContain("skip");
      expect(first.text).toBe("Bỏ qua đến nội dung chính");
      const target = first.href.replace(/^#/, "");
      expect(await page.locator(`main#${target}`).count(), `skip link target ${first.href} is <main>`).toBe(1);
      expect(await page.locator("a.skip").isVisible(), "the skip link is visible when focused").toBe(true);

      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(first.href);
      const focusInMain = () => page.evaluate(() => {
        const main = document.querySelector("main");
        const a = document.activeElement;
        return !!main && !!a && (a === main || main.contains(a));
      });
      // Focus is on <main> (tabindex=-1), or at least the sequential focus start point is: the next Tab lands inside main.
      if (!(await focusInMain())) {
        await page.keyboard.press("Tab");
        expect(await focusInMain(), "after the skip link, the next Tab lands inside <main>").toBe(true);
      }
    });
  });
});
