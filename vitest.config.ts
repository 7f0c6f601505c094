import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The official checkpoint validation suite registers its specs through vitest globals.
    globals: true,
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
