// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

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
    rules: {
      // Unused names are allowed when prefixed with _ (e.g. destructuring to drop a field).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
