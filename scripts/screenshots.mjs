#!/usr/bin/env node
// `npm run screenshots`: full-page Chromium screenshots of each page type at
// 320, 390 and 1280 px, and in print (A4 width, print styles), into
// screenshots/; also prints each page to A4 PDF and reports its page count.
// Needs a build: serves out/ when the build is a static export, else runs next start.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
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
const widths = { w320: 320, phone: 390, desktop: 1280 };

const staticExport = existsSync("out/index.html");
const stop = staticExport ? serveExport(Number(port)) : startNext(port);
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
  stop();
}

/** `next start`, detached so the whole process group (npx and next-server) can be stopped at the end. */
function startNext(port) {
  const server = spawn("npx", ["next", "start", "--port", port], {
    stdio: "ignore",
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return () => process.kill(-server.pid);
}

/** A minimal static server for out/ (clean URLs, the 404 page), enough for screenshots. */
function serveExport(port) {
  const types = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".json": "application/json",
    ".txt": "text/plain",
    ".woff2": "font/woff2",
  };
  const file = (path) => existsSync(path) && statSync(path).isFile() && path;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const base = join("out", path);
    const found = file(base) || file(`${base}.html`) || file(join(base, "index.html"));
    res.writeHead(found ? 200 : 404, {
      "content-type": types[extname(found || ".html")] ?? "application/octet-stream",
    });
    res.end(readFileSync(found || "out/404.html"));
  }).listen(port, "127.0.0.1");
  return () => server.close();
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
