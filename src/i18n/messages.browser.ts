/** The browser's dictionary: only the strings browser code shows (package.json "imports", "#messages"). */
import type { MessageKey } from "./vi";
import { viBrowser } from "./vi-browser";

export const messages: Partial<Record<MessageKey, string>> = viBrowser;
