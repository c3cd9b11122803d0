#!/usr/bin/env node
// After `next build`: the permanent redirects of the static site, for servers
// that can answer 301. A static export cannot redirect, so a URL that moved
// (a reversed pair, /compare/b-vs-a; page 1 of a paged index) is a small page
// with a meta refresh to where it lives. This finds those pages in out/ — one
// pass over the files, linear in their number — and writes (dot folder, never served):
//   out/.redirects/redirects.json    { "/compare/b-vs-a": "/compare/a-vs-b" } for scripts/static-server.mjs
//   out/.redirects/nginx-map.conf    the same as `map` entries for deploy/nginx.conf
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { filesUnder, relativePath } from "./out-files.mjs";

/** A moved page is a few KB of layout around one line; pages past this size are not read. */
const MOVED_PAGE_MAX_BYTES = 64 * 1024;
const REFRESH = /<meta http-equiv="refresh" content="0;url=([^"]*)"/;
/** Targets go into an nginx config and a Location header: plain site paths only. */
const PLAIN_PATH = /^\/[A-Za-z0-9._~/-]*$/;

export function findRedirects(outDir) {
  const redirects = {};
  for (const full of filesUnder(outDir, (name) => name.endsWith(".html"))) {
    if (statSync(full).size > MOVED_PAGE_MAX_BYTES) continue;
    const target = REFRESH.exec(readFileSync(full, "utf8"))?.[1];
    const from = `/${relativePath(outDir, full).replace(/\.html$/, "")}`;
    if (target && PLAIN_PATH.test(target) && PLAIN_PATH.test(from) && target !== from)
      redirects[from] = target;
  }
  return redirects;
}

export function writeRedirectMap(outDir) {
  const redirects = findRedirects(outDir);
  const dir = path.join(outDir, ".redirects");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "redirects.json"), JSON.stringify(redirects));
  const lines = Object.entries(redirects).map(([from, to]) => `${from} ${to};`);
  writeFileSync(path.join(dir, "nginx-map.conf"), lines.join("\n") + "\n");
  return Object.keys(redirects).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? "out");
  console.log(`Redirects: ${writeRedirectMap(outDir)} moved URLs answer 301 (out/.redirects/)`);
}
