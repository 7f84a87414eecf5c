/**
 * Debian's Chromium driven by playwright-core, for every end-to-end test. Each launch gets a fresh
 * temporary profile (Playwright passes its own new --user-data-dir and deletes it on close); every
 * context refuses requests to anything but loopback, and the resolver maps every other host to
 * nowhere, so no test can reach the network.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function isLoopback(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
    return LOOPBACK.has(u.hostname);
  } catch {
    return false;
  }
}

export interface GuardedContext {
  context: BrowserContext;
  /** URLs the page tried to load outside loopback (all were aborted). */
  blocked: string[];
}

/** A new context whose requests outside loopback are aborted and recorded. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ locale: "vi-VN", serviceWorkers: "block", ...options });
  const blocked: string[] = [];
  await context.route(
    (url) => !isLoopback(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  return { context, blocked };
}
