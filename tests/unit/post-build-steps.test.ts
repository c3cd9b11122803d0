import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST_BUILD_STEPS } from "../../scripts/synthetic-site";

const root = path.resolve(import.meta.dirname, "../..");
const buildScript = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts.build;

/** The `node scripts/<step>` commands `npm run build` runs after `next build`, in order. */
function stepsAfterNextBuild(script: string): string[] {
  const commands = script.split("&&").map((c) => c.trim());
  const next = commands.indexOf("next build");
  return commands
    .slice(next + 1)
    .map((c) => /^node scripts\/(\S+\.mjs)$/.exec(c)?.[1] ?? `(not a step: ${c})`);
}

describe("post-build steps", () => {
  it("are the steps `npm run build` runs after `next build`, in its order, so the bench and the paged site build as it does", () => {
    expect(buildScript).toContain("next build");
    expect(stepsAfterNextBuild(buildScript)).toEqual([...POST_BUILD_STEPS]);
  });

  it("include the search index, so the bench's build time counts Pagefind", () => {
    expect(POST_BUILD_STEPS).toContain("search-index.mjs");
  });

  it("reads a changed step as a mismatch", () => {
    expect(stepsAfterNextBuild("next build && node scripts/a.mjs && pagefind --site out")).toEqual([
      "a.mjs",
      "(not a step: pagefind --site out)",
    ]);
  });
});
