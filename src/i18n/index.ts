/**
 * UI strings. Pages call t("key", {param}) and never hold their own text. t() speaks Vietnamese,
 * the site's language; other locales go through `translate` in ./locales, so that browser code,
 * which imports this module, never carries a dictionary it does not show.
 */
import { format } from "./format";
import { vi, type MessageKey } from "./vi";

export type Locale = "vi" | "en";
export type { MessageKey };
export { format };

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return format(vi[key], params);
}
