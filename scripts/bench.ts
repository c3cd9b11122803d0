/**
 * `npm run bench`: prints figures, asserts nothing. How long loading and
 * validating all content takes (what content:check and every build pay), and
 * how large the built pages are (run `npm run build` first for sizes).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadContentFromDisk } from "../lib/content/index";

const RUNS = 20;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const result = loadContentFromDisk(process.cwd());
  times.push(performance.now() - start);
  if (!result.ok) throw new Error("Content has errors: run npm run content:check");
}
times.sort((a, b) => a - b);
console.log(
  `content load + validate: median ${times[RUNS >> 1].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms (${RUNS} runs)`,
);

const appDir = path.join(".next", "server", "app");
if (!existsSync(appDir)) {
  console.log("page sizes: no build (run npm run build)");
} else {
  const pages = htmlFiles(appDir);
  console.log(`\n${"page".padEnd(60)} ${"html".padStart(9)} ${"gzip".padStart(8)}`);
  for (const file of pages) {
    const html = readFileSync(file);
    const route =
      "/" +
      path
        .relative(appDir, file)
        .replace(/\.html$/, "")
        .replace(/(^|\/)index$/, "");
    console.log(
      `${route.padEnd(60)} ${kb(html.length).padStart(9)} ${kb(gzipSync(html).length).padStart(8)}`,
    );
  }
  const chunks = path.join(".next", "static", "chunks");
  const js = existsSync(chunks) ? jsFiles(chunks).reduce((n, f) => n + statSync(f).size, 0) : 0;
  console.log(`\nall client JavaScript chunks: ${kb(js)}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return e.name.endsWith(".html") && !e.name.startsWith("_") ? [full] : [];
  });
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? jsFiles(full) : e.name.endsWith(".js") ? [full] : [];
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
