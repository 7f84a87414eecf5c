/**
 * Site search in Chromium: the header box on every page type, the search page and its URL, the
 * index loaded only on focus, results as text, accessibility, and the realistic query set — on the
 * fixture site, and on the bundled data's shards (the fixture has no Đăk Đoa, KBang or Decision
 * 258; those shards, built in this process by the same code as the build, are served in place of
 * the fixture's so the browser code runs on the real corpus).
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { validateDataDir } from "../../src/ingest/validate";
import { buildShards } from "../../src/search/build";
import { buildModel } from "../../src/site/model";
import { searchDocuments } from "../../src/site/search";
import { launchBrowser, newContext } from "../helpers/browser";
import { samplePages } from "../helpers/site";
import { BUNDLED_QUERIES, type ExpectedQuery } from "../search/queries";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const pages = samplePages(outDir);
const SHARD = /\/tim-kiem\/[a-z]+\.json$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(url: string, run: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const { context } = await newContext(browser, options);
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + url, { waitUntil: "load" });
    return await run(page);
  } finally {
    await context.close();
  }
}

const results = (page: Page, scope = "main") => page.locator(`${scope} [data-search-results] > li`);

async function topFive(page: Page, scope = "main"): Promise<{ type: string; title: string }[]> {
  return results(page, scope).evaluateAll((lis) =>
    lis.slice(0, 5).map((li) => ({ type: (li as HTMLElement).dataset["type"] ?? "", title: li.querySelector("a")?.textContent ?? "" })),
  );
}

async function search(page: Page, q: string): Promise<{ type: string; title: string }[]> {
  const input = page.locator("#search-q");
  await input.fill(q);
  await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(q).replace(/%20/g, "+")}`);
  await page.locator("#search-status").filter({ hasText: /\d|Không/ }).waitFor();
  return topFive(page);
}

const found = (top: { type: string; title: string }[], e: ExpectedQuery) =>
  top.some((h) => h.type === e.type && h.title.toLowerCase().includes(e.title.toLowerCase()));

describe("the index loads only on use", () => {
  test.each([pages.home, pages.district, pages.plan, pages.agency])("%s requests no shard before the search box is focused", async (url) => {
    const { context } = await newContext(browser);
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(baseUrl + url, { waitUntil: "networkidle" });
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(300);
      expect(requested.filter((p) => SHARD.test(p))).toEqual([]);
      await page.locator("#site-search-q").focus();
      await expect.poll(() => requested.filter((p) => SHARD.test(p)).sort()).toEqual(
        ["agency", "place", "plan", "target", "task"].map((s) => `/tim-kiem/${s}.json`),
      );
    } finally {
      await context.close();
    }
  });
});

describe("header box", () => {
  test.each(Object.entries(pages))("%s page %s: '/' focuses the box, typing lists results, Tab reaches them", async (_type, url) => {
    await withPage(url, async (page) => {
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
      expect(await page.locator("#site-search-q").evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
      await page.keyboard.type("krong pa");
      const status = page.locator("form[data-search-box] [role=status]");
      await expect.poll(() => status.textContent()).toMatch(/^\d+ kết quả/);
      expect(await status.getAttribute("aria-live")).toBe("polite");
      expect((await topFive(page, "header"))[0]).toEqual({ type: "place", title: "Huyện Krông Pa" });
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Huyện Krông Pa");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/huyen\/krong-pa-637\/$/);
    });
  });

  test("Enter in the box opens the search page with the query", async () => {
    await withPage(pages.target, async (page) => {
      await page.locator("#site-search-q").fill("số hóa");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/tim-kiem\/\?q=/);
      await expect.poll(() => page.locator("#search-q").inputValue()).toBe("số hóa");
      await expect.poll(async () => (await topFive(page)).length).toBeGreaterThan(0);
    });
  });
});

describe("search page", () => {
  test("restores the query from the URL, keeps it there while typing, and back returns to the previous search", async () => {
    await withPage("/tim-kiem/?q=krong+pa", async (page) => {
      await expect.poll(() => page.locator("#search-q").inputValue()).toBe("krong pa");
      await expect.poll(async () => (await topFive(page))[0]?.title, { timeout: 15_000 }).toBe("Huyện Krông Pa");
      await page.locator("#search-q").fill("ia rsai");
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("ia rsai");
      await page.keyboard.press("Enter");
      await page.locator("#search-q").fill("pleiku");
      await page.keyboard.press("Enter");
      await page.goBack();
      await expect.poll(() => page.locator("#search-q").inputValue()).toBe("ia rsai");
      await expect.poll(async () => (await topFive(page)).map((h) => h.title)).toContain("Xã Ia Rsai");
      await page.goBack();
      await expect.poll(() => page.locator("#search-q").inputValue()).toBe("krong pa");
    });
  });

  test("filters by type, with counts, and keeps the type in the URL", async () => {
    await withPage("/tim-kiem/?q=krong+pa", async (page) => {
      await page.locator(".search-filter label", { hasText: /^\s*Cơ quan\s*$/ }).locator("input").check();
      await expect.poll(() => new URL(page.url()).searchParams.get("loai")).toBe("agency");
      await expect.poll(async () => (await topFive(page)).every((h) => h.type === "agency")).toBe(true);
      expect(await page.locator(".search-filter label", { hasText: /^\s*Địa danh\s*$/ }).getAttribute("data-count")).toMatch(/^[1-9]\d*$/);
    });
  });

  test("highlights the matched words with <mark> in title and snippet", async () => {
    await withPage("/tim-kiem/?q=thanh+toan+truc+tuyen", async (page) => {
      await results(page).first().waitFor();
      const marks = await results(page).first().locator("mark").allTextContents();
      expect(marks).toEqual(expect.arrayContaining(["thanh", "toán", "trực", "tuyến"]));
    });
  });

  test("shows markup in names and tasks as text and runs none of it", async () => {
    const { context } = await newContext(browser);
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${baseUrl}/tim-kiem/?q=onerror`, { waitUntil: "networkidle" });
      await expect.poll(async () => (await topFive(page)).map((h) => h.type).sort()).toEqual(["agency", "task"]);
      const text = await page.locator("main [data-search-results]").textContent();
      expect(text).toContain("Tổ công tác <img src=x onerror=alert(1)> tỉnh Gia Lai");
      expect(text).toContain("Kiểm tra hiển thị <img src=x onerror=alert(1)> trong nội dung nhiệm vụ");
      expect(await page.locator("[data-search-results] img").count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("without JavaScript it says search needs JavaScript and links to the lists", async () => {
    await withPage("/tim-kiem/?q=krong", async (page) => {
      await expect.poll(() => page.locator("main").innerText()).toContain("Tìm kiếm cần JavaScript");
      const links = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toEqual(expect.arrayContaining(["/ke-hoach/", "/co-quan/", "/"]));
    }, { javaScriptEnabled: false });
  });

  test("has no axe violations with results shown, and its links are at least 24 px high", async () => {
    await withPage("/tim-kiem/?q=gia+lai", async (page) => {
      await results(page).first().waitFor();
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      const heights = await page.locator("main [data-search-results] a, .search-filter label").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    });
  });

  test("the header panel with results has no axe violations", async () => {
    await withPage(pages.district, async (page) => {
      await page.locator("#site-search-q").fill("pleiku");
      await results(page, "header").first().waitFor();
      const axe = await new AxeBuilder({ page }).include("header").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  });
});

/** Realistic queries on the fixture's own corpus. */
const FIXTURE_QUERIES: readonly ExpectedQuery[] = [
  { q: "thanh toan truc tuyen", type: "target", title: "thanh toán trực tuyến" },
  { q: "thanh toán trực tuyến", type: "task", title: "thanh toán trực tuyến" },
  { q: "15 phút", type: "target", title: "15 phút" },
  { q: "so hoa", type: "target", title: "Số hóa" },
  { q: "số hóa hồ sơ", type: "task", title: "Số hóa hồ sơ" },
  { q: "102/KH-UBND", type: "plan", title: "102/KH-UBND" },
  { q: "102", type: "plan", title: "102/KH-UBND" },
  { q: "ke hoach cai cach hanh chinh 2024", type: "plan", title: "cải cách hành chính năm 2024" },
  { q: "CCHC", type: "plan", title: "cải cách hành chính" },
  { q: "TTHC", type: "task", title: "thủ tục hành chính" },
  { q: "KH&CN", type: "agency", title: "Sở Khoa học và Công nghệ tỉnh Gia Lai" },
  { q: "UBND krong pa", type: "agency", title: "Ủy ban nhân dân huyện Krông Pa" },
  { q: "HĐND", type: "agency", title: "Văn phòng HĐND và UBND huyện Krông Pa" },
  { q: "buu dien", type: "agency", title: "Bưu điện tỉnh Gia Lai" },
  { q: "trung tam phuc vu hanh chinh cong", type: "agency", title: "Trung tâm Phục vụ hành chính công" },
  { q: "tap huan", type: "task", title: "Tập huấn" },
  { q: "dung han 95%", type: "target", title: "đúng hạn" },
  { q: "krong pha", type: "place", title: "Huyện Krông Pa" },
  { q: "ia rsai", type: "place", title: "Xã Ia Rsai" },
  { q: "chu rcam", type: "place", title: "Xã Chư Rcăm" },
  { q: "pleiku", type: "place", title: "Phường Pleiku" },
  { q: "phu thien", type: "place", title: "Huyện Phú Thiện" },
  { q: "tay son pleiku", type: "place", title: "Phường Tây Sơn" },
];

describe("realistic queries, fixture site", () => {
  test(`${FIXTURE_QUERIES.length} queries find the expected result in the top 5`, async () => {
    await withPage("/tim-kiem/", async (page) => {
      const misses: string[] = [];
      for (const e of FIXTURE_QUERIES) {
        const top = await search(page, e.q);
        if (!found(top, e)) misses.push(`${e.q} → ${JSON.stringify(top)}`);
      }
      expect(misses).toEqual([]);
    });
  });
});

describe("realistic queries, bundled data", () => {
  test(`${BUNDLED_QUERIES.length} queries find the expected result in the top 5`, async () => {
    const shards = buildShards(searchDocuments(buildModel(validateDataDir("data").records)));
    const { context } = await newContext(browser);
    try {
      await context.route(SHARD, (route) => {
        const type = /([a-z]+)\.json$/.exec(route.request().url())?.[1];
        return route.fulfill({ contentType: "application/json", body: JSON.stringify(shards.find((s) => s.type === type)) });
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/tim-kiem/`, { waitUntil: "load" });
      const misses: string[] = [];
      for (const e of BUNDLED_QUERIES) {
        const top = await search(page, e.q);
        if (!found(top, e)) misses.push(`${e.q} → ${JSON.stringify(top)}`);
      }
      expect(misses).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
