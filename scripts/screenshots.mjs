#!/usr/bin/env node
// `npm run screenshots`: full-page Chromium screenshots of each page type at
// 320, 390 and 1280 px, and in print (A4 width, print styles), into
// screenshots/; also prints each page to A4 PDF and reports its page count.
// Needs a build (out/): served the way `npm start` serves it.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./chromium.mjs";
import { createStaticServer } from "./static-server.mjs";

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
const widths = { w320: 320, phone: 390, desktop: 1280 };

if (!existsSync("out/index.html")) {
  console.error("No build in out/: run npm run build first.");
  process.exit(1);
}
const server = createStaticServer("out").listen(Number(port), "127.0.0.1");
try {
  await waitFor(base);
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const fileName = (path, label) =>
    (path === "/" ? "home" : path.slice(1).replaceAll("/", "_")) + `-${label}`;
  for (const [label, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(base + path);
      const name = `screenshots/${fileName(path, label)}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
    }
    await page.close();
  }
  // Print: A4 at 96 dpi is 794 px wide; the PDF's page count is what a reader would print.
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await page.emulateMedia({ media: "print" });
  for (const path of pages) {
    await page.goto(base + path);
    const name = `screenshots/${fileName(path, "print")}`;
    await page.screenshot({ path: `${name}.png`, fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(`${name}.pdf`, pdf);
    const count = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`${name}.png, ${name}.pdf: ${count} A4 ${count === 1 ? "page" : "pages"}`);
  }
  await browser.close();
} finally {
  server.close();
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
