#!/usr/bin/env node
// Search index size at scale. Pagefind indexes the built careers pages in
// out/ (run `npm run build` first) as they are, then again with the same pages
// copied out to 1,000 careers, each with its own made-up words for title,
// skills and tools, so the vocabulary grows as a real catalogue's would.
// Prints the files a search downloads, with the 1,000-career figures as
// ratios of the real site's, measured the same way in this process.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const out = path.resolve("out", "careers");
const pages = [];
for (const career of readdirSync(out)) {
  const dir = path.join(out, career);
  if (!statSync(dir).isDirectory() || career === "by") continue;
  // Scripts (the framework's payload) are never indexed; dropping them keeps the copies small.
  const read = (file) => readFileSync(file, "utf8").replace(/<script\b[\s\S]*?<\/script>/g, "");
  const hub = read(`${dir}.html`);
  const guides = readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => read(path.join(dir, f)));
  pages.push({ career, hub, guides });
}
if (pages.length === 0) throw new Error("No built careers in out/careers: run `npm run build` first.");

/** A made-up word per career and index, e.g. "kavotrelin", so each career brings new terms. */
const syllables = ["ka", "vo", "tre", "lin", "mur", "das", "pel", "zor", "qui", "ben", "sta", "rof"];
const word = (n) => {
  let w = "";
  for (let x = n + 1; x > 0; x = Math.floor(x / syllables.length)) w += syllables[x % syllables.length];
  return w.length < 5 ? `${w}ex` : w;
};

async function indexSize(copies) {
  const site = mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  let count = 0;
  const write = (url, html) => {
    mkdirSync(path.dirname(path.join(site, url)), { recursive: true });
    writeFileSync(path.join(site, `${url}.html`), html);
    count++;
  };
  for (let i = 0; i < copies; i++) {
    const source = pages[i % pages.length];
    // Rename the career and some of its vocabulary; keep the page structure.
    const rename = (html) =>
      copies === pages.length
        ? html
        : html
            .replaceAll("Backend", word(i * 3))
            .replaceAll("Kubernetes", word(i * 3 + 1))
            .replaceAll("PostgreSQL", word(i * 3 + 2));
    const slug = copies === pages.length ? source.career : `${source.career}-${i}`;
    write(`careers/${slug}`, rename(source.hub));
    source.guides.forEach((guide, g) => write(`careers/${slug}/${g}`, rename(guide)));
  }
  const started = performance.now();
  const run = spawnSync("npx", ["pagefind", "--site", site, "--output-subdir", "pagefind"], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr || run.stdout);
  const seconds = (performance.now() - started) / 1000;
  const dir = path.join(site, "pagefind");
  const files = [];
  const walk = (d) =>
    readdirSync(d).forEach((f) => {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else
        files.push({
          path: path.relative(dir, p).split(path.sep).pop(),
          content: { length: statSync(p).size },
        });
    });
  walk(dir);
  rmSync(site, { recursive: true, force: true });
  const sizes = (test) => files.filter((f) => test(f.path)).map((f) => f.content.length);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const fixed = sum(
    sizes(
      (p) =>
        /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.en\.pagefind)$/.test(p) ||
        p.endsWith(".pf_meta"),
    ),
  );
  const chunks = sizes((p) => p.endsWith(".pf_index"));
  const fragments = sizes((p) => p.endsWith(".pf_fragment"));
  return {
    seconds,
    pages: count,
    total: sum(files.map((f) => f.content.length)),
    fixed,
    chunks: chunks.length,
    largestChunk: Math.max(...chunks),
    fragment: median(fragments),
    // One query: the fixed files, the index chunk(s) its words fall in, and 20 result fragments.
    perQuery: fixed + Math.max(...chunks) + 20 * median(fragments),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const base = await indexSize(pages.length);
const scaled = await indexSize(1000);

console.log("Pagefind index, real site vs 1,000 careers (same pages, renamed):\n");
const rows = [
  ["pages indexed", base.pages, scaled.pages, String],
  ["indexing time (s)", base.seconds, scaled.seconds, (s) => s.toFixed(1)],
  ["whole index on disk", base.total, scaled.total, kb],
  ["first search: scripts, wasm, metadata", base.fixed, scaled.fixed, kb],
  ["index chunks", base.chunks, scaled.chunks, String],
  ["largest index chunk", base.largestChunk, scaled.largestChunk, kb],
  ["one result's excerpt (median)", base.fragment, scaled.fragment, kb],
  ["one search, 20 results shown (estimate)", base.perQuery, scaled.perQuery, kb],
];
for (const [label, a, b, fmt] of rows) {
  console.log(`${label.padEnd(50)} ${fmt(a).padStart(10)} ${fmt(b).padStart(12)}   ×${(b / a).toFixed(2)}`);
}
