/** The build's dictionary: every Vietnamese string. The browser gets ./messages.browser.ts instead. */
import type { MessageKey } from "./vi";
import { vi } from "./vi";

export const messages: Partial<Record<MessageKey, string>> = vi;
