// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

export default tseslint.config(
  { ignores: ["dist/", "dist.*/", ".astro/", "node_modules/", "tmp/", "test/**/output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // Config files run in Node.
    files: ["*.config.mjs"],
    languageOptions: { globals: { process: "readonly" } },
  },
  {
    // Layers import downwards only, and never in a circle: lib ← model ← ingest ← metrics ← charts ← site ← pages.
    files: ["src/**/*.ts", "scripts/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "src/lib", from: ["src/ingest", "src/model", "src/metrics", "src/charts", "src/site", "src/client", "src/i18n"], message: "src/lib is the leaf layer" },
            { target: "src/ingest", from: ["src/charts", "src/site", "src/client"] },
            // The validator checks target units of measure against the metric definitions.
            { target: "src/ingest", from: "src/metrics", except: ["./definitions.ts"] },
            { target: "src/metrics", from: ["src/charts", "src/site", "src/client"] },
            { target: "src/charts", from: ["src/site", "src/client", "src/ingest"] },
            { target: "src/site", from: ["src/client"] },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // Unused names are allowed when prefixed with _ (e.g. destructuring to drop a field).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
