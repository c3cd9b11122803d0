import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildThread } from "@/lib/build-thread";

/** A thread answering as serveBuildThread does, written in plain JS so it runs without TypeScript. */
const thread = (work: string) => () =>
  new Worker(
    `const { parentPort } = require("node:worker_threads");
     const work = ${work};
     parentPort.on("message", async ({ id, input }) => {
       try { parentPort.postMessage({ id, output: await work(input) }); }
       catch (error) { parentPort.postMessage({ id, error: error.message }); }
     });`,
    { eval: true },
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe("buildThread", () => {
  it("answers each job with its own output, many jobs at once", async () => {
    const double = buildThread<number, number>(
      "Doubling",
      thread("(n) => new Promise((r) => setTimeout(() => r(n * 2), 10 - n))"),
    );
    expect(await Promise.all([1, 2, 3, 4, 5].map(double))).toEqual([2, 4, 6, 8, 10]);
  });

  it("answers undefined for a job that fails there, so the caller does it, and keeps serving", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const parse = buildThread<string, number>(
      "Parsing",
      thread("(text) => { if (!text) throw new Error('empty'); return text.length; }"),
    );
    expect(await parse("")).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Parsing thread: empty"));
    expect(await parse("four")).toBe(4);
  });

  it("lets every waiting job go when the thread dies, and does not start another", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let starts = 0;
    const start = thread(
      "(input) => { if (input === 'die') process.exit(3); return new Promise(() => {}); }",
    );
    const job = buildThread<string, string>("Dying", () => {
      starts++;
      return start();
    });
    const waiting = job("wait");
    expect(await job("die")).toBeUndefined();
    expect(await waiting).toBeUndefined();
    expect(await job("again")).toBeUndefined();
    expect(starts).toBe(1);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/Dying thread unavailable \(it stopped, exit code 3\)/),
    );
  });

  it("answers undefined when no thread can start", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const job = buildThread<string, string>("Missing", () => new Worker("./no/such/thread.js"));
    expect(await job("x")).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Missing thread unavailable"));
  });
});
