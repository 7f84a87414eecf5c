// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";

// DATA_DIR and OUT_DIR are set by scripts/build.ts; the defaults serve `astro dev`.
export default defineConfig({
  site: process.env.SITE_URL ?? "https://minhbachmotcua.vn",
  outDir: process.env.OUT_DIR ?? "dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [react()],
  devToolbar: { enabled: false },
  telemetry: false,
});
