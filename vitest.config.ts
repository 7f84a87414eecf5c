import { defineConfig } from "vitest/config";

// One run covers everything a reviewer checks: unit, property, snapshot and browser tests.
export default defineConfig({
  test: {
    // Pinned time zone and "now" keep dates and snapshots deterministic.
    env: { TZ: "Asia/Ho_Chi_Minh" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**"] },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
