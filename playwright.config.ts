import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./scripts/chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Browser tests run in Debian's Chromium against the static export (`npm run build` first),
 * served from out/ by the same server as `npm start` (scripts/static-server.mjs).
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  // The axe-core scans of the largest pages take tens of seconds on a loaded 2-core machine.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    // Layout checks at phone width; the content checks need not run twice.
    {
      name: "phone",
      testMatch: /responsive\.spec\.ts/,
      use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: "node scripts/static-server.mjs out",
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), HOST: "127.0.0.1" },
  },
});
