/**
 * Charts a reader drives, in Chromium: the options panel loads on the first interaction, redraws
 * every chart with the same functions the build used, keeps the view in the URL, and restores it
 * on reload and back; a malformed link falls back to the default view with a note.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { DEFAULT_VIEW, parseView, type ChartView } from "../../src/lib/chart-view";
import { unitFigures } from "../../src/site/figures/unit-figures";
import { provinceFile } from "../../src/site/data-api";
import { MAP_ID } from "../../src/site/figures/map";
import { provinceSubject } from "../../src/site/figures/province";
import { provinceView } from "../../src/site/figures/province-view";
import { buildModel, type SiteModel, type UnitView } from "../../src/site/model";
import { unitPageModel } from "../../src/site/unit-page";
import { launchBrowser, newContext } from "../helpers/browser";
import { samplePages, VALID_DIR } from "../helpers/site";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const pages = samplePages(outDir);
const RUNTIME = /\/_astro\/(ChartViewControls|client|chart-view-runtime|unit-drawing|province-drawing)\.[\w-]+\.js$/;

let browser: Browser;
let site: SiteModel;
let district: UnitView;
beforeAll(async () => {
  browser = await launchBrowser();
  site = buildModel(validateDataDir(VALID_DIR).records);
  const unit = site.pages.find((u) => u.url === pages.district);
  if (unit === undefined) throw new Error(`no unit at ${pages.district}`);
  district = unit;
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(url: string, run: (page: Page, requests: string[], errors: string[]) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const { context } = await newContext(browser, { viewport: { width: 1280, height: 900 }, ...options });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(baseUrl + url, { waitUntil: "load" });
    return await run(page, requests, errors);
  } finally {
    await context.close();
  }
}

/**
 * Markup with each element's attributes in name order: the build's DOM (linkedom) and the browser's
 * write the same attributes in different orders; everything else must be identical.
 */
function normalized(page: Page, html: string): Promise<string> {
  return page.evaluate((markup) => {
    const template = document.createElement("template");
    template.innerHTML = markup;
    for (const el of template.content.querySelectorAll("*")) {
      const attrs = [...el.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [name] of attrs) el.removeAttribute(name);
      for (const [name, value] of attrs) el.setAttribute(name, value);
    }
    return template.innerHTML;
  }, html);
}

/** The view is drawn: the status says so, and the width not seen first has been drawn after it. */
const drawn = async (page: Page) => {
  await page.locator("[data-view-status]", { hasText: /^Đã vẽ lại biểu đồ/ }).waitFor();
  await page.waitForFunction(() => document.querySelector(".plot [data-pending]") === null);
};
const summary = (page: Page) => page.locator("figure#dung-han .summary").innerText();
const others = () => site.pages.filter((u) => u.level === "district" && u.hasData && u !== district);

describe("before any interaction", () => {
  test("the page asks for neither the chart runtime nor any data file", async () => {
    await withPage(pages.district, async (page, requests) => {
      await page.waitForLoadState("networkidle");
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(300);
      expect(requests.filter((u) => RUNTIME.test(u) || u.startsWith("/api/"))).toEqual([]);
      // The panel is server-rendered, so it is there to be clicked.
      expect(await page.locator(".view-controls").isVisible()).toBe(true);
    });
  });
});

describe("a reader's view", () => {
  test("a range and two comparison units update the chart, its table and summary, and the URL", async () => {
    await withPage(pages.district, async (page, _requests, errors) => {
      const [b, c] = others();
      expect(b && c, "two other districts with data").toBeTruthy();
      if (!b || !c) return;
      await page.locator('.view-controls button[data-preset="12-thang"]').click();
      await drawn(page);
      expect(page.url()).toMatch(/\?tu=\d{4}-\d{2}$/);
      const from = new URL(page.url()).searchParams.get("tu") ?? "";
      const firstRow = await page.locator("figure#dung-han tbody th").first().textContent();
      expect(firstRow, "the table starts at the range").toBe(`Tháng ${Number(from.slice(5))}/${from.slice(0, 4)}`);
      for (const u of [b, c]) {
        await page.locator("[data-compare-query]").fill(u.record.name);
        await page.locator(`[data-compare-add="${u.key}"]`).click();
        await expect.poll(() => page.url()).toContain(u.key);
      }
      await drawn(page);
      expect(page.url()).toBe(`${baseUrl}${pages.district}?tu=${from}&so-sanh=${b.key},${c.key}`);
      const text = await summary(page);
      for (const u of [district, b, c]) expect(text).toContain(u.fullName);
      const headers = await page.locator("figure#dung-han thead th").allTextContents();
      expect(headers.slice(1, 4)).toEqual([district.fullName, b.fullName, c.fullName]);
      expect(await page.locator("figure#dung-han .plot-wide svg title").first().textContent()).toContain(`so sánh ${district.fullName}, ${b.fullName}, ${c.fullName}`);
      // Three lines, each with its own marker shape in the legend.
      expect(await page.locator("figure#dung-han .plot-wide svg g[transform^='translate'] > g > path").count()).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
    });
  });

  test("reload restores the view; back restores the previous one", async () => {
    await withPage(pages.district, async (page) => {
      await page.locator('.view-controls button[data-granularity="quarter"]').click();
      await drawn(page);
      const quarterly = await summary(page);
      await page.locator('.view-controls button[data-granularity="year"]').click();
      await expect.poll(() => page.url()).toContain("ky=nam");
      await drawn(page);
      const yearly = await summary(page);
      expect(yearly).not.toBe(quarterly);
      await page.reload({ waitUntil: "load" });
      await drawn(page);
      expect(await summary(page)).toBe(yearly);
      expect(await page.locator('.view-controls button[data-granularity="year"]').getAttribute("aria-pressed")).toBe("true");
      await page.goBack();
      await expect.poll(() => page.url()).toContain("ky=quy");
      await expect.poll(() => summary(page)).toBe(quarterly);
      expect(await page.locator('.view-controls button[data-granularity="quarter"]').getAttribute("aria-pressed")).toBe("true");
    });
  });

  test("a malformed permalink shows the default view with a note naming what was not used", async () => {
    const built = unitFigures(unitPageModel(site, district).figures, DEFAULT_VIEW)[0];
    await withPage(`${pages.district}?ky=tuan&tu=2025-13&so-sanh=99999&la=1`, async (page, _requests, errors) => {
      await drawn(page);
      const note = await page.locator("[data-view-problems]").innerText();
      expect(note).toContain("“ky=tuan” không hợp lệ");
      expect(note).toContain("“tu=2025-13” không hợp lệ");
      expect(note).toContain("không có đơn vị “99999” để so sánh");
      expect(note).toContain("“la” không phải tham số của trang");
      expect(await summary(page)).toBe(built?.summary);
      expect(await page.locator("figure#dung-han .plot-wide svg[role=img]").count()).toBe(1);
      expect(errors).toEqual([]);
    });
  });

  test("keyboard alone: Tab to a control and press Enter, and the chart follows", async () => {
    await withPage(pages.district, async (page) => {
      await page.locator('.view-controls button[data-granularity="year"]').focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.url()).toContain("ky=nam");
      await drawn(page);
      expect(await summary(page)).toMatch(/^Năm \d{4}: /);
    });
  });
});

describe("one chart code for build and browser", () => {
  const views: [string, ChartView][] = [
    ["?ky=quy", { ...DEFAULT_VIEW, granularity: "quarter" }],
    ["?ky=nam&cach-tinh=766&tb-tinh=khong", { ...DEFAULT_VIEW, granularity: "year", definition: "on_time_766", average: false }],
    ["?tu=2025-01&den=2025-05", { ...DEFAULT_VIEW, from: "2025-01", to: "2025-05" }],
  ];
  test.each(views)("%s: every figure's SVG, at both widths, is the build's rendering of the same view", async (query, view) => {
    const context = { months: site.months, self: district.key, isUnit: () => true };
    expect(parseView(query, context).view).toEqual(view);
    const expected = unitFigures(unitPageModel(site, district).figures, view);
    await withPage(pages.district + query, async (page) => {
      await drawn(page);
      for (const figure of expected) {
        const html = await page.locator(`figure#${figure.id} .plot`).innerHTML();
        expect(await normalized(page, html), figure.id).toBe(await normalized(page, figure.svg));
      }
    });
  });

  test("a comparison of three units, drawn in the browser, is the build's rendering", async () => {
    const [b, c] = others();
    if (!b || !c) throw new Error("two other districts");
    const view = { ...DEFAULT_VIEW, granularity: "quarter" as const, compare: [b.key, c.key] };
    const expected = unitFigures({ ...unitPageModel(site, district).figures, compare: [b, c] }, view)[0];
    await withPage(`${pages.district}?ky=quy&so-sanh=${b.key},${c.key}`, async (page) => {
      await drawn(page);
      expect(await normalized(page, await page.locator("figure#dung-han .plot").innerHTML())).toBe(await normalized(page, expected?.svg ?? ""));
    });
  });
});

describe("a province's ranking, map and trends", () => {
  // The former Gia Lai: its districts reported from 2024-01 to 2025-06.
  const unit = () => {
    const found = site.units.find((u) => u.key === "64@2025-06-30");
    if (found === undefined) throw new Error("no former Gia Lai in the fixtures");
    return found;
  };
  const provinceOf = () => provinceSubject(provinceFile(site, unit()));
  const ranking = (page: Page) => page.locator("#xep-hang").innerText();
  const mapTitle = (page: Page) => page.locator(`figure#${MAP_ID} h3`).innerText();

  test("follow the view's granularity and map colouring; the URL keeps both; back restores the previous view", async () => {
    await withPage(unit().url, async (page, requests, errors) => {
      await page.waitForLoadState("networkidle");
      expect(requests.filter((u) => u.startsWith("/api/")), "no data file before interaction").toEqual([]);
      expect(await ranking(page)).toMatch(/, Tháng \d+\/\d{4}$/);
      await page.locator('.view-controls button[data-granularity="quarter"]').click();
      await drawn(page);
      expect(page.url()).toBe(`${baseUrl}${unit().url}?ky=quy`);
      expect(await ranking(page)).toMatch(/, Quý [IV]+\/\d{4}$/);
      expect(await page.locator("#xu-huong-khoi p").innerText()).toContain("theo quý");
      await page.locator('.view-controls button[data-map-metric="satisfaction_share"]').click();
      await expect.poll(() => page.url()).toBe(`${baseUrl}${unit().url}?ky=quy&ban-do=hai-long`);
      await expect.poll(() => mapTitle(page)).toMatch(/^Bản đồ ô: Người dân hài lòng, Quý [IV]+\/\d{4}$/);
      expect(requests.filter((u) => u.startsWith("/api/")), "one file: the province's").toEqual([`/api/tinh/${provinceOf().key}.json`]);
      await page.goBack();
      await expect.poll(() => mapTitle(page)).toMatch(/^Bản đồ ô: Tỷ lệ giải quyết đúng hạn \(tỷ lệ báo cáo\), Quý/);
      expect(errors).toEqual([]);
    });
  });

  const views: [string, ChartView][] = [
    ["?ky=quy&ban-do=truc-tuyen", { ...DEFAULT_VIEW, granularity: "quarter", map: "online_dossier_share" }],
    ["?ky=nam&cach-tinh=766", { ...DEFAULT_VIEW, granularity: "year", definition: "on_time_766" }],
    ["?den=2025-03&ban-do=so-hoa", { ...DEFAULT_VIEW, to: "2025-03", map: "digitized_dossier_share" }],
  ];
  test.each(views)("%s: a permalink draws the build's rendering of that view: figures at both widths, ranking and trends", async (query, view) => {
    const subject = provinceOf();
    const months = { first: subject.total.series.month[0]?.period ?? "", last: subject.total.series.month.at(-1)?.period ?? "" };
    expect(parseView(query, { months, self: subject.key, isUnit: () => true }).view).toEqual(view);
    const expected = provinceView(subject, view);
    await withPage(unit().url + query, async (page, _requests, errors) => {
      await drawn(page);
      for (const figure of expected.figures) {
        const html = await page.locator(`figure#${figure.id} .plot`).innerHTML();
        expect(await normalized(page, html), figure.id).toBe(await normalized(page, figure.svg));
        expect(await page.locator(`figure#${figure.id} h3`).innerText()).toBe(figure.title);
      }
      for (const [id, html] of Object.entries(expected.blocks)) expect(await normalized(page, await page.locator(`#${id}`).innerHTML()), id).toBe(await normalized(page, html));
      expect(errors).toEqual([]);
    });
  });
});
