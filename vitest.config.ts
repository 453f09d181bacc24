import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    // Setup hooks synthesize stacks; on a loaded 2-core machine that can take longer than 10 s.
    hookTimeout: 60_000,
    // The synth tests load the azurerm provider bindings; two workers fit two cores.
    pool: "forks",
    maxWorkers: 2,
  },
});
