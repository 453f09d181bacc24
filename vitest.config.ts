import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The synth tests load the azurerm provider bindings; two workers fit two cores.
    pool: "forks",
    maxWorkers: 2,
  },
});
