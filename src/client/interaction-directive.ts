/**
 * `client:interaction`: hydrates an island on the reader's first pointer, key or focus inside it,
 * never on load. The first click is not lost: it is held while the code loads and replayed on the
 * same element once the component says it is ready (an `island:ready` event from inside the
 * island). A page opened with a query (a permalink to a view) hydrates at once, so the view shows.
 * Data files the island names in `data-prefetch` are asked for at wake, so that on a slow line
 * they arrive while the code does instead of after it.
 */
import type { ClientDirective } from "astro";

export const ISLAND_READY = "island:ready";
// dragenter: files dragged in from the desktop bring no pointer or key event before they are dropped.
const WAKE = ["pointerdown", "keydown", "focusin", "touchstart", "dragenter"] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let started = false;
  let ready = false;
  let held: HTMLElement | undefined;
  const wake = () => {
    if (started) return;
    started = true;
    for (const type of WAKE) el.removeEventListener(type, wake, true);
    void load().then((hydrate) => hydrate());
    for (const url of el.querySelector("[data-prefetch]")?.getAttribute("data-prefetch")?.split(" ") ?? []) {
      if (url === "") continue;
      // as="fetch" with crossorigin matches the runtime's later fetch(url), so the file is sent once.
      const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", href: url, crossOrigin: "anonymous" });
      document.head.append(link);
    }
  };
  const holdClick = (event: Event) => {
    if (ready) return;
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>("button, a, input, label, summary") : null;
    if (target === null) return;
    event.preventDefault();
    event.stopPropagation();
    held = target;
    wake();
  };
  el.addEventListener(ISLAND_READY, () => {
    ready = true;
    el.removeEventListener("click", holdClick, true);
    const target = held;
    held = undefined;
    if (target?.isConnected) target.click();
  }, { once: true });
  el.addEventListener("click", holdClick, true);
  for (const type of WAKE) el.addEventListener(type, wake, { capture: true, passive: true });
  if (window.location.search !== "") wake();
};

export default interaction;
