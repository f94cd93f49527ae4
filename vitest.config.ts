import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // One PGlite per worker, shared by that worker's files (creating one takes seconds); each test resets it.
    pool: "forks",
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: process.env.MINGA_TEST_JSON
      ? ["default", ["json", { outputFile: process.env.MINGA_TEST_JSON }]]
      : ["default"],
  },
});
