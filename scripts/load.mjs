#!/usr/bin/env node
// A short load run with autocannon against a running server, for the load test
// (tests/e2e/fuzz-load.spec.ts) and `npm run bench`. Prints one JSON line:
// requests, errors, timeouts, non-2xx responses, throughput and latency percentiles.
//   node scripts/load.mjs <origin> [connections=100] [seconds=5] [path,path,…]
import autocannon from "autocannon";

/** A mix of the site's page types and data, heaviest (the career hub) included. */
const PATHS = [
  "/",
  "/careers",
  "/careers/backend-developer",
  "/careers/backend-developer/himalayas",
  "/compare/backend-developer-vs-backend-engineer",
  "/sources",
  "/api/careers.json",
  "/nope",
];

const [origin, connections = "100", seconds = "5", paths] = process.argv.slice(2);
if (!origin) {
  console.error("usage: node scripts/load.mjs <origin> [connections] [seconds]");
  process.exit(2);
}

const result = await autocannon({
  url: origin,
  connections: Number(connections),
  duration: Number(seconds),
  requests: (paths ? paths.split(",") : PATHS).map((path) => ({
    method: "GET",
    path,
    headers: { "accept-encoding": "gzip" },
  })),
});

// The mix holds one 404 on purpose; every other answer must be a 2xx.
const expected404 = result["4xx"] ?? 0;
console.log(
  JSON.stringify({
    connections: Number(connections),
    seconds: Number(seconds),
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    status2xx: result["2xx"],
    status4xx: expected404,
    status5xx: result["5xx"],
    non2xx: result.non2xx,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    throughputBytesPerSecond: result.throughput.average,
  }),
);
