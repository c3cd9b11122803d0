import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // The machine is shared and CI runs on 2 cores: no test asserts a time of its own (npm run bench
    // prints speed); this only bounds a hang.
    testTimeout: 30_000,
  },
});
