/**
 * `npm run content:check`: validates all content through the same code path
 * as the build, without building the site. Exit code 1 on any error.
 * `--json` prints machine-readable results.
 */
import { formatIssueReport } from "../lib/content/issues";
import { loadContentFromDisk } from "../lib/content/index";

const started = performance.now();
const result = loadContentFromDisk(process.cwd());
const errors = result.issues.filter((i) => i.severity === "error");
const warnings = result.issues.filter((i) => i.severity === "warning");
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (process.argv.includes("--json")) {
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
