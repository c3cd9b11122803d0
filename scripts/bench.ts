/**
 * `npm run bench`: prints figures, asserts nothing. For synthetic sites of 10,
 * 100 and 1,000 careers (BENCH_SIZES to change; real guides copied under new
 * slugs into a temporary folder, see synthetic-site.ts), each beside a trivial
 * Next app with as many pages built the same way in the same run:
 *   - content load + validate time, and per guide;
 *   - pages, build time, page generation ms per page and its ratio to the trivial app's, peak memory;
 *   - transfer (gzip HTML + JS + CSS) of every page type and its ratio to a trivial page;
 *   - a load run (autocannon, 100 connections) against npm start's server: p99 and memory;
 *   - generation again, both apps alternated on their compiled builds: the ratio of the means, and each
 *     site run's against the trivial runs either side of it;
 *   - with BENCH_ROUTES=1, generation per page of each route type alone, against the trivial page;
 *   - with BENCH_ELEMENTS=0,300,1000, first, what list items alone cost a trivial page to generate.
 * Over 300 lines: one script, read top to bottom, that must print everything in one run.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadContentFromDisk } from "../lib/content/index";
import { POST_BUILD_STEPS, writeSyntheticSite, writeTrivialSite } from "./synthetic-site";

const ROOT = process.cwd();
const SIZES = (process.env.BENCH_SIZES ?? "10,100,1000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const BUILD_TIMEOUT_S = Number(process.env.BENCH_BUILD_TIMEOUT ?? 900);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
/**
 * BENCH_INDEXES_ONLY=1 leaves out the per-career routes (hubs, guides, pairs,
 * social cards, per-career JSON), so the index pages of a 1,000-career site
 * can be measured in minutes; build figures are then not comparable.
 */
const INDEXES_ONLY = Boolean(process.env.BENCH_INDEXES_ONLY);
const PER_CAREER_ROUTES = ["app/careers/[career]", "app/compare/[pair]", "app/og", "app/api/careers/[file]"];
/**
 * BENCH_ROUTES=1: after the other figures, the compiled site's pages are
 * generated again one route type at a time (`next build
 * --experimental-build-mode=generate --debug-build-paths <route>`), each run
 * between two runs of the trivial app's generation, so a type's cost per page
 * is read against a trivial page measured a minute apart on a shared machine.
 * Each run counts Next's /_not-found page too. It leaves out/ holding only the last run's pages.
 */
const ROUTES = Boolean(process.env.BENCH_ROUTES);
/** Site runs in the alternated generation (alternatedGeneration), each between two trivial runs. */
const ALTERNATIONS = Math.max(1, Number(process.env.BENCH_ALTERNATIONS ?? 3));
/**
 * BENCH_ELEMENTS=0,300,1000: before the sites, trivial apps of 300 pages each holding that many
 * list items (an element and its text), to read what markup alone costs a page to generate.
 * A count ending in "h" (1000h) puts the same items in as one HTML string instead, as a guide's
 * Markdown body is: what the same markup costs when React does not build it.
 */
const ELEMENTS = (process.env.BENCH_ELEMENTS?.split(",") ?? []).map((spec) => ({
  items: Number.parseInt(spec, 10),
  asHtml: spec.endsWith("h"),
}));
const ROUTE_TYPES: [string, string][] = [
  ["social card", "app/og/[card]/route.tsx"],
  ["career hub", "app/careers/[career]/page.tsx"],
  ["guide", "app/careers/[career]/[source]/page.tsx"],
  ["compare pair", "app/compare/[pair]/page.tsx"],
  ["career JSON", "app/api/careers/[file]/route.ts"],
  [
    "all others",
    "!app/og/**,!app/careers/[career]/page.tsx,!app/careers/[career]/[source]/**,!app/compare/[pair]/**,!app/api/careers/[file]/**",
  ],
  ["all routes", ""],
];

type Build = {
  ok: boolean;
  seconds: number;
  generateSeconds: number;
  pages: number;
  /** The highest of `next build`'s and each post-build step's peak. */
  peakMB: number;
  nextPeakMB: number;
  stepsPeakMB: number;
  /** `npx next build` alone, and each post-build step. */
  nextSeconds: number;
  stepSeconds: [string, number][];
  log: string;
};

/** Resident memory of a process and all its descendants, from /proc. */
function treeRssKB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const stack = [pid]; stack.length > 0;) {
    const next = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${next}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(children.get(next) ?? []));
  }
  return total;
}

function seconds(text: string): number {
  const [, value, unit] = /([\d.]+)\s*(ms|s|min)/.exec(text) ?? [];
  return (Number(value) / (unit === "ms" ? 1000 : 1)) * (unit === "min" ? 60 : 1);
}

const GENERATED = /Generating static pages[^\n]*\((\d+)\/\d+\) in ([\d.]+\s*(?:ms|s|min))/;

/**
 * The generation step alone on an already compiled app, for some routes or
 * all; ms a page. Generate mode rewrites the prerender manifest with the
 * routes it built, so the full build's copy is put back first.
 */
function generateOnly(dir: string, manifest: string, paths?: string): { pages: number; msPerPage: number } {
  writeFileSync(path.join(dir, ".next", "prerender-manifest.json"), manifest);
  const run = spawnSync(
    "npx",
    ["next", "build", "--experimental-build-mode=generate", ...(paths ? ["--debug-build-paths", paths] : [])],
    {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
      timeout: BUILD_TIMEOUT_S * 1000,
    },
  );
  const generated = GENERATED.exec(`${run.stdout}${run.stderr}`);
  if (!generated) return { pages: 0, msPerPage: NaN };
  const pages = Number(generated[1]);
  return { pages, msPerPage: (seconds(generated[2]) * 1000) / pages };
}

const manifestOf = (dir: string) => readFileSync(path.join(dir, ".next", "prerender-manifest.json"), "utf8");

/**
 * The headline ratio again, steadier: the whole site's generation and the trivial app's,
 * alternated (trivial, site, trivial, …, trivial: BENCH_ALTERNATIONS site runs, 3 unless set),
 * each a generate-only run on the compiled app; the ratio of the means, and each site run's
 * against the trivial runs either side of it. One build of each, minutes apart, moves with the
 * machine: the trivial app's generation took 51.0 s in one 1,000-career run and 39.4 s in
 * another two hours later. Runs after the page sizes and the load run, since each
 * generate-only run writes out/ again.
 */
function alternatedGeneration(dir: string, trivialDir: string) {
  const [siteManifest, trivialManifest] = [manifestOf(dir), manifestOf(trivialDir)];
  const trivial = [generateOnly(trivialDir, trivialManifest).msPerPage];
  const site: number[] = [];
  for (let round = 0; round < ALTERNATIONS; round++) {
    site.push(generateOnly(dir, siteManifest).msPerPage);
    trivial.push(generateOnly(trivialDir, trivialManifest).msPerPage);
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const list = (values: number[]) => values.map((v) => fmt(v, 2)).join(", ");
  // Each site run against the trivial runs just before and after it: a run the machine slowed
  // moves one ratio, where it moves a mean for the whole set.
  const ratios = site.map((ms, i) => ms / mean([trivial[i], trivial[i + 1]]));
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
  console.log(
    `\ngeneration again, alternated generate-only runs: site ${list(site)} ms a page, trivial ${list(trivial)} ms a page: ${fmt(mean(site) / mean(trivial), 2)}× the trivial page (means); each site run against its neighbours ${list(ratios)}×, median ${fmt(median, 2)}×`,
  );
}

function routeTypes(dir: string, trivialDir: string) {
  const [siteManifest, trivialManifest] = [manifestOf(dir), manifestOf(trivialDir)];
  const trivialRun = () => generateOnly(trivialDir, trivialManifest).msPerPage;
  console.log(`\n${"route type".padEnd(16)} ${"pages".padStart(6)} ${"ms a page".padStart(10)}  vs trivial`);
  let before = trivialRun();
  for (const [name, paths] of ROUTE_TYPES) {
    const type = generateOnly(dir, siteManifest, paths);
    const after = trivialRun();
    const trivial = (before + after) / 2;
    console.log(
      `${name.padEnd(16)} ${String(type.pages).padStart(6)} ${fmt(type.msPerPage, 2).padStart(10)}  ${fmt(type.msPerPage / trivial, 2)}× (trivial ${fmt(trivial, 2)} ms)`,
    );
    before = after;
  }
}

/**
 * The trivial page stays as Next ships it, runtime and payload included: it is the baseline.
 * It has no search to index.
 */
const TRIVIAL_STEPS = POST_BUILD_STEPS.filter(
  (step) => step !== "strip-runtime.mjs" && step !== "search-index.mjs",
);

/** A command's exit code, output and the peak resident memory of its process tree (polled every 250 ms). */
function runTracked(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; log: string; peakKB: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    let peakKB = 0;
    const poll = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(child.pid!))), 250);
    const timer = setTimeout(() => child.kill("SIGTERM"), BUILD_TIMEOUT_S * 1000);
    child.on("exit", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ code, log, peakKB });
    });
  });
}

/**
 * `next build` then the post-build steps, as `npm run build` runs them. Peak memory is the
 * highest of any one of them (they run one after another): Pagefind's, past some hundreds of
 * careers, is higher than `next build`'s.
 */
async function build(dir: string, steps: string[]): Promise<Build> {
  const start = performance.now();
  const next = await runTracked("npx", ["next", "build"], dir);
  let log = next.log;
  let ok = next.code === 0;
  const nextSeconds = (performance.now() - start) / 1000;
  let stepsPeakKB = 0;
  const stepSeconds: [string, number][] = [];
  for (const step of steps) {
    if (!ok) break;
    const stepStart = performance.now();
    const run = await runTracked(
      process.execPath,
      [path.join(ROOT, "scripts", step), path.join(dir, "out")],
      dir,
    );
    stepSeconds.push([step.replace(/\.mjs$/, ""), (performance.now() - stepStart) / 1000]);
    log += run.log;
    stepsPeakKB = Math.max(stepsPeakKB, run.peakKB);
    ok = run.code === 0;
  }
  const generated = GENERATED.exec(log);
  return {
    ok,
    seconds: (performance.now() - start) / 1000,
    generateSeconds: generated ? seconds(generated[2]) : NaN,
    pages: generated ? Number(generated[1]) : 0,
    peakMB: Math.max(next.peakKB, stepsPeakKB) / 1024,
    nextSeconds,
    stepSeconds,
    nextPeakMB: next.peakKB / 1024,
    stepsPeakMB: stepsPeakKB / 1024,
    log,
  };
}

function gz(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** What a browser fetches for one page: its HTML plus every script and stylesheet it names. */
function transfer(outDir: string, htmlFile: string): { raw: number; html: number; total: number } {
  const html = readFileSync(path.join(outDir, htmlFile));
  const text = html.toString("utf8");
  const assets = new Set(
    [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="(\/_next\/[^"]+)"/g)].map(
      (m) => m[1],
    ),
  );
  let total = gz(html);
  for (const asset of assets) total += gz(readFileSync(path.join(outDir, asset.split("?")[0])));
  return { raw: html.length, html: gz(html), total };
}

function waitForPort(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 15_000;
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve()));
      socket.on("error", () =>
        Date.now() > deadline ? reject(new Error("no server")) : setTimeout(attempt, 100),
      );
    };
    attempt();
  });
}

/** autocannon against npm start's server on the built site: p99 latency and the server's peak memory. */
async function loadRun(outDir: string, paths: string[]) {
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, "scripts", "static-server.mjs"), outDir],
    {
      env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1" },
      stdio: "ignore",
    },
  );
  try {
    await waitForPort(PORT);
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "scripts", "load.mjs"), `http://127.0.0.1:${PORT}`, "100", "5", paths.join(",")],
      { encoding: "utf8" },
    );
    const result = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
    const peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0);
    return { ...result, serverPeakMB: peak / 1024 };
  } finally {
    server.kill("SIGTERM");
  }
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Files and bytes a host stores for out/ (the .gz copies included). */
function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const stat = statSync(path.join(dir, name));
    if (!stat.isFile()) continue;
    files += 1;
    bytes += stat.size;
  }
  return { files, bytes };
}

async function benchSize(tmp: string, careers: number) {
  console.log(`\n## ${careers} careers`);
  const dir = path.join(tmp, `site-${careers}`);
  const { guides } = writeSyntheticSite(ROOT, dir, careers);
  if (INDEXES_ONLY) {
    for (const route of PER_CAREER_ROUTES) rmSync(path.join(dir, route), { recursive: true, force: true });
    console.log(`BENCH_INDEXES_ONLY: built without ${PER_CAREER_ROUTES.join(", ")}`);
  }

  loadContentFromDisk(ROOT); // warm up: module loading and schema set-up are not per-guide costs
  const loadStart = performance.now();
  const loaded = loadContentFromDisk(dir);
  const loadMs = performance.now() - loadStart;
  console.log(
    `content load + validate: ${fmt(loadMs, 0)} ms for ${guides} guides (${fmt((loadMs / guides) * 1000, 0)} µs a guide)${loaded.ok ? "" : " — CONTENT ERRORS"}`,
  );

  const site = await build(dir, POST_BUILD_STEPS);
  if (!site.ok) {
    console.log(`build FAILED after ${fmt(site.seconds)} s:\n${site.log.slice(-2000)}`);
    return;
  }
  const trivialDir = path.join(tmp, `trivial-${careers}`);
  writeTrivialSite(ROOT, trivialDir, Math.max(1, site.pages - 2));
  const trivial = await build(trivialDir, TRIVIAL_STEPS);
  const perPage = (site.generateSeconds * 1000) / site.pages;
  const trivialPerPage = (trivial.generateSeconds * 1000) / trivial.pages;
  console.log(
    `site:    ${site.pages} pages, build ${fmt(site.seconds)} s, generation ${fmt(site.generateSeconds)} s = ${fmt(perPage, 2)} ms a page, peak memory ${fmt(site.peakMB, 0)} MB (next build ${fmt(site.nextPeakMB, 0)} MB, post-build steps ${fmt(site.stepsPeakMB, 0)} MB)`,
  );
  console.log(
    `trivial: ${trivial.pages} pages, build ${fmt(trivial.seconds)} s, generation ${fmt(trivial.generateSeconds)} s = ${fmt(trivialPerPage, 2)} ms a page, peak memory ${fmt(trivial.peakMB, 0)} MB`,
  );
  console.log(`per-page generation: ${fmt(perPage / trivialPerPage, 2)}× the trivial page`);
  console.log(
    `site build: next build ${fmt(site.nextSeconds)} s, then ${site.stepSeconds.map(([step, s]) => `${step} ${fmt(s)} s`).join(", ")}`,
  );
  const out = path.join(dir, "out");
  const stored = folderSize(out);
  console.log(`out/: ${stored.files} files, ${fmt(stored.bytes / 1048576, 0)} MB`);

  const first = loaded.ok ? loaded.site.careers[0] : undefined;
  const pair = readdirSync(path.join(out, "compare")).find((f) => f.endsWith(".html"));
  const pageTypes: [string, string][] = [
    ["home", "index.html"],
    ["careers index", "careers.html"],
    ["career hub", `careers/${first?.slug}.html`],
    ["guide", `careers/${first?.slug}/${first?.guides[0]?.source.id}.html`],
    ["compare index", "compare.html"],
    ["compare pair", `compare/${pair}`],
    ["sources index", "sources.html"],
    ["source", `sources/${first?.guides[0]?.source.id}.html`],
    // Past a page's worth of careers the indexes are split into numbered pages (lib/paging.ts).
    ["careers p. 2", "careers/page/2.html"],
    ["compare p. 2", "compare/page/2.html"],
    ["source p. 2", `sources/${first?.guides[0]?.source.id}/page/2.html`],
    ["404", "404.html"],
  ];
  const baseline = transfer(path.join(trivialDir, "out"), "p/0.html");
  console.log(
    `\n${"page type".padEnd(15)} ${"HTML raw".padStart(10)} ${"HTML gzip".padStart(10)} ${"transfer".padStart(10)}  vs trivial`,
  );
  console.log(
    `${"trivial page".padEnd(15)} ${kb(baseline.raw).padStart(10)} ${kb(baseline.html).padStart(10)} ${kb(baseline.total).padStart(10)}  1.00×`,
  );
  for (const [name, file] of pageTypes) {
    if (!existsSync(path.join(out, file))) {
      console.log(`${name.padEnd(15)} (no ${file})`);
      continue;
    }
    const t = transfer(out, file);
    console.log(
      `${name.padEnd(15)} ${kb(t.raw).padStart(10)} ${kb(t.html).padStart(10)} ${kb(t.total).padStart(10)}  ${fmt(t.total / baseline.total, 2)}×`,
    );
  }

  const paths = pageTypes
    .filter(([, file]) => existsSync(path.join(out, file)))
    .map(([, file]) => "/" + file.replace(/\.html$/, "").replace(/^index$/, ""));
  const load = await loadRun(out, paths);
  console.log(
    `\nload (npm start's server, 100 connections, 5 s, the page types above): ${load.requests} requests, ${fmt(load.requestsPerSecond, 0)} req/s, p50 ${load.latencyMs?.p50} ms, p99 ${load.latencyMs?.p99} ms, errors ${load.errors}, 5xx ${load.status5xx}, server peak memory ${fmt(load.serverPeakMB, 0)} MB`,
  );
  if (INDEXES_ONLY) return;
  alternatedGeneration(dir, trivialDir);
  if (ROUTES) routeTypes(dir, trivialDir);
}

/** Generation per page of trivial pages with more and more list items, against the first count. */
async function elementCost(tmp: string) {
  const label = ({ items, asHtml }: (typeof ELEMENTS)[number]) => `${items}${asHtml ? " as HTML" : ""}`;
  console.log(`\n## markup alone: trivial pages with ${ELEMENTS.map(label).join(", ")} list items`);
  let base = NaN;
  for (const [run, { items, asHtml }] of ELEMENTS.entries()) {
    const dir = path.join(tmp, `elements-${run}-${items}${asHtml ? "h" : ""}`);
    writeTrivialSite(ROOT, dir, 300, items, asHtml);
    const built = await build(dir, TRIVIAL_STEPS);
    const perPage = (built.generateSeconds * 1000) / built.pages;
    if (Number.isNaN(base)) base = perPage;
    console.log(
      `${label({ items, asHtml }).padStart(12)} items: ${fmt(perPage, 2)} ms a page, ${fmt(perPage / base, 2)}× (HTML ${kb(statSync(path.join(dir, "out", "p", "0.html")).size)})`,
    );
  }
}

async function main() {
  const tmp = mkdtempSync(path.join(tmpdir(), "careerscope-bench-"));
  console.log(`# npm run bench — sizes ${SIZES.join(", ")}; temporary folder ${tmp}`);
  try {
    if (ELEMENTS.length > 0) await elementCost(tmp);
    for (const careers of SIZES) await benchSize(tmp, careers);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
