#!/usr/bin/env node
// After `next build`: pages with nothing interactive ship no JavaScript.
//
// Next's App Router gives every page the React runtime (about 160 KB gzipped of
// scripts) and an inlined copy of the page as a React Server Components payload,
// so the browser can hydrate it. Only pages that render one of our client
// components (the finder's sorting, the search panel) have anything to hydrate;
// on a guide or a career hub the runtime runs, re-reads the whole page from the
// payload and changes nothing, and the payload doubles the HTML. Links are plain
// anchors, so no page is ever navigated to through the payload either.
//
// So this keeps a page exactly as Next wrote it when its payload names a client
// module from our own code (app/, components/, read from Next's client
// reference manifests), and otherwise removes the scripts, script preloads,
// payload and React's hydration comment markers — plus the page's unused
// payload files (`page.txt`, `page/__next.*.txt`). JSON-LD data blocks stay.
// It fails the build rather than guess when the manifests it relies on are
// missing, and leaves alone a page whose markup needs a script to finish
// (React's streamed Suspense boundaries).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import vm from "node:vm";
import { filesUnder } from "./out-files.mjs";

const MANIFEST = /_client-reference-manifest\.js$/;
/**
 * Next's own client modules (its router, boundaries, metadata) hydrate nothing a reader sees;
 * any other client module — ours, or a package's — does. Keys read `[project]/node_modules/next/…`,
 * or `[project]/work/app/node_modules/next/…` when node_modules is linked from outside the
 * project and Turbopack's root moves up.
 */
const NEXT_MODULE = /^\[project\]\/(?:.*\/)?node_modules\/next\//;
const PAYLOAD_CHUNK = /<script>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g;
/** A payload row importing a client module: `1b:I[24719,["$2","$1a"],"CareerFinder"]`. */
const CLIENT_IMPORT = /^[0-9a-f]+:I\[("(?:[^"\\]|\\.)*"|[^,\]]+)/gm;
/** Markup that React finishes with a script: a streamed Suspense boundary. */
const NEEDS_SCRIPT = /<template\b|<!--\$\?-->|\$RC\b/;

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(ld\+)?json/i;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload"[^>]*\bas="script|modulepreload)"[^>]*\/?>/gi;
/** React's text separators and Suspense markers: read only by hydration. */
const HYDRATION_MARKER = /<!--(?: |\$|\/\$)-->/g;

/** Module ids of the client components that are not Next's own, from Next's client reference manifests. */
export function ownClientModuleIds(manifestSources) {
  const ids = new Set();
  for (const source of manifestSources) {
    // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route]; run it in an empty context.
    const context = vm.createContext({});
    vm.runInContext(source, context, { timeout: 1000 });
    for (const manifest of Object.values(context.__RSC_MANIFEST ?? {})) {
      for (const [key, entry] of Object.entries(manifest.clientModules ?? {})) {
        if (!NEXT_MODULE.test(key)) ids.add(String(entry.id));
      }
    }
  }
  return ids;
}

/** Module ids of every client component a page's inlined payload imports. */
export function pageClientModuleIds(html) {
  // Rows may straddle chunks, so read the payload whole.
  const payload = [...html.matchAll(PAYLOAD_CHUNK)].map(([, chunk]) => JSON.parse(chunk)).join("");
  return new Set([...payload.matchAll(CLIENT_IMPORT)].map(([, id]) => id.replace(/^"|"$/g, "")));
}

/** The page without scripts, script preloads and hydration markers; data blocks kept. */
export function stripRuntime(html) {
  return html
    .replace(SCRIPT, (script, attributes) => (DATA_BLOCK.test(attributes) ? script : ""))
    .replace(SCRIPT_PRELOAD, "")
    .replace(HYDRATION_MARKER, "");
}

/** Whether a page can go without its scripts: a Next page with no client component of ours. */
export function isStatic(html, ownIds) {
  if (!html.includes("self.__next_f") || NEEDS_SCRIPT.test(html)) return false;
  const imports = pageClientModuleIds(html);
  // Every Next page imports at least its layout router: none read means the payload's format
  // has changed, and a page we cannot read keeps its scripts.
  if (imports.size === 0) return false;
  for (const id of imports) if (ownIds.has(id)) return false;
  return true;
}

/** The payload files Next writes for `dir/page.html`: `dir/page.txt` and `dir/page/__next.*.txt`. */
function payloadFiles(outDir, htmlFile) {
  const stem = htmlFile.slice(0, -".html".length);
  // The home page's segment files sit at the top of out/, beside index.html.
  const segments = htmlFile === path.join(outDir, "index.html") ? outDir : stem;
  const files = [`${stem}.txt`];
  if (existsSync(segments)) {
    for (const name of readdirSync(segments)) {
      if (/^__next\..*\.txt$/.test(name)) files.push(path.join(segments, name));
    }
  }
  return files;
}

/**
 * Pages handled at once. The work per page is mostly waiting on the disk (a read, a write and the
 * removal of its five or so payload files); overlapping those waits took the step from 24.2 to
 * 14.8 s at 1,000 careers on the build machine (removing 4,600 payload files alone: 1.1-1.2 s
 * against 2.5-2.6 s).
 */
const CONCURRENT_PAGES = 16;

export async function stripStaticPages(outDir, nextDir) {
  const manifests = existsSync(nextDir) ? filesUnder(nextDir, (name) => MANIFEST.test(name)) : [];
  if (manifests.length === 0) {
    throw new Error(
      `no client reference manifests under ${nextDir}: cannot tell which pages are interactive`,
    );
  }
  const ownIds = ownClientModuleIds(manifests.map((file) => readFileSync(file, "utf8")));
  if (ownIds.size === 0) {
    throw new Error(
      "the manifests name none of our client components (the finder, search): has Next's format changed?",
    );
  }
  let stripped = 0;
  let kept = 0;
  let before = 0;
  let after = 0;
  const stripPage = async (file) => {
    const html = await readFile(file, "utf8");
    if (!isStatic(html, ownIds)) {
      if (html.includes("self.__next_f")) kept += 1;
      return;
    }
    const lean = stripRuntime(html);
    await writeFile(file, lean);
    await Promise.all(payloadFiles(outDir, file).map((payload) => rm(payload, { force: true })));
    stripped += 1;
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(lean);
  };
  const pages = filesUnder(outDir, (name) => name.endsWith(".html"));
  let next = 0;
  const worker = async () => {
    while (next < pages.length) await stripPage(pages[next++]);
  };
  await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
  return { stripped, kept, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? "out");
  const nextDir = path.resolve(process.argv[3] ?? path.join(outDir, "..", ".next", "server", "app"));
  try {
    const { stripped, kept, before, after } = await stripStaticPages(outDir, nextDir);
    const mb = (n) => (n / 1048576).toFixed(1);
    console.log(
      `Runtime: ${stripped} pages with nothing interactive ship no JavaScript (HTML ${mb(before)} → ${mb(after)} MB); ${kept} interactive pages keep it`,
    );
  } catch (error) {
    console.error(`strip-runtime: ${error.message}`);
    process.exit(1);
  }
}
