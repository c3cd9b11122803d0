/**
 * A worker thread for build work, so that `next build` uses the core it
 * leaves idle.
 *
 * `next build` generates pages in one process per core but one: on a 2-core
 * machine one process, while the other core waits. Work a page can hand over
 * and await (a guide's long Markdown texts) runs on a thread while the
 * build's own thread renders other pages. Every caller keeps
 * a fallback: where no thread can run (a test runner that cannot load
 * TypeScript in one) or a job fails on it, the answer is undefined and the
 * caller does the work itself. A thread makes a build faster, never different.
 */
import { parentPort, type Worker } from "node:worker_threads";

type Message<In> = { id: number; input: In };
type Reply<Out> = { id: number; output?: Out; error?: string };

/**
 * A function that runs a job on the thread `start` creates, on first use,
 * and resolves to its output, or to undefined when the thread cannot do it.
 * `start` must call `new Worker("./path/from/the/project.ts")` with the path
 * written out: `next build` bundles the thread's code from that literal (a
 * path in a variable is not bundled; a URL also publishes the source file
 * among the site's static assets).
 */
export function buildThread<In, Out>(
  name: string,
  start: () => Worker,
): (input: In) => Promise<Out | undefined> {
  /** undefined: not started; null: unavailable for the rest of the process. */
  let thread: Worker | null | undefined;
  const waiting = new Map<number, (output: Out | undefined) => void>();
  let lastId = 0;

  function giveUp(reason: string | undefined): null {
    if (reason && thread !== null)
      console.warn(`${name} thread unavailable (${reason}): working on the page's own thread.`);
    thread = null;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
    return null;
  }

  function reply({ id, output, error }: Reply<Out>) {
    const resolve = waiting.get(id);
    if (!resolve) return;
    waiting.delete(id);
    if (waiting.size === 0) thread?.unref();
    if (error) console.warn(`${name} thread: ${error}; doing that job on the page's own thread.`);
    resolve(error ? undefined : output);
  }

  function open(): Worker | null {
    if (thread !== undefined) return thread;
    try {
      thread = start();
    } catch (error) {
      return giveUp(messageOf(error));
    }
    thread.on("message", reply);
    thread.on("error", (error) => giveUp(messageOf(error)));
    // Ending with nothing asked of it is how the thread ends with its process.
    thread.on("exit", (code) => giveUp(waiting.size > 0 ? `it stopped, exit code ${code}` : undefined));
    // Only jobs keep the thread running (ref'd while any waits), so an idle thread never keeps a
    // build from ending. After the listeners: adding a "message" listener refs the thread again.
    thread.unref();
    return thread;
  }

  return (input) => {
    const worker = open();
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = ++lastId;
      waiting.set(id, resolve);
      if (waiting.size === 1) worker.ref();
      const message: Message<In> = { id, input };
      worker.postMessage(message);
    });
  };
}

/** The thread's side: runs `work` on each input sent, as it arrives, and replies with its output or its error. */
export function serveBuildThread<In, Out>(work: (input: In) => Out | Promise<Out>): void {
  const port = parentPort;
  if (!port) throw new Error("serveBuildThread runs only on a worker thread");
  port.on("message", async ({ id, input }: Message<In>) => {
    let answer: Reply<Out>;
    try {
      answer = { id, output: await work(input) };
    } catch (error) {
      answer = { id, error: messageOf(error) };
    }
    port.postMessage(answer);
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
