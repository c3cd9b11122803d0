/**
 * Markdown rendered on a build thread (lib/build-thread.ts), ahead of the
 * page that shows it. remark is the costliest step of a guide page's
 * generation (about 10 ms for a long guide's text; BENCHMARKS.md), so a guide
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

/** Texts sent to the thread and not back yet, each with the job that holds it. */
const onThread = new Map<string, Promise<void>>();

/**
 * Sends those of `texts` this process has neither rendered nor sent yet to
 * the Markdown thread, and resolves once every one of `texts` has come back
 * and is kept, so a page can ask for texts another page already sent.
 */
export function prerenderMarkdown(texts: readonly string[]): Promise<void> {
  const fresh = notYetRendered(texts).filter((text) => !onThread.has(text));
  if (fresh.length > 0) {
    const job = renderOnThread(fresh).then((html) => {
      html?.forEach((rendered, i) => keepRendered(fresh[i], rendered));
      for (const text of fresh) onThread.delete(text);
    });
    for (const text of fresh) onThread.set(text, job);
  }
  return Promise.all(texts.map((text) => onThread.get(text))).then(() => undefined);
}

/**
 * For pages generated in a known order (a route's generateStaticParams): a
 * function that, for one item, sends the texts of the next `window` items
 * to the thread as well and awaits the item's own. `next build` renders a
 * route's pages eight at a time and waits for all eight: a page that sent
 * its texts only when its turn came would have the build's thread wait for
 * the first page's texts in every eight. Read ahead, the thread has usually
 * rendered a page's texts before the page asks (at 1,000 careers the guide
 * pages waited 1.7 s in all, in a 35 s run). Items outside `all` only await
 * their own texts.
 */
export function markdownReadAhead<T>(
  all: () => readonly T[],
  textsOf: (item: T) => string[],
  window: number,
  render: (texts: readonly string[]) => Promise<void> = prerenderMarkdown,
): (item: T) => Promise<void> {
  let order: { items: readonly T[]; position: Map<T, number> } | undefined;
  let sentUpTo = -1;
  return (item) => {
    const items = all();
    if (order?.items !== items) {
      order = { items, position: new Map(items.map((it, i) => [it, i])) };
      sentUpTo = -1;
    }
    const own = render(textsOf(item));
    const at = order.position.get(item);
    if (at !== undefined) {
      const last = Math.min(items.length - 1, at + window);
      for (let i = Math.max(at + 1, sentUpTo + 1); i <= last; i++) void render(textsOf(items[i]));
      sentUpTo = Math.max(sentUpTo, last);
    }
    return own;
  };
}
