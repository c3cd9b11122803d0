import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import site from "./playwright.config";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const SITE = path.join(os.tmpdir(), "careerscope-paged-site");

/**
 * The paged indexes, which the real content (a few careers) never reaches: a
 * synthetic site of 60 careers (scripts/paged-site.ts) is built first, then
 * served from its out/ like the site itself, with the main suite's settings at
 * desktop width. `npm test` runs it after the main end-to-end suite; on its
 * own: `npx playwright test -c playwright.paged.config.ts`.
 */
export default defineConfig({
  ...site,
  testDir: "tests/e2e-paged",
  projects: site.projects?.filter((project) => project.name === "desktop"),
  use: { ...site.use, baseURL: `http://127.0.0.1:${PORT}` },
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
