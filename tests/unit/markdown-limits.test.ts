/**
 * Crafted Markdown that overflows remark's stack or stalls it for minutes,
 * and the limits that refuse it (lib/markdown.ts): inputs past a limit are
 * refused by the content checks with file, line and field; the worst inputs
 * within the limits render in a time comparable to plain prose of the largest
 * size a file may have (a ratio measured in the same run, with a generous cap:
 * the figures themselves are printed by `npx tsx scripts/bench-content.ts`).
 */
import { describe, expect, it } from "vitest";
import { parseMarkdownFile } from "@/lib/content/parse";
import { checkTextHygiene } from "@/lib/content/text-hygiene";
import { parseYamlFile } from "@/lib/content/parse";
import { markdownLimitProblem, markdownSpend, markdownToHtml } from "@/lib/markdown";

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

  const inline = ["nested strong", "nested emphasis", "nested images", "open links"];
  it.each(inline)(
    "renders %s just within the limits, repeated while within them, at most a few times slower than 1 MB of plain prose",
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
      const ratio = renderTime(text) / renderTime(plainProse(1_000_000));
      console.log(
        `markdown worst case, ${name}: ${n} per unit, ${text.length} chars, ${ratio.toFixed(2)}× 1 MB of plain prose`,
      );
      expect(ratio).toBeLessThan(5);
    },
    120_000,
  );
});

/** Plain paragraphs of about `size` characters, within the line limit. */
export function plainProse(size: number): string {
  const paragraph = "word ".repeat(140).trim();
  return Array.from({ length: Math.max(1, Math.round(size / (paragraph.length + 2))) }, () => paragraph).join(
    "\n\n",
  );
}

let renders = 0;

/** Time to render `text`: a paragraph of its own after it makes each call new to markdownToHtml's memo, which would time a lookup. */
function renderTime(text: string): number {
  const fresh = `${text}\n\nrender${++renders}`;
  const started = performance.now();
  markdownToHtml(fresh);
  return performance.now() - started;
}

/**
 * Container blocks: remark checks each line against every container open
 * around it, and each container it opens costs in proportion to what came
 * before (quadratic). Each input is built to the largest size it has within
 * the budgets, then one step past.
 */
const containers: Record<string, (n: number) => string> = {
  "separate one-line quotes": (n) => Array.from({ length: n }, () => "> x\n").join("\n"),
  "one-line list items": (n) => Array.from({ length: n }, () => "- x").join("\n"),
  "ordered list items": (n) => Array.from({ length: n }, (_, i) => `${i + 1}. x`).join("\n"),
  "four-deep lists on each line": (n) => Array.from({ length: n / 4 }, () => "- - - - x").join("\n"),
  "quoted lines": (n) => Array.from({ length: n }, () => "> x").join("\n"),
};
const MARKER_BUDGET = 800;

describe("the container budget", () => {
  it.each(Object.keys(containers))("refuses %s past the budget, with a clear message", (name) => {
    expect(markdownLimitProblem(containers[name](MARKER_BUDGET + 4))?.message).toMatch(
      /More than 800 quote and list markers/,
    );
    expect(markdownLimitProblem(containers[name](MARKER_BUDGET))).toBeUndefined();
  });

  it("refuses lines nested deep inside a list past the nested-lines budget", () => {
    const list = Array.from({ length: 8 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n");
    const nested = (lines: number) =>
      `${list}\n${Array.from({ length: lines }, () => `${"  ".repeat(8)}x`).join("\n")}`;
    expect(markdownLimitProblem(nested(950))).toBeUndefined();
    expect(markdownLimitProblem(nested(1000))?.message).toMatch(/Too many nested lines in one text/);
  });

  it("counts a file's texts together: many texts each within it are refused, on the field that crosses it", () => {
    const answer = containers["one-line list items"](100);
    const yaml = Array.from({ length: 12 }, (_, i) => `f${i}: |\n${answer.replace(/^/gm, "  ")}\n`).join("");
    const parsed = parseYamlFile("content/sources/x.yaml", yaml);
    if (!parsed.ok) throw new Error("did not parse");
    const issues = checkTextHygiene(parsed.parsed);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "markdown-too-complex",
        field: "f8",
        line: 8 * 101 + 1,
        message: expect.stringMatching(/markers .* at line starts in this file/),
      }),
    ]);
    expect(markdownLimitProblem(answer, markdownSpend())).toBeUndefined();
  });

  it.each(Object.keys(containers))(
    "parses %s at the budget at most a few times slower than 1 MB of plain prose",
    (name) => {
      const worst = containers[name](MARKER_BUDGET);
      const ratio = renderTime(worst) / renderTime(plainProse(1_000_000));
      console.log(
        `markdown container worst case, ${name}: ${worst.length} chars, ${ratio.toFixed(2)}× 1 MB of plain prose`,
      );
      expect(ratio).toBeLessThan(5);
    },
    120_000,
  );
});
