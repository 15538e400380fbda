import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Some tests replay every golden case twice (tables diff) or copy the tables; on a loaded
    // two-core machine that can take longer than vitest's 5 s default. This is a hang guard, not a timing test.
    testTimeout: 60_000,
  },
});
