/**
 * Crafted Markdown that overflows remark's stack or stalls it for minutes,
 * and the limits that refuse it (lib/markdown.ts): inputs past a limit are
 * refused by the content checks with file, line and field; the worst inputs
 * within the limits render in seconds at most, whatever their size.
 */
import { describe, expect, it } from "vitest";
import { parseMarkdownFile } from "@/lib/content/parse";
import { checkTextHygiene } from "@/lib/content/text-hygiene";
import { markdownLimitProblem, markdownToHtml } from "@/lib/markdown";

/** Each crafted input, with its size as a parameter; all measured to overflow or stall remark 15 at a few thousand. */
const crafted: Record<string, (n: number) => string> = {
  "nested quotes": (n) => `${">".repeat(n)} x`,
  "nested lists": (n) => Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}- x`).join("\n"),
  "one-line lists": (n) => `${"- ".repeat(n)}x`,
  "nested strong": (n) => `${"**".repeat(n)}x${"**".repeat(n)}`,
  "nested emphasis": (n) => `${"*_".repeat(n)}x${"_*".repeat(n)}`,
  "nested images": (n) => `${"![".repeat(n)}x${"](y)".repeat(n)}`,
  "open links": (n) => "[a](b ".repeat(n),
};

describe("markdownLimitProblem", () => {
  it.each(Object.keys(crafted))("refuses %s at 3,000 levels or marks", (name) => {
    expect(markdownLimitProblem(crafted[name](3000))).toBeDefined();
  });

  it("accepts ordinary Markdown, including lists and quotes nested a few deep and bold in every sentence", () => {
    const guide = Array.from(
      { length: 100 },
      (_, i) =>
        `## Part ${i}\n\nA **bold** claim, an *aside* and [a link](https://example.com/${i}).\n\n> quoted\n> > twice\n\n${crafted["nested lists"](4)}`,
    ).join("\n\n");
    expect(markdownLimitProblem(guide)).toBeUndefined();
  });

  it("is reported on the body's line and column by the content checks", () => {
    const text = `---\nsource: x\n---\nIntro.\n\n${crafted["nested quotes"](40)}\n`;
    const parsed = parseMarkdownFile("content/careers/x/y.md", text);
    if (!parsed.ok) throw new Error("frontmatter did not parse");
    expect(checkTextHygiene(parsed.parsed)).toEqual([
      expect.objectContaining({
        code: "markdown-too-complex",
        field: "body",
        line: 6,
        column: 1,
        message: expect.stringContaining("Markdown is nested 40 levels deep"),
      }),
    ]);
  });
});

describe("markdownToHtml on the worst inputs", () => {
  it.each(Object.keys(crafted))("renders %s past the limits as escaped text, without a crash", (name) => {
    // 3,000 is past every limit; nested lists grow quadratically in size, so 500 of them (250 KB) are plenty.
    const html = markdownToHtml(crafted[name](name === "nested lists" ? 500 : 3000));
    expect(html.startsWith("<p>")).toBe(true);
  });

  // Not yet bounded: many container blocks (quotes, list items) stay slow within the limits, e.g. 1,500
  // eight-deep quotes (18 KB) took 90 s on the loaded 2-core test machine. See the report of issue 11.
  const inline = ["nested strong", "nested emphasis", "nested images", "open links"];
  it.each(inline)(
    "renders %s just within the limits, repeated to 1 MB, in seconds",
    (name) => {
      // The largest size each one has within the limits, then as many paragraphs as fit in 1 MB.
      let n = 1;
      while (markdownLimitProblem(crafted[name](n * 2)) === undefined && n < 5000) n *= 2;
      const unit = crafted[name](n);
      // Then as many copies as fit in 1 MB within the limits (found by bisection: each try is a linear scan).
      const repeated = (k: number) => Array.from({ length: k }, () => unit).join("\n\n");
      let low = 1;
      let high = Math.floor(1_000_000 / (unit.length + 2));
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (markdownLimitProblem(repeated(mid)) === undefined) low = mid;
        else high = mid - 1;
      }
      const text = repeated(low);
      const started = performance.now();
      markdownToHtml(text);
      const ms = performance.now() - started;
      console.log(`markdown worst case, ${name}: ${n} per unit, ${text.length} chars, ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(10_000);
    },
    60_000,
  );
});
