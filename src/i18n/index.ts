/**
 * UI strings. Pages call t("key", {param}) and never hold their own text. t() speaks Vietnamese,
 * the site's language; other locales go through `translate` in ./locales, so that browser code,
 * which imports this module, never carries a dictionary it does not show. In the browser "#messages"
 * is the part of the Vietnamese dictionary browser code shows (./vi-browser.ts), not the page texts.
 */
import { messages } from "#messages";
import { format } from "./format";
import type { MessageKey } from "./vi";

export type Locale = "vi" | "en";
export type { MessageKey };
export { format };

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  // A key missing from the browser's part shows as itself, never as "undefined" (a test keeps the part whole).
  return format(messages[key] ?? key, params);
}
