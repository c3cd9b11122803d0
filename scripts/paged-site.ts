/**
 * A site past one page of careers, for the end-to-end tests of the paged
 * indexes (playwright.paged.config.ts, tests/e2e-paged/): PAGED_SITE_CAREERS
 * careers copied from the real guides (scripts/synthetic-site.ts) into a
 * temporary folder, then `next build` and the post-build steps, as `npm run build`
 * runs them.
 *
 *   npx tsx scripts/paged-site.ts <folder>
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { POST_BUILD_STEPS, writeSyntheticSite } from "./synthetic-site";

/** Past FINDER_PAGE_SIZE (50): the finder has two pages in every order. */
const PAGED_SITE_CAREERS = 60;

const root = path.resolve(import.meta.dirname, "..");
const dir = path.resolve(process.argv[2] ?? "");
if (!process.argv[2]) throw new Error("usage: npx tsx scripts/paged-site.ts <folder>");

rmSync(dir, { recursive: true, force: true });
writeSyntheticSite(root, dir, PAGED_SITE_CAREERS);
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${dir}`);
};
run("npx", ["next", "build"]);
for (const step of POST_BUILD_STEPS)
  run(process.execPath, [path.join(root, "scripts", step), path.join(dir, "out")]);
console.log(`paged site: ${PAGED_SITE_CAREERS} careers built into ${path.join(dir, "out")}`);
