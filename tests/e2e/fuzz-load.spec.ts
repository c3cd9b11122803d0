/**
 * Hostile and malformed requests on loopback, against `npm start`'s server and
 * nginx with deploy/nginx.conf: every one gets an answer below 500 with no
 * stack trace, and the server still serves pages afterwards. Then a short
 * load run (autocannon, 100 connections) against `npm start`'s server: no errors.
 */
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { rawRequest, startNginx, startStaticServer, type RawResponse, type RunningServer } from "./servers";

/** A small seeded generator, so every run sends the same requests. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const PATHS = [
  "/",
  "/careers",
  "/careers/backend-developer",
  "/careers/backend-developer/teal",
  "/compare/backend-developer-vs-backend-engineer",
  "/sources/jobicy",
  "/api/careers.json",
  "/api/careers/backend-developer.json",
  "/_next/static/chunks/x.js",
  "/sitemap.xml",
];
const BAD_PERCENT = [
  "%",
  "%E0",
  "%E0%A4%A",
  "%ZZ",
  "%00",
  "%c0%ae",
  "%ff%fe",
  "%%",
  "%u002e",
  "%2",
  "%F0%9F%98",
  "%ED%A0%80",
];
const TRAVERSAL = [
  "/../../etc/passwd",
  "/..%2f..%2fetc%2fpasswd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/careers/..%5c..%5cpackage.json",
  "/_next/../../package.json",
  "/.csp/pages.json",
  "/.git/config",
  "/.env",
  "/node_modules/next/package.json",
  "/..",
  "/./././careers",
  "/careers/%2e%2e/%2e%2e/content/sources/teal.yaml",
  "/careers\\..\\..\\etc\\passwd",
  "/careers/backend-developer/../../../../etc/shadow",
];
const QUERY_JUNK = [
  "?%",
  "?a=%E0",
  "?__proto__[polluted]=1",
  "?constructor.prototype.x=1",
  "?q=<script>alert(1)</script>",
  "?_rsc=zzz",
  `?${"&".repeat(2000)}`,
  "?a[]=1&a[]=2&a[b]=3",
  "?%00=%00",
  "??&&==",
];
const METHODS = [
  "OPTIONS",
  "TRACE",
  "CONNECT",
  "PROPFIND",
  "DELETE",
  "PUT",
  "PATCH",
  "POST",
  "GETT",
  "get",
  "BREW",
  "M-SEARCH",
];
/** Whole request lines a browser would never send. */
const RAW_LINES = [
  "GET * HTTP/1.1",
  "GET http://evil.example/ HTTP/1.1",
  "GET //evil.example/ HTTP/1.1",
  "GET / HTTP/9.9",
  "GET  / HTTP/1.1",
  "GET /careers/\u00e4 HTTP/1.1",
  "GET /\u0001\u0002 HTTP/1.1",
  "GET /a b HTTP/1.1",
  "GET",
  "GET / HTTP/1.1 extra",
  `GET /${"a".repeat(9000)} HTTP/1.1`,
  `GET /careers/${"x/".repeat(4000)} HTTP/1.1`,
  `GET /${"%2e%2e/".repeat(1500)} HTTP/1.1`,
  `GET /?${"q".repeat(12000)} HTTP/1.1`,
];
const HOSTILE_HEADERS = [
  "Range: bytes=500-10\r\n",
  "Range: bytes=-1-2\r\n",
  "Range: bytes=99999999999-\r\n",
  "Range: bytes=0-1,5-6\r\n",
  "If-None-Match: *\r\n",
  "Accept-Encoding: gzip;q=x, br, *\r\n",
  "If-Modified-Since: yesterday\r\n",
  `Cookie: ${"a=1; ".repeat(1000)}\r\n`,
];

/** At least 1,000 requests: each kind alone, then random mixes of them. */
function hostileRequests(): { line: string; headers: string }[] {
  const pick = random(20261127);
  const one = <T>(list: T[]) => list[Math.floor(pick() * list.length)];
  const requests: { line: string; headers: string }[] = [];
  const get = (target: string, headers = "") => requests.push({ line: `GET ${target} HTTP/1.1`, headers });
  for (const path of PATHS) {
    for (const bad of BAD_PERCENT) [`${path}/${bad}`, `${path}${bad}`].forEach((t) => get(t));
    for (const junk of QUERY_JUNK) get(`${path}${junk}`);
    for (const method of METHODS) requests.push({ line: `${method} ${path} HTTP/1.1`, headers: "" });
    for (const header of HOSTILE_HEADERS) get(path, header);
  }
  for (const path of TRAVERSAL) [path, path.replaceAll("/", "%2f")].forEach((t) => get(t));
  for (const line of RAW_LINES) requests.push({ line, headers: "" });
  while (requests.length < 1200) {
    const target = `${one(PATHS)}${one([...BAD_PERCENT, ...TRAVERSAL, ""])}${one(QUERY_JUNK)}`;
    requests.push({
      line: `${one([...METHODS, "GET", "HEAD", "GET"])} ${target} HTTP/1.1`,
      headers: pick() < 0.3 ? one(HOSTILE_HEADERS) : "",
    });
  }
  return requests;
}

const STACK_TRACE = /\n\s+at .+[:(]\d+:\d+|node:internal|Error: .+\n|webpack|__next_f.*Error/;

async function sendAll(
  origin: string,
  requests: { line: string; headers: string }[],
): Promise<(RawResponse & { line: string })[]> {
  const results: (RawResponse & { line: string })[] = [];
  const queue = [...requests];
  // Twenty at a time: enough to overlap, few enough for a loaded 2-core machine.
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        results.push({ ...(await rawRequest(origin, next.line, next.headers)), line: next.line });
      }
    }),
  );
  return results;
}

for (const kind of ["static server", "nginx"] as const) {
  test.describe(`fuzzing ${kind}`, () => {
    test.describe.configure({ mode: "serial" });
    let server: RunningServer;
    test.beforeAll(async () => {
      server = kind === "nginx" ? await startNginx(3) : await startStaticServer(4);
    });
    test.afterAll(async () => server?.stop());

    test("1,000+ malformed and hostile requests: no 5xx, no stack trace, still serving", async () => {
      test.setTimeout(120_000);
      const requests = hostileRequests();
      expect(requests.length).toBeGreaterThanOrEqual(1000);
      const results = await sendAll(server.origin, requests);
      const failures = results
        .filter((r) => r.status < 200 || r.status >= 500 || STACK_TRACE.test(r.body))
        .map((r) => `${r.status} ${r.line.slice(0, 100)}`);
      expect(failures).toEqual([]);
      const statuses = new Set(results.map((r) => r.status));
      // The hostile ones were refused as such, not all served as pages.
      expect([...statuses].some((s) => s === 400)).toBe(true);
      expect([...statuses].some((s) => s === 404)).toBe(true);
      expect([...statuses].some((s) => s === 405)).toBe(true);
      const after = await rawRequest(server.origin, "GET /careers/backend-developer HTTP/1.1");
      expect(after.status).toBe(200);
    });
  });
}

test.describe("load", () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startStaticServer(5);
  });
  test.afterAll(async () => server?.stop());

  test("100 connections for a few seconds against npm start's server: no errors", async () => {
    test.setTimeout(60_000);
    const run = spawnSync(process.execPath, ["scripts/load.mjs", server.origin, "100", "4"], {
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
    console.log(
      `load: ${result.requests} requests, ${result.requestsPerSecond} req/s, p99 ${result.latencyMs.p99} ms`,
    );
    expect(result.requests).toBeGreaterThan(100);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.status5xx).toBe(0);
    // The mix holds one unknown URL on purpose; all the rest are 2xx.
    expect(result.non2xx).toBe(result.status4xx);
  });
});
