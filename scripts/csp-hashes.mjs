#!/usr/bin/env node
// After `next build`: the SHA-256 of every inline script in every page of out/,
// so the Content-Security-Policy can allow exactly those scripts (Next.js inlines
// its React Server Components payload and bootstrap as small scripts) instead of
// 'unsafe-inline'. Writes, next to the pages and never served (dot folder):
//   out/.csp/pages.json        { "/careers/x.html": ["'sha256-…'", …] } for scripts/static-server.mjs
//   out/.csp/nginx-map.conf    the same as `map` entries for deploy/nginx.conf
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { filesUnder, relativePath } from "./out-files.mjs";

/** Inline executable scripts: no src, and not a data block such as JSON-LD. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(ld\+)?json/i;

export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || DATA_BLOCK.test(attributes) || body.length === 0) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export function writeCspManifest(outDir) {
  const pages = {};
  for (const file of filesUnder(outDir, (name) => name.endsWith(".html"))) {
    pages[`/${relativePath(outDir, file)}`] = inlineScriptHashes(readFileSync(file, "utf8"));
  }
  const dir = path.join(outDir, ".csp");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "pages.json"), JSON.stringify(pages));
  // nginx map syntax: key and value quoted; values hold only base64, quotes and spaces.
  const lines = Object.entries(pages).map(([file, hashes]) => `"${file}" "${hashes.join(" ")}";`);
  writeFileSync(path.join(dir, "nginx-map.conf"), lines.join("\n") + "\n");
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? "out");
  const pages = writeCspManifest(outDir);
  const counts = Object.values(pages).map((h) => h.length);
  console.log(
    `CSP: hashed the inline scripts of ${counts.length} pages (at most ${Math.max(0, ...counts)} a page) into ${path.relative(process.cwd(), outDir)}/.csp/`,
  );
}
