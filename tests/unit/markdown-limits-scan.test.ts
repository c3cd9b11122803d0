/**
 * The Markdown limit scan (lib/markdown.ts) takes a quicker path for text
 * within the mark limits; whatever path it takes, it must find what the
 * former single loop over the characters found: the same first problem at the
 * same offset, and the same shared budget spent, text after text. The former
 * loop is kept here as the reference, and both read seeded random texts built
 * from the pieces the limits count, near every limit.
 */
import { describe, expect, it } from "vitest";
import { markdownLimitProblem, markdownSpend, type MarkdownSpend } from "@/lib/markdown";
import { seededRandom } from "./seeded-random";

const [MAX_NESTING, MAX_RUN, MAX_MARKS, MAX_LINES, MAX_MARKERS, MAX_NESTED] = [8, 32, 2000, 3000, 800, 8000];

/** The former scan, unchanged but for names. */
function reference(markdown: string, shared?: MarkdownSpend) {
  const spend = shared ?? markdownSpend();
  const where = shared ? " in this file" : " in one text";
  const lineStart = (start: number) => {
    let markers = 0;
    let columns = 0;
    for (let i = start; i < markdown.length; i++) {
      const ch = markdown[i];
      if (ch === " ") columns++;
      else if (ch === "\t") columns += 4;
      else if (ch === ">") markers++;
      else if (
        (ch === "-" || ch === "*" || ch === "+") &&
        (markdown[i + 1] === " " || markdown[i + 1] === "\t")
      )
        markers++;
      else if (ch >= "0" && ch <= "9") {
        let j = i;
        while (j < markdown.length && j - i < 9 && markdown[j] >= "0" && markdown[j] <= "9") j++;
        if (
          (markdown[j] !== "." && markdown[j] !== ")") ||
          (markdown[j + 1] !== " " && markdown[j + 1] !== "\t")
        )
          break;
        markers++;
        i = j;
      } else break;
    }
    const depth = markers + Math.floor(columns / 2);
    if (depth > MAX_NESTING) {
      return {
        message: `Markdown is nested ${depth} levels deep (quotes, lists, indentation); at most ${MAX_NESTING}`,
        offset: start,
      };
    }
    spend.containerMarkers += markers;
    spend.nestedLines += depth;
    if (spend.containerMarkers > MAX_MARKERS) {
      const message = `More than ${MAX_MARKERS} quote and list markers (> - * + 1.) at line starts${where}`;
      return { message, offset: start, overBudget: true };
    }
    if (spend.nestedLines > MAX_NESTED) {
      const message = `Too many nested lines${where}: lines inside quotes and lists, counted once per level, exceed ${MAX_NESTED}`;
      return { message, offset: start, overBudget: true };
    }
    return undefined;
  };
  if (markdown.length <= MAX_RUN && !markdown.includes("\n")) return lineStart(0);
  let [marks, run, lines, start] = [0, 0, 1, 0];
  for (let i = 0; i < markdown.length; i++) {
    if (i === start) {
      const problem = lineStart(i);
      if (problem) return problem;
    }
    const ch = markdown[i];
    if (ch === "\n") {
      start = i + 1;
      if (++lines > MAX_LINES)
        return { message: `More than ${MAX_LINES} lines of Markdown in one text`, offset: i };
    }
    if ("*_[]!~`".includes(ch)) {
      marks++;
      if (++run > MAX_RUN)
        return { message: `More than ${MAX_RUN} Markdown marks (* _ [ ] ! ~ \`) in a row`, offset: i };
      if (marks > MAX_MARKS)
        return { message: `More than ${MAX_MARKS} Markdown marks (* _ [ ] ! ~ \`) in one text`, offset: i };
    } else run = 0;
  }
  return start === markdown.length ? lineStart(start) : undefined;
}

const PIECES = [
  "word ",
  "x",
  "\n",
  "\n\n",
  "- ",
  "* ",
  "+ ",
  "> ",
  "1. ",
  "12) ",
  "  ",
  "\t",
  "**",
  "_",
  "[",
  "]",
  "!",
  "~",
  "`",
  "-",
  "é",
  "😀",
  "3",
];

/** A text of about `size` pieces, some of them repeated in runs (deep nesting, long runs of marks, many lines). */
function text(rnd: () => number, size: number): string {
  let out = "";
  while (out.length < size) {
    const piece = PIECES[Math.floor(rnd() * PIECES.length)];
    out += rnd() < 0.1 ? piece.repeat(1 + Math.floor(rnd() * 40)) : piece;
  }
  return out;
}

describe("the Markdown limit scan", () => {
  const sizes = [0, 5, 33, 200, 1999, 2100, 6000, 12000];

  it.each(sizes)("finds what the former loop found, on random texts of about %i characters", (size) => {
    const rnd = seededRandom(size + 1);
    let problems = 0;
    for (let i = 0; i < 60; i++) {
      const t = text(rnd, size);
      const got = markdownLimitProblem(t);
      expect(got).toEqual(reference(t));
      if (got) problems++;
    }
    if (size >= 2100) expect(problems).toBeGreaterThan(0);
  });

  it("spends the shared budget as the former loop did, text after text", () => {
    const rnd = seededRandom(7);
    for (let file = 0; file < 40; file++) {
      const [spend, expected] = [markdownSpend(), markdownSpend()];
      for (let i = 0; i < 12; i++) {
        const t = text(rnd, Math.floor(rnd() * 3000));
        expect(markdownLimitProblem(t, spend)).toEqual(reference(t, expected));
        expect(spend).toEqual(expected);
      }
    }
  });

  it("finds a run of marks just over the limit wherever it starts, and not one just under", () => {
    for (let length = 30; length <= 36; length++) {
      for (let offset = 0; offset < 70; offset++) {
        const t = `${"a".repeat(offset)}${"_".repeat(length)}\nb`;
        expect(markdownLimitProblem(t)).toEqual(reference(t));
        expect(markdownLimitProblem(t) !== undefined).toBe(length > 32);
      }
    }
  });

  it.each([
    ["a run of 33 marks", `${"x\n".repeat(10)}${"*".repeat(33)}`],
    ["2,001 marks", "*a".repeat(2001)],
    ["3,001 lines", "x\n".repeat(3001)],
    ["deep nesting after marks", `${"*a".repeat(1500)}\n${">".repeat(9)} x`],
    ["a trailing line break", `${"> ".repeat(8)}\n`],
    ["many list lines", "- x\n".repeat(900)],
  ])("finds what the former loop found: %s", (_, t) => {
    expect(markdownLimitProblem(t)).toEqual(reference(t));
  });
});
