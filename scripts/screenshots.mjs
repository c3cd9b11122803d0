#!/usr/bin/env node
// `npm run screenshots`: full-page Chromium screenshots of each page type at
// phone (390 px) and desktop (1280 px) widths, into screenshots/. Needs a build.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const port = process.env.SCREENSHOT_PORT ?? "3200";
const base = `http://127.0.0.1:${port}`;
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      "/",
      "/careers",
      "/careers/backend-developer",
      "/careers/backend-developer/himalayas",
      "/careers/backend-developer/teal",
      "/sources",
      "/sources/skillexchange",
      "/compare",
      "/compare/backend-developer-vs-backend-engineer",
      "/no-such-page",
    ];
const widths = { phone: 390, desktop: 1280 };

// Detached, so the whole process group (npx and next-server) can be stopped at the end.
const server = spawn("npx", ["next", "start", "--port", port], {
  stdio: "ignore",
  detached: true,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
try {
  await waitFor(base);
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  for (const [label, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(base + path);
      const name = (path === "/" ? "home" : path.slice(1).replaceAll("/", "_")) + `-${label}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet: try again
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Server at ${url} did not start`);
}
