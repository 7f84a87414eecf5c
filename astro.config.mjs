// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";

/** `client:interaction`: islands hydrate on the reader's first pointer, key or focus, never on load. */
const interactionDirective = {
  name: "client-interaction",
  hooks: {
    "astro:config:setup": ({ addClientDirective }) =>
      addClientDirective({ name: "interaction", entrypoint: "./src/client/interaction-directive.ts" }),
  },
};

/**
 * Plot nudges marks by half a pixel on 1× screens, deciding once, at import, from
 * window.devicePixelRatio; in Node (the build) it uses no nudge. Pinning that choice in the browser
 * too makes one chart state one SVG, byte for byte, wherever it is drawn.
 */
const plotWithoutPixelNudge = {
  name: "plot-without-pixel-nudge",
  transform(code, id) {
    if (!id.replaceAll("\\", "/").includes("@observablehq/plot/src/style.js")) return undefined;
    const pinned = code.replace(/export const offset = [^;]+;/, "export const offset = 0;");
    if (pinned === code) throw new Error("@observablehq/plot: the pixel offset moved; update astro.config.mjs");
    return pinned;
  },
};

// DATA_DIR and OUT_DIR are set by scripts/build.ts; the defaults serve `astro dev`.
export default defineConfig({
  site: process.env.SITE_URL ?? "https://minhbachmotcua.vn",
  outDir: process.env.OUT_DIR ?? "dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "auto" },
  integrations: [react(), interactionDirective],
  devToolbar: { enabled: false },
  vite: { plugins: [plotWithoutPixelNudge] },
  telemetry: false,
});
