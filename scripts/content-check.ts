/**
 * `npm run content:check`: validates all content through the same code path
 * as the build, without building the site. Exit code 1 on any error; warnings
 * are printed but never fail it.
 *
 *   --json        print machine-readable results
 *   --root <dir>  check <dir>/content instead of ./content (paths in the
 *                 output stay relative to <dir>, e.g. content/careers/…)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatIssueReport } from "../lib/content/issues";
import { loadContentFromDisk } from "../lib/content/index";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
if (rootAt !== -1 && !args[rootAt + 1]) {
  console.error("--root needs a directory, e.g. --root tests/fixtures/broken/empty-file");
  process.exit(2);
}
const root = path.resolve(rootAt === -1 ? process.cwd() : args[rootAt + 1]);
if (!existsSync(path.join(root, "content"))) {
  console.error(`✗ No content/ folder in ${root}`);
  process.exit(2);
}

const started = performance.now();
const result = loadContentFromDisk(root);
const errors = result.issues.filter((i) => i.severity === "error");
const warnings = result.issues.filter((i) => i.severity === "warning");
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (args.includes("--json")) {
  console.log(JSON.stringify({ ok: result.ok, errors, warnings }, null, 2));
} else {
  if (result.issues.length > 0) console.log(formatIssueReport(result.issues) + "\n");
  if (result.ok) {
    const guides = result.site.careers.reduce((n, c) => n + c.guides.length, 0);
    console.log(
      `✓ Content is valid: ${result.site.careers.length} careers, ${guides} guides, ${result.site.sources.length} sources` +
        (warnings.length ? `, ${warnings.length} warning(s)` : "") +
        ` (${seconds}s)`,
    );
  } else {
    console.log(`✗ ${errors.length} error(s), ${warnings.length} warning(s) (${seconds}s)`);
  }
}
process.exit(result.ok ? 0 : 1);
