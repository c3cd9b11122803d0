#!/usr/bin/env node
// `npm start`: builds the static site (out/) when there is no build or the
// sources changed since the last one, then serves out/ on http://localhost:3000
// (PORT to change, HOST to bind one address) with scripts/static-server.mjs.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { serve } from "./static-server.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "..");
const outDir = path.join(root, "out");
// Written last by `npm run build`: a build stopped half-way has none, so it is built again.
const marker = path.join(outDir, ".csp", "pages.json");
const inputs = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "next.config.ts",
  "package-lock.json",
  "tailwind.config.ts",
  "scripts/strip-runtime.mjs",
  "scripts/search-index.mjs",
  "scripts/precompress.mjs",
  "scripts/redirect-map.mjs",
  "scripts/csp-hashes.mjs",
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (max, name) => Math.max(max, newestMtime(path.join(target, name))),
    stat.mtimeMs,
  );
}

const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
const changed = Math.max(...inputs.map((p) => newestMtime(path.join(root, p))));
if (changed > built) {
  console.log(built ? "Sources changed since the last build: building again…" : "No build yet: building…");
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
serve(outDir, Number(process.env.PORT ?? 3000), process.env.HOST);
