// The files of a built site, for the post-build steps (strip-runtime, precompress,
// redirect-map, csp-hashes): one walk, so they all skip the same things.
import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Full paths of the files under `dir` whose name passes `keep`. Dot folders
 * (out/.csp, out/.redirects: written for the servers, never served) are skipped.
 */
export function filesUnder(dir, keep) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : filesUnder(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}

/** `file` relative to `base` with `/` separators, as a URL path is written. */
export function relativePath(base, file) {
  return path.relative(base, file).split(path.sep).join("/");
}
