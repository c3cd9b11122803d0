#!/usr/bin/env node
// The site search's index: Pagefind reads the built pages in out/ and writes
// its index to out/pagefind, which /search loads. Only pages that mark their
// text with data-pagefind-body (career hubs and guides) are indexed. A step of
// `npm run build` after `next build` (scripts/synthetic-site.ts lists them all,
// so the bench times the build as it runs); Pagefind's own Node API, so the
// step is the same wherever it runs.
//
//   node scripts/search-index.mjs [out]
import path from "node:path";
import * as pagefind from "pagefind";

const out = path.resolve(process.argv[2] ?? "out");

/** Pagefind answers with a list of errors rather than throwing: any one fails the build. */
function check(step, result) {
  if (result.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n${result.errors.join("\n")}`);
  }
  return result;
}

try {
  const { index } = check("start", await pagefind.createIndex());
  const { page_count: pages } = check("read the pages", await index.addDirectory({ path: out }));
  if (pages === 0) throw new Error(`no HTML page in ${out}: is the site built?`);
  check("write the index", await index.writeFiles({ outputPath: path.join(out, "pagefind") }));
  console.log(
    `search index: ${pages} pages read, those marked for search indexed into ${path.join(out, "pagefind")}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
