/** A fresh server-side document for build-time charts (the browser draws into its own: dom.browser.ts). */
import { parseHTML } from "linkedom";

export function chartDocument(): Document {
  return parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
}
