/**
 * Run by tests/unit/markdown-thread.test.ts under tsx (`node --require tsx/cjs`), whose hook
 * the Markdown thread inherits, so the thread runs here as in `next build`: reads texts as
 * JSON on stdin, renders them ahead on the thread, and prints what the memo then held and
 * what rendering on this thread gives.
 */
import { readFileSync } from "node:fs";
import { markdownToHtml, notYetRendered, renderMarkdown } from "../../../lib/markdown";
import { prerenderMarkdown } from "../../../lib/markdown-thread";

async function main() {
  const texts: string[] = JSON.parse(readFileSync(0, "utf8"));
  const before = notYetRendered(texts).length;
  // Two pages asking at once, one for texts the other also asked for.
  await Promise.all([prerenderMarkdown(texts.slice(0, 2)), prerenderMarkdown(texts)]);
  const after = notYetRendered(texts).length;
  const fromThread = texts.map((t) => markdownToHtml(t));
  process.stdout.write(
    JSON.stringify({ before, after, fromThread, here: texts.map((t) => renderMarkdown(t)) }),
  );
}

void main();
