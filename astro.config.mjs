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

// DATA_DIR and OUT_DIR are set by scripts/build.ts; the defaults serve `astro dev`.
export default defineConfig({
  site: process.env.SITE_URL ?? "https://minhbachmotcua.vn",
  outDir: process.env.OUT_DIR ?? "dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [react(), interactionDirective],
  devToolbar: { enabled: false },
  telemetry: false,
});
