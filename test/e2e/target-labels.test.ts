/**
 * Targets on the built pages say what they are: derived milestones are labelled with their rule
 * and item wherever they appear, a stated target's status governs a derived one, rule-only rows
 * are not measurable; the portal's on-time definition is selectable at every granularity.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, newContext } from "../helpers/browser";
import { htmlOf, samplePages } from "../helpers/site";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const pages = samplePages(outDir);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replaceAll("&quot;", '"').replace(/\s+/g, " ");
const row = (html: string, href: string) => text(new RegExp(`<tr[^>]*>(?:(?!</tr>)[\\s\\S])*?href="${href}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? "");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("derived and rule-only targets on the built pages", () => {
  test("the district page labels a derived milestone and names the stated target that governs it", () => {
    const html = htmlOf(outDir, pages.district);
    const governed = row(html, "/chi-tieu/ct-2024-dung-han-moc/");
    expect(governed).toContain("mốc suy ra: mỗi quý thêm 2 điểm %, theo mục II.1");
    expect(governed).toContain("theo chỉ tiêu văn bản ghi rõ ct-2024-dung-han");
    expect(row(html, "/chi-tieu/ct-2023-truc-tuyen-moc/")).toContain("mốc suy ra: tăng đều 10 điểm %/năm đến 50% năm 2024, theo mục II.2");
    // A stated target carries no such label.
    expect(row(html, "/chi-tieu/ct-2024-dung-han/")).not.toContain("mốc suy ra");
  });

  test("the tracker, the target page and the plan page carry the same label", () => {
    expect(row(htmlOf(outDir, "/chi-tieu/"), "/chi-tieu/ct-2024-dung-han-moc/")).toContain("mốc suy ra: mỗi quý thêm 2 điểm %, theo mục II.1");
    const target = text(htmlOf(outDir, "/chi-tieu/ct-2024-dung-han-moc/"));
    expect(target).toContain("≥ 90%, hạn tháng 6/2024 ( mốc suy ra: mỗi quý thêm 2 điểm %, theo mục II.1 )");
    expect(target).toContain("Văn bản không ghi số này; trang suy ra từ quy tắc của văn bản.");
    expect(target).toMatch(/quyết định trạng thái thay cho mốc suy ra: Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên — ≥ 95%, hạn tháng 12\/2024/);
    expect(text(htmlOf(outDir, "/ke-hoach/kh-64-2024-cchc/"))).toContain("≥ 90%, hạn tháng 6/2024 ( mốc suy ra: mỗi quý thêm 2 điểm %, theo mục II.1 )");
  });

  test("a rule-only row shows its rule and ambiguity, no number, and every unit is 'not measurable: rule is ambiguous'", () => {
    const target = htmlOf(outDir, "/chi-tieu/ct-2025-so-hoa-quy-tac/");
    const words = text(target);
    expect(words).toContain("mỗi năm thêm 20% tỷ lệ số hóa, từ tháng 12/2025 ( chỉ có quy tắc, không có số )");
    expect(words).toContain("\"thêm 20%\" có thể là 20 điểm phần trăm hoặc tăng 20% so với năm trước");
    const statuses = [...target.matchAll(/<span class="status status-(\w+)">/g)].map((m) => m[1]);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["not_measurable"]));
    expect(words).toContain("Không đo được quy tắc của văn bản hiểu được nhiều cách");
  });
});

describe("the Gia Lai portal's on-time definition", () => {
  test("is one of the definitions a reader can choose, at any granularity, and the link keeps it", async () => {
    const { context } = await newContext(browser, {});
    try {
      const page = await context.newPage();
      await page.goto(baseUrl + pages.district, { waitUntil: "load" });
      const figure = page.locator("figure#dung-han");
      await page.locator('.view-controls button[data-granularity="quarter"]').click();
      await expect.poll(() => page.url()).toContain("?ky=quy");
      await page.locator('.view-controls button[data-definition="on_time_portal"]').click();
      await expect.poll(() => page.url()).toBe(`${baseUrl}${pages.district}?ky=quy&cach-tinh=cong`);
      await expect.poll(() => figure.evaluate((f) => f.querySelector(".plot-wide")?.textContent ?? "")).toContain("Tỷ lệ đúng hạn theo Cổng Một cửa Gia Lai");
      expect(await figure.locator(".summary").innerText()).toMatch(/^Quý [IV]+\/\d{4}: .* theo cách tính của Cổng Một cửa Gia Lai/);
      expect(await page.locator('.view-controls button[data-definition="on_time_portal"]').getAttribute("aria-pressed")).toBe("true");
    } finally {
      await context.close();
    }
  });
});
