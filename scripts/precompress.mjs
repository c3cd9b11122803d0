#!/usr/bin/env node
// After `next build`: a gzip copy (name.gz) beside every text file in out/ of
// 1 KB or more, so no server compresses the same page on every request:
// scripts/static-server.mjs (sirv) and deploy/nginx.conf (gzip_static) send
// the .gz to clients that accept gzip and the plain file to the others.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { constants, gzipSync } from "node:zlib";
import { filesUnder } from "./out-files.mjs";

const TEXT = /\.(html|js|css|json|txt|xml|svg|map|webmanifest)$/;
const MIN_BYTES = 1024;

export function precompress(outDir) {
  let count = 0;
  let before = 0;
  let after = 0;
  for (const file of filesUnder(outDir, (name) => TEXT.test(name))) {
    if (statSync(file).size < MIN_BYTES) continue;
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(`${file}.gz`, gz);
    count += 1;
    before += raw.length;
    after += gz.length;
  }
  return { count, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? "out");
  const { count, before, after } = precompress(outDir);
  const mb = (n) => (n / 1048576).toFixed(1);
  console.log(`gzip: ${count} files, ${mb(before)} MB → ${mb(after)} MB`);
}
