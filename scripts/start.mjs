#!/usr/bin/env node
// `npm start`: builds the site when there is no build or the sources changed
// since the last one, then serves it on http://localhost:3000 (PORT to change).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const inputs = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "next.config.ts",
  "package-lock.json",
  "tailwind.config.ts",
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

function run(args) {
  const result = spawnSync("npx", args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changed = Math.max(...inputs.map((p) => newestMtime(path.join(root, p))));
if (changed > built) {
  console.log(built ? "Sources changed since the last build: building again…" : "No build yet: building…");
  run(["next", "build"]);
}
run(["next", "start", "--port", process.env.PORT ?? "3000"]);
