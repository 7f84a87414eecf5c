/** The built pages in a real browser: structure, charts, tables, links both ways, the small scripts. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, newContext } from "../helpers/browser";
import { missingMonth, monthLabel, pageSlugs, samplePages, VALID_DIR } from "../helpers/site";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const pages = samplePages(outDir);
const SAMPLE_TEXT = "Dữ liệu minh họa — không phải số liệu chính thức";
const CHART_IDS = ["dung-han", "truc-tuyen", "so-hoa", "hai-long"] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  response: Response | null;
  /** Page errors, failed requests and requests blocked for leaving loopback, so far. */
  problems: () => string[];
  close: () => Promise<void>;
}

async function open(url: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const { context, blocked } = await newContext(browser, options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  const response = await page.goto(baseUrl + url, { waitUntil: "load" });
  return {
    page,
    response,
    problems: () => [...problems, ...blocked.map((u) => `blocked non-loopback request: ${u}`)],
    close: () => context.close(),
  };
}

describe("every page type", () => {
  test.each(Object.entries(pages))("%s page %s: 200, lang vi, one h1, titled", async (_type, url) => {
    const { page, response, problems, close } = await open(url);
    try {
      expect(response?.status(), url).toBe(200);
      expect(response?.headers()["content-type"]).toMatch(/^text\/html/);
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      const h1 = page.locator("h1");
      expect(await h1.count()).toBe(1);
      expect((await h1.innerText()).trim().length).toBeGreaterThan(2);
      expect(await page.title()).toMatch(/Minh bạch Một cửa$/);
      await page.waitForLoadState("networkidle");
      expect(problems()).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the h1 names the place or the section", async () => {
    const check = async (url: string, pattern: RegExp) => {
      const { page, close } = await open(url);
      try {
        expect(await page.locator("h1").innerText(), url).toMatch(pattern);
      } finally {
        await close();
      }
    };
    await check(pages.home, /^Minh bạch Một cửa$/);
    if (/^\/huyen\/krong-pa-637\//.test(pages.district)) await check(pages.district, /Krông Pa/);
    await check(pages.province, /Tỉnh|Thành phố/);
    await check(pages.commune, /Xã|Phường|Thị trấn|Đặc khu/);
  });

  test("the server answers 404 for a page that does not exist", async () => {
    const response = await fetch(`${baseUrl}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
  });
});

describe("district page", () => {
  test("four charts, each an SVG image whose label and description resolve inside it", async () => {
    const { page, close } = await open(pages.district);
    try {
      const figures = await page.locator("figure.chart").evaluateAll((els) => els.map((e) => e.id));
      for (const id of CHART_IDS) expect(figures, `figure#${id}`).toContain(id);
      for (const id of CHART_IDS) {
        const result = await page.locator(`figure.chart#${id}`).evaluate((figure) => {
          const svg = figure.querySelector('svg[role="img"]');
          if (!svg) return { found: false, labelledby: [], describedby: [] };
          const resolve = (attr: string) =>
            (svg.getAttribute(attr) ?? "")
              .split(/\s+/)
              .filter(Boolean)
              .map((ref) => {
                const target = svg.querySelector(`#${CSS.escape(ref)}`);
                const global = document.querySelectorAll(`[id="${ref}"]`).length;
                return { ref, tag: target?.localName ?? null, text: target?.textContent?.trim() ?? "", global };
              });
          return { found: true, labelledby: resolve("aria-labelledby"), describedby: resolve("aria-describedby") };
        });
        expect(result.found, `figure#${id} has svg[role=img]`).toBe(true);
        expect(result.labelledby.length, `figure#${id} aria-labelledby`).toBeGreaterThan(0);
        expect(result.describedby.length, `figure#${id} aria-describedby`).toBeGreaterThan(0);
        for (const r of result.labelledby) {
          expect(r.tag, `figure#${id} labelledby #${r.ref}`).toBe("title");
          expect(r.text.length).toBeGreaterThan(0);
          expect(r.global, `id ${r.ref} is unique`).toBe(1);
        }
        for (const r of result.describedby) {
          expect(r.tag, `figure#${id} describedby #${r.ref}`).toBe("desc");
          expect(r.text.length).toBeGreaterThan(0);
          expect(r.global, `id ${r.ref} is unique`).toBe(1);
        }
      }
    } finally {
      await close();
    }
  });

  test("every table has a caption; each chart has its table under 'Xem bảng số liệu'", async () => {
    const { page, close } = await open(pages.district);
    try {
      const captions = await page.locator("table").evaluateAll((ts) => ts.map((t) => t.querySelector(":scope > caption")?.textContent?.trim() ?? ""));
      expect(captions.length).toBeGreaterThanOrEqual(CHART_IDS.length);
      for (const c of captions) expect(c.length).toBeGreaterThan(0);
      for (const id of CHART_IDS) {
        const details = page.locator(`figure.chart#${id} details`);
        await expect.poll(() => details.locator("summary").innerText()).toBe("Xem bảng số liệu");
        expect(await details.locator("table").count(), `figure#${id} table`).toBe(1);
        await details.locator("summary").click();
        expect(await details.locator("table caption").isVisible()).toBe(true);
      }
    } finally {
      await close();
    }
  });

  test("the sample-data mark is visible on district, commune and home pages", async () => {
    for (const url of [pages.district, pages.commune, pages.home]) {
      const { page, close } = await open(url);
      try {
        await expect.poll(() => page.getByText(SAMPLE_TEXT).first().isVisible(), { message: url }).toBe(true);
      } finally {
        await close();
      }
    }
  });

  test("a month missing from the data reads 'Thiếu báo cáo' in the table, never 0, and the note under the table says what that means", async () => {
    const gap = missingMonth(VALID_DIR);
    expect(gap, "the valid fixture has a unit with a missing month").toBeDefined();
    if (!gap) return;
    const [code, period] = gap;
    const slug = [...pageSlugs(outDir, "huyen").map((s) => `/huyen/${s}/`), ...pageSlugs(outDir, "xa").map((s) => `/xa/${s}/`)].find((u) =>
      u.endsWith(`-${code}/`),
    );
    expect(slug, `page of unit ${code}`).toBeDefined();
    if (!slug) return;
    const { page, close } = await open(slug);
    try {
      const label = monthLabel(period);
      for (const id of ["dung-han", "hai-long", "so-hoa"]) {
        const figure = page.locator(`figure.chart#${id}`);
        await figure.locator("summary").click();
        const row = figure.locator("table tbody tr").filter({ has: page.locator(`th:text-is("${label}")`) });
        expect(await row.count(), `${slug} #${id}: row "${label}"`).toBe(1);
        const cells = await row.locator("td").allInnerTexts();
        expect(cells.filter((c) => c.trim() === "Thiếu báo cáo").length, `${slug} #${id} ${label}: ${cells.join(" | ")}`).toBeGreaterThan(0);
        expect(cells.map((c) => c.trim()), `${slug} #${id} ${label}`).not.toContain("0");
        expect(await row.locator("td.missing").first().isVisible()).toBe(true);
        expect(await figure.locator(".table-note dt").allInnerTexts(), `${slug} #${id}`).toContain("Thiếu báo cáo");
      }
    } finally {
      await close();
    }
  });

  test("continuity: the district links to a successor commune, which links back to the district", async () => {
    const { page, close } = await open(pages.district);
    try {
      const notice = page.locator(".notice.reform");
      expect(await notice.count()).toBe(1);
      const communeLinks = notice.locator('a[href^="/xa/"]');
      expect(await communeLinks.count()).toBeGreaterThan(0);
      const href = await communeLinks.first().getAttribute("href");
      await Promise.all([page.waitForURL(`${baseUrl}${href ?? ""}`), communeLinks.first().click()]);
      expect(await page.locator("h1").innerText()).not.toBe("");
      const back = page.locator(`.notice.reform a[href="${pages.district}"]`);
      expect(await back.count(), `${href ?? ""} links back to ${pages.district}`).toBeGreaterThan(0);
      await Promise.all([page.waitForURL(`${baseUrl}${pages.district}`), back.first().click()]);
      expect(page.url()).toBe(`${baseUrl}${pages.district}`);
    } finally {
      await close();
    }
  });

  test("every successor commune of the district links back to it", async () => {
    const { page, close } = await open(pages.district);
    try {
      const hrefs = await page.locator('.notice.reform a[href^="/xa/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        const html = readFileSync(path.join(outDir, ...href.split("/").filter(Boolean), "index.html"), "utf8");
        expect(html, `${href} links back to ${pages.district}`).toContain(`href="${pages.district}"`);
      }
    } finally {
      await close();
    }
  });

  test("the first click on 'Quý' loads the chart code and redraws every chart by quarter, in place", async () => {
    const { page, problems, close } = await open(pages.district);
    try {
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.waitForLoadState("networkidle");
      const figure = page.locator("figure.chart#dung-han");
      const svgState = () =>
        figure.locator(".plot-wide").evaluate((plot) => {
          const svg = plot.querySelector("svg");
          return { html: plot.innerHTML, desc: svg?.querySelector("desc")?.textContent ?? "", bars: [...(svg?.querySelectorAll("rect, path") ?? [])].reduce((n, el) => n + (el.tagName === "rect" ? 1 : (el.getAttribute("d")?.match(/Z/g)?.length ?? 0)), 0), role: svg?.getAttribute("role") ?? "" };
        });
      const before = await svgState();
      const rowsBefore = await figure.locator("tbody tr").count();
      const quarter = page.locator('.view-controls button[data-granularity="quarter"]');
      expect(await quarter.getAttribute("aria-pressed")).toBe("false");
      await quarter.click();
      await page.locator("[data-view-status]", { hasText: "Đã vẽ" }).waitFor();
      const after = await svgState();
      expect(page.url(), "the view is in the URL").toBe(`${baseUrl}${pages.district}?ky=quy`);
      expect(after.role).toBe("img");
      // A page writes the bars of one colour as one path, a closed subpath each (charts/compact.ts).
      expect(after.bars, "fewer bars by quarter than by month").toBeLessThan(before.bars);
      expect(after.desc).toContain("theo quý");
      expect(await figure.locator(".subtitle").innerText()).toMatch(/^Quý [IV]+\/\d{4} – Quý [IV]+\/\d{4}\. Hồ sơ đã giải quyết theo quý/);
      expect(await figure.locator(".summary").innerText()).toMatch(/^Quý [IV]+\/\d{4}: /);
      expect(await figure.locator("tbody tr").count(), "one table row a quarter").toBeLessThan(rowsBefore);
      expect(await figure.locator("tbody th").first().textContent()).toMatch(/^Quý [IV]+\/\d{4}$/);
      // The other figures follow the same view.
      expect(await page.locator("figure.chart#hai-long .subtitle").innerText()).toMatch(/^Quý /);
      expect(await quarter.getAttribute("aria-pressed")).toBe("true");
      expect(requested.some((u) => u.startsWith("/api/don-vi/")), "the unit's data file, after the click").toBe(true);
      expect(problems()).toEqual([]);
    } finally {
      await close();
    }
  });

  test("with JavaScript disabled the district page still shows all four SVGs and their tables", async () => {
    const { page, close } = await open(pages.district, { javaScriptEnabled: false });
    try {
      for (const id of CHART_IDS) {
        const svg = page.locator(`figure.chart#${id} svg[role="img"]`).first();
        expect(await svg.isVisible(), `#${id} svg`).toBe(true);
        const box = await svg.boundingBox();
        expect(box?.height ?? 0, `#${id} svg height`).toBeGreaterThan(50);
        const details = page.locator(`figure.chart#${id} details`);
        await details.locator("summary").click();
        expect(await details.locator("table").isVisible(), `#${id} table`).toBe(true);
        expect(await details.locator("table tbody tr").count()).toBeGreaterThan(0);
      }
      // Controls that need JavaScript are not shown; a note says the charts and tables read without it.
      expect(await page.locator(".view-controls").isVisible()).toBe(false);
      expect(await page.locator("main").innerText()).toContain("Các tùy chọn biểu đồ cần JavaScript");
    } finally {
      await close();
    }
  });
  test("with JavaScript disabled the province page shows its chart, ranking, map and trends, without the options", async () => {
    const { page, close } = await open(pages.province, { javaScriptEnabled: false });
    try {
      for (const id of ["dung-han-tinh", "ban-do-o"]) expect(await page.locator(`figure.chart#${id} svg[role="img"]`).first().isVisible(), `#${id}`).toBe(true);
      expect(await page.locator("#xep-hang-khoi table[data-sortable] tbody tr").count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator("#xu-huong-khoi .small-multiples svg").count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator(".view-controls").isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});

describe("home page place finder", () => {
  test("focus loads the index; typing a folded name finds the district page", async () => {
    const { page, problems, close } = await open(pages.home);
    try {
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.waitForLoadState("networkidle");
      expect(requested, "places.json waits for the reader").not.toContain("/places.json");
      const input = page.locator("input[data-place-finder]");
      const index = page.waitForResponse((r) => r.url().endsWith("/places.json"));
      await input.focus();
      expect((await index).status()).toBe(200);
      await input.pressSequentially("krong pa", { delay: 20 });
      const hit = page.locator(`#place-results a[href="${pages.district}"]`);
      await hit.first().waitFor({ state: "visible" });
      expect(await hit.count()).toBeGreaterThan(0);
      expect(await page.locator("#place-status").innerText()).toMatch(/\d+ kết quả/);
      await Promise.all([page.waitForURL(`${baseUrl}${pages.district}`), hit.first().click()]);
      expect(problems()).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("province ranking", () => {
  test("clicking a column header reorders the rows and sets aria-sort", async () => {
    const { page, problems, close } = await open(pages.province);
    try {
      const table = page.locator("table[data-sortable]");
      expect(await table.count()).toBe(1);
      const names = () => table.locator("tbody tr th[scope=row]").allInnerTexts();
      const initial = await names();
      expect(initial.length, `${pages.province} ranking rows`).toBeGreaterThanOrEqual(2);

      const nameHeader = table.locator("thead th", { has: page.locator('button[data-sort="text"]') });
      await nameHeader.locator("button").click();
      await expect.poll(() => nameHeader.getAttribute("aria-sort")).toBe("descending");
      const collator = new Intl.Collator("vi");
      expect(await names()).toEqual([...initial].sort((a, b) => collator.compare(b, a)));
      await nameHeader.locator("button").click();
      await expect.poll(() => nameHeader.getAttribute("aria-sort")).toBe("ascending");
      const ascending = [...initial].sort((a, b) => collator.compare(a, b));
      expect(await names()).toEqual(ascending);
      const reordered = ascending.join("|") !== initial.join("|") || [...ascending].reverse().join("|") !== initial.join("|");
      expect(reordered, "sorting by name reorders the rows in at least one direction").toBe(true);

      const numeric = table.locator("thead th", { has: page.locator('button[data-sort="number"]') }).first();
      const column = await numeric.evaluate((th) => Array.from(th.parentElement?.children ?? []).indexOf(th));
      const initialOrder = await numeric.getAttribute("aria-sort");
      await numeric.locator("button").click();
      await expect.poll(() => numeric.getAttribute("aria-sort")).not.toBe(initialOrder);
      const order = await numeric.getAttribute("aria-sort");
      expect(order === "ascending" || order === "descending").toBe(true);
      expect(await nameHeader.getAttribute("aria-sort")).toBe("none");
      const values = await table.locator("tbody tr").evaluateAll(
        (rows, i) => rows.map((r) => (r.children[i] as HTMLElement | undefined)?.dataset["value"] ?? ""),
        column,
      );
      const present = values.filter((v) => v !== "").map(Number);
      const sorted = [...present].sort((a, b) => (order === "ascending" ? a - b : b - a));
      expect(present).toEqual(sorted);
      expect(values.slice(present.length).every((v) => v === ""), "missing values go last").toBe(true);
      expect(problems()).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("links", () => {
  /** Every internal href/src of every built page resolves to a built file, and fragments to an id. */
  test("every internal link and fragment in the built site resolves", () => {
    const htmlFiles: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".html")) htmlFiles.push(p);
      }
    };
    walk(outDir);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(file, "utf8");
      const pageUrl = "/" + path.relative(outDir, path.dirname(file)).split(path.sep).filter(Boolean).map((s) => `${s}/`).join("");
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = (m[1] ?? "").replaceAll("&amp;", "&");
        if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) continue;
        const [pathPart = "", fragment] = raw.split("#");
        const target = pathPart === "" ? pageUrl : new URL(pathPart, `http://x${pageUrl}`).pathname;
        let filePath = path.join(outDir, ...decodeURIComponent(target).split("/").filter(Boolean));
        if (target.endsWith("/")) filePath = path.join(filePath, "index.html");
        if (!existsSync(filePath)) {
          broken.push(`${pageUrl}: ${raw} (no file)`);
          continue;
        }
        if (fragment && filePath.endsWith(".html") && !idsOf(filePath).has(decodeURIComponent(fragment))) {
          broken.push(`${pageUrl}: ${raw} (no id "${fragment}")`);
        }
      }
    }
    expect(htmlFiles.length).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });
});
