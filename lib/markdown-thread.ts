/**
 * Markdown rendered on a build thread (lib/build-thread.ts), ahead of the
 * page that shows it. remark is the costliest step of a guide page's
 * generation (about 8 ms for a long guide's text; BENCHMARKS.md), so a guide
 * page first awaits prerenderMarkdown with its long texts, and its
 * markdownToHtml calls then find them in the memo. The thread runs the same
 * renderMarkdown (limits and sanitising included), so the HTML is the same;
 * texts the thread could not render are rendered where they are shown.
 */
import { Worker } from "node:worker_threads";
import { buildThread } from "./build-thread";
import { keepRendered, notYetRendered } from "./markdown";

const renderOnThread = buildThread<string[], string[]>(
  "Markdown",
  () => new Worker("./lib/markdown-worker.ts"),
);

/** Renders those of `texts` this process has not rendered yet on the Markdown thread, and keeps the HTML. */
export async function prerenderMarkdown(texts: readonly string[]): Promise<void> {
  const missing = notYetRendered(texts);
  if (missing.length === 0) return;
  const html = await renderOnThread(missing);
  html?.forEach((rendered, i) => keepRendered(missing[i], rendered));
}
