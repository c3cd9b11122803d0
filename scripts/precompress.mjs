#!/usr/bin/env node
// After `next build`: a gzip copy (name.gz) beside every text file in out/ of
// 1 KB or more, so no server compresses the same page on every request:
// scripts/static-server.mjs (sirv) and deploy/nginx.conf (gzip_static) send
// the .gz to clients that accept gzip and the plain file to the others.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { filesUnder } from "./out-files.mjs";

const TEXT = /\.(html|js|css|json|txt|xml|svg|map|webmanifest)$/;
const MIN_BYTES = 1024;
const gzipAsync = promisify(gzip);

/**
 * Writes the .gz copies, one file per core at a time: zlib compresses on libuv's
 * threads, so the cores share the work (at 1,000 careers, about 8,000 files).
 */
export async function precompress(outDir) {
  const files = filesUnder(outDir, (name) => TEXT.test(name)).filter(
    (file) => statSync(file).size >= MIN_BYTES,
  );
  let before = 0;
  let after = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const raw = readFileSync(file);
      const gz = await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION });
      writeFileSync(`${file}.gz`, gz);
      before += raw.length;
      after += gz.length;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return { count: files.length, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? "out");
  const { count, before, after } = await precompress(outDir);
  const mb = (n) => (n / 1048576).toFixed(1);
  console.log(`gzip: ${count} files, ${mb(before)} MB → ${mb(after)} MB`);
}
