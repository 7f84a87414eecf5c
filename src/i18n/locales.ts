/** Every locale's dictionary, for what is written in more than one language (the data-format docs). */
import { en } from "./en";
import { format, type Locale, type MessageKey } from "./index";
import { vi } from "./vi";

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return format(DICTIONARIES[locale][key], params);
}
