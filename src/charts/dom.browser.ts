/** In the browser, charts draw into the page's own document; linkedom is never shipped. */
export function chartDocument(): Document {
  return document;
}
