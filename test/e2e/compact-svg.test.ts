/**
 * Compacting a chart must not change what it shows: Chromium draws each chart as Plot wrote it and
 * as a page carries it (charts/compact.ts), at twice the pixel density, and the two pictures must
 * agree pixel for pixel but for anti-aliasing at the edges of the shapes that changed form.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compactSvg } from "../../src/charts/compact";
import { digitizationChart } from "../../src/charts/digitization";
import { onlineChart } from "../../src/charts/online";
import { onTimeChart } from "../../src/charts/onTime";
import { satisfactionChart } from "../../src/charts/satisfaction";
import { tileMap } from "../../src/charts/tileMap";
import { NARROW_WIDTH, withoutMarkTitles } from "../../src/site/figures/figure";
import * as F from "../charts/fixtures";
import { launchBrowser, newContext } from "../helpers/browser";

const DEFINITION = "Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết";


const CHARTS: [string, string, number][] = [
  ["on-time, monthly", onTimeChart(F.onTimeMonthly, { id: "a", title: "Đúng hạn", definitionLabel: DEFINITION, granularity: "month" }).svg, 640],
  ["on-time, 36 months at phone width", onTimeChart(F.onTimeThreeYears, { id: "b", title: "Đúng hạn", definitionLabel: DEFINITION, granularity: "month", width: NARROW_WIDTH }).svg, NARROW_WIDTH],
  ["online", onlineChart(F.online, { id: "c", title: "Trực tuyến", granularity: "month" }).svg, 640],
  ["digitization", digitizationChart(F.digitization, { id: "d", title: "Số hóa", granularity: "month" }).svg, 640],
  ["satisfaction", satisfactionChart(F.satisfaction, { id: "e", title: "Hài lòng", granularity: "month", waitTarget: 15 }).svg, 640],
  ["tile map", tileMap(F.tiles, { id: "f", title: "Bản đồ" }).svg, 640],
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const { context } = await newContext(browser, { deviceScaleFactor: 2 });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function picture(svg: string, width: number): Promise<string> {
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:#fff;color:#1a1a1a"><div style="width:${width}px">${svg}</div></body></html>`);
  return (await page.locator("svg").first().screenshot()).toString("base64");
}

/** Pixels whose colour differs by more than a quarter of the range in any channel. */
function difference(a: string, b: string): Promise<{ differing: number; total: number }> {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (png: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d");
        if (context === null) throw new Error("no 2d context");
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = [await decode(first), await decode(second)];
      if (x.length !== y.length) return { differing: Math.max(x.length, y.length) / 4, total: x.length / 4 };
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) {
        const channels = [0, 1, 2, 3].map((c) => Math.abs((x[i + c] ?? 0) - (y[i + c] ?? 0)));
        if (Math.max(...channels) > 64) differing += 1;
      }
      return { differing, total: x.length / 4 };
    },
    [a, b] as const,
  );
}

describe("a compacted chart draws the same picture", () => {
  test.each(CHARTS)("%s", async (name, titled, width) => {
    const original = withoutMarkTitles(titled);
    const compact = compactSvg(original);
    expect(compact.length, "compacting changed something").toBeLessThan(original.length);
    const { differing, total } = await difference(await picture(original, width), await picture(compact, width));
    console.log(`[compact] ${name}: ${differing} of ${total} pixels differ; ${original.length} → ${compact.length} bytes`);
    expect(differing / total, name).toBeLessThan(0.001);
  });
});
