import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getSite } from "@/lib/content";
import { bodySections } from "@/lib/guide-page";
import { markdownToHtml, renderMarkdown } from "@/lib/markdown";
import { markdownReadAhead, prerenderMarkdown } from "@/lib/markdown-thread";

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

describe("markdownReadAhead", () => {
  /** Items 0..n-1, each with one text, and the texts a read-ahead sends, in order. */
  function setUp(n: number, window: number) {
    const items = Array.from({ length: n }, (_, i) => i);
    const sent: string[][] = [];
    const render = async (texts: readonly string[]) => {
      sent.push([...texts]);
    };
    const ahead = markdownReadAhead(
      () => items,
      (i) => [`text ${i}`],
      window,
      render,
    );
    return { ahead, sent };
  }

  it("sends an item's own texts first, then those of the next `window` items, each once", async () => {
    const { ahead, sent } = setUp(10, 3);
    await ahead(0);
    expect(sent).toEqual([["text 0"], ["text 1"], ["text 2"], ["text 3"]]);
    sent.length = 0;
    await ahead(1);
    // Its own texts are asked for again (to await them), and only item 4 is new ahead of it.
    expect(sent).toEqual([["text 1"], ["text 4"]]);
  });

  it("stops at the last item, and an item it does not know only gets its own texts", async () => {
    const { ahead, sent } = setUp(3, 5);
    await ahead(1);
    expect(sent).toEqual([["text 1"], ["text 2"]]);
    sent.length = 0;
    await ahead(99);
    expect(sent).toEqual([["text 99"]]);
  });

  it("resolves when the item's own texts are rendered", async () => {
    let release: () => void = () => {};
    const own = new Promise<void>((resolve) => (release = resolve));
    const ahead = markdownReadAhead(
      () => [0, 1],
      (i) => [`text ${i}`],
      1,
      (texts) => (texts[0] === "text 0" ? own : Promise.resolve()),
    );
    let done = false;
    const waiting = ahead(0).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await waiting;
    expect(done).toBe(true);
  });
});
