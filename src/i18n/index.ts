/** UI strings by locale. Pages call t("key", {param}) and never hold their own text. */
import { en } from "./en";
import { format } from "./format";
import { vi, type MessageKey } from "./vi";

export type Locale = "vi" | "en";
export type { MessageKey };
export { format };

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function t(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = "vi"): string {
  return format(DICTIONARIES[locale][key], params);
}
