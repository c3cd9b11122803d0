import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getSite } from "@/lib/content";
import { bodySections } from "@/lib/guide-page";
import { markdownToHtml, renderMarkdown } from "@/lib/markdown";
import { prerenderMarkdown } from "@/lib/markdown-thread";

const PROJECT = path.resolve(__dirname, "../..");

/** Every narrative section of the real guides, plus texts the sanitiser and the limits must handle. */
function texts(): string[] {
  const bodies = getSite().careers.flatMap((c) => c.guides.flatMap((g) => bodySections(g.body)));
  return [
    ...bodies.map((s) => (s.kind === "body" ? s.markdown : "")).filter(Boolean),
    'Pay <script>alert(1)</script> and <a href="javascript:alert(1)">a link</a>',
    "> ".repeat(20) + "nested too deep",
    "A line with a lone surrogate \ud800 in it",
  ];
}

describe("the Markdown thread", () => {
  it("renders each text as this thread does, and the page then finds it rendered", () => {
    const input = texts();
    const run = spawnSync(
      process.execPath,
      ["--require", "tsx/cjs", "tests/unit/helpers/markdown-thread-run.ts"],
      {
        cwd: PROJECT,
        input: JSON.stringify(input),
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.stderr).not.toContain("Markdown thread unavailable");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      before: number;
      after: number;
      fromThread: string[];
      here: string[];
    };
    expect(out.before).toBe(input.length);
    expect(out.after).toBe(0);
    expect(out.fromThread).toEqual(out.here);
    expect(out.fromThread[input.length - 3]).not.toContain("<script");
    expect(out.fromThread[input.length - 2]).toMatch(/^<p>&gt; &gt;/);
  });

  it("lets the page go on with the same HTML whether or not a thread can run (vitest cannot load one)", async () => {
    const input = texts().slice(-3);
    await expect(prerenderMarkdown(input)).resolves.toBeUndefined();
    expect(input.map((t) => markdownToHtml(t))).toEqual(input.map((t) => renderMarkdown(t)));
  });
});
