import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./scripts/chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const SITE = path.join(os.tmpdir(), "careerscope-paged-site");

/**
 * The paged indexes, which the real content (a few careers) never reaches: a
 * synthetic site of 60 careers (scripts/paged-site.ts) is built first, then
 * served from its out/ like the site itself. `npm test` runs it after the main
 * end-to-end suite; on its own: `npx playwright test -c playwright.paged.config.ts`.
 */
export default defineConfig({
  testDir: "tests/e2e-paged",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: CHROMIUM_LAUNCH,
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    command: `npx tsx scripts/paged-site.ts ${SITE} && node scripts/static-server.mjs ${path.join(SITE, "out")}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    // Building the synthetic site takes a minute or two on a 2-core machine.
    timeout: 600_000,
    stdout: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), HOST: "127.0.0.1" },
  },
});
