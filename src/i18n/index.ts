/** UI strings by locale. Pages call t("key", {param}) and never hold their own text. */
import { en } from "./en";
import { vi, type MessageKey } from "./vi";

export type Locale = "vi" | "en";
export type { MessageKey };

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function t(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = "vi"): string {
  return DICTIONARIES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
