/**
 * Load + validate time as content grows: prints figures, asserts nothing.
 * Builds synthetic sites in memory from the real guides (copies under new
 * career slugs, each career related to its neighbours; content/ is never
 * written), then times loadContent on 500 and 5,000 guides in one run, so the
 * per-guide ratio is measured on the same machine under the same load. Each
 * timed load runs in a fresh process, as each build worker loads the site once:
 * in one process, the earlier sizes' leftovers (memos, a heap sized for them)
 * weighed on the later ones. Each process first loads a site of 500 guides,
 * twice, so that compiling and optimising the code is counted against neither
 * size (a 100-guide warm-up left the 500-guide load a third slower); the best of a few
 * processes is taken, the fastest being the least disturbed by the machine.
 * Beside each load, the same process times rebuilding the loaded site from
 * V8's serialisation: what creating the site's objects alone costs there, the
 * baseline its load time is a ratio to.
 *
 * Then the worst Markdown within the limits (lib/markdown.ts), as a guide's
 * body: validate and render time as a ratio to a plain guide of the same size.
 *
 *   npx tsx scripts/bench-content.ts [guides…]   (default: 500 5000)
 *
 * To compare a change with another version of the loader, which separate
 * processes cannot resolve on this machine (the same code takes 5.3 to 8.3 s
 * from one minute to the next), `--against <checkout>` loads that checkout's
 * lib/content/load.ts beside this one, in one process, and times the two in
 * turn on the same synthetic site, round after round (the order swapped each
 * round, a full garbage collection before each load); it prints each round's
 * ratio and their median, for the time and for the CPU time (the process's,
 * the garbage collector's helper threads included), which a busy machine
 * disturbs less. The checkout needs its dependencies: for instance
 * `git worktree add /tmp/before HEAD~1 && ln -s "$PWD/node_modules" /tmp/before/`. lib/ imports
 * its own modules by relative paths, never through the `@/` alias (which would
 * resolve to this checkout), so each loader runs on its own checkout's code.
 *
 *   npx tsx scripts/bench-content.ts --against <checkout> [guides] [rounds]   (default: 5000 6)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { deserialize, serialize, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadContent, type ContentFile } from "../lib/content/load";
import { readContentTree } from "../lib/content/tree";
import { markdownLimitProblem, markdownToHtml } from "../lib/markdown";

const real = readContentTree(process.cwd());
const text = (file: ContentFile) => new TextDecoder().decode(file.bytes);
const template = real.filter((f) => f.path.startsWith("content/careers/backend-developer/"));
const shared = real.filter((f) => !f.path.startsWith("content/careers/"));
const guidesPerCareer = template.filter((f) => !f.path.endsWith("/career.yaml")).length;

/** A pronounceable, unique word per number: "Bakori", "Tumesa"… */
function word(n: number): string {
  const syllables = [
    "ba",
    "ko",
    "ri",
    "tu",
    "me",
    "sa",
    "lo",
    "vi",
    "ne",
    "du",
    "fe",
    "gi",
    "ho",
    "ju",
    "py",
    "wa",
  ];
  let out = "";
  let k = n + syllables.length * syllables.length;
  while (k > 0) {
    out += syllables[k % syllables.length];
    k = Math.floor(k / syllables.length);
  }
  return out[0].toUpperCase() + out.slice(1);
}

function synthetic(guides: number): ContentFile[] {
  const careers = Math.ceil(guides / guidesPerCareer);
  const title = (k: number) => `${word(((k % careers) + careers) % careers)} Developer`;
  const files: ContentFile[] = [...shared];
  for (let k = 0; k < careers; k++) {
    const slug = `${word(k).toLowerCase()}-developer`;
    const related = `related: [${title(k + 1)}, ${title(k + 2)}, ${title(k - 1)}, Web Developer]`;
    for (const file of template) {
      let body = text(file).replace(/^related: .*$/m, related);
      if (file.path.endsWith("/career.yaml")) {
        body = body.replace(/^title: .*$/m, `title: ${title(k)}`).replace(/^aliases: .*$/m, "aliases: []");
      }
      const name = file.path.split("/").at(-1);
      files.push({ path: `content/careers/${slug}/${name}`, bytes: new TextEncoder().encode(body) });
    }
  }
  return files;
}

/**
 * `materialiseMs`: the time to rebuild the loaded site's objects from V8's own serialisation
 * (v8.deserialize), in the same process: a floor for any loader, which must at least create them.
 */
type Timing = {
  guides: number;
  ms: number;
  errors: number;
  warnings: number;
  materialiseMs: number;
  siteMB: number;
};

/** In a child process: warm-up loads, then one timed load of `size` guides. */
function timeOneLoad(size: number): Timing {
  const warmUp = synthetic(500);
  for (let i = 0; i < 2; i++) loadContent(warmUp, { now: new Date("2026-11-26T00:00:00Z") });
  const files = synthetic(size);
  const started = performance.now();
  const result = loadContent(files, { now: new Date("2026-11-26T00:00:00Z") });
  const ms = performance.now() - started;
  const bytes = result.ok ? serialize(result.site) : undefined;
  let materialiseMs = Number.NaN;
  if (bytes) {
    const again = performance.now();
    deserialize(bytes);
    materialiseMs = performance.now() - again;
  }
  return {
    guides: files.filter((f) => f.path.startsWith("content/careers/") && !f.path.endsWith("/career.yaml"))
      .length,
    ms,
    errors: result.issues.filter((i) => i.severity === "error").length,
    warnings: result.issues.filter((i) => i.severity === "warning").length,
    materialiseMs,
    siteMB: (bytes?.length ?? 0) / 1e6,
  };
}

function timeInFreshProcess(size: number): Timing {
  const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--one", String(size)], {
    encoding: "utf8",
  });
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{"))
    throw new Error(`timing run failed: ${run.stderr || run.stdout}`);
  return JSON.parse(line) as Timing;
}

const one = process.argv.indexOf("--one");
if (one !== -1) {
  console.log(JSON.stringify(timeOneLoad(Number(process.argv[one + 1]))));
  process.exit(0);
}

/** `--against`: this loader and another checkout's, timed in turn in this process (see the top of the file). */
function timeAgainst(checkout: string, size: number, rounds: number): void {
  // Chosen at run time and needed before the rest of the script runs on, which an import() cannot give (this file runs as CommonJS).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const other = require(resolve(checkout, "lib/content/load.ts")) as { loadContent: typeof loadContent };
  setFlagsFromString("--expose-gc");
  const collectGarbage = runInNewContext("gc") as () => void;
  const now = new Date("2026-11-26T00:00:00Z");
  const loaders = { this: loadContent, other: other.loadContent };
  const warmUp = synthetic(500);
  for (const load of Object.values(loaders)) for (let i = 0; i < 2; i++) load(warmUp, { now });
  const ratios = { wall: [] as number[], cpu: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (["this", "other"] as const) : (["other", "this"] as const);
    const ms = { this: 0, other: 0 };
    const cpu = { this: 0, other: 0 };
    for (const name of order) {
      const files = synthetic(size);
      collectGarbage();
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      loaders[name](files, { now });
      const used = process.cpuUsage(cpuStarted);
      ms[name] = performance.now() - started;
      cpu[name] = (used.user + used.system) / 1000;
    }
    ratios.wall.push(ms.this / ms.other);
    ratios.cpu.push(cpu.this / cpu.other);
    console.log(
      `round ${round + 1}: this ${(ms.this / 1000).toFixed(2)} s, ${checkout} ${(ms.other / 1000).toFixed(2)} s, ` +
        `${ratios.wall.at(-1)?.toFixed(3)}×; CPU time ${(cpu.this / 1000).toFixed(2)} s against ${(cpu.other / 1000).toFixed(2)} s, ` +
        `${ratios.cpu.at(-1)?.toFixed(3)}×`,
    );
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(
    `${size} guides: this loader takes ${median(ratios.wall).toFixed(3)}× the time of ${checkout}'s, ` +
      `${median(ratios.cpu).toFixed(3)}× its CPU time (medians of ${rounds} rounds)`,
  );
}

const against = process.argv.indexOf("--against");
if (against !== -1) {
  const checkout = process.argv[against + 1] ?? "";
  if (!existsSync(resolve(checkout, "lib/content/load.ts"))) {
    console.error(`--against needs a checkout of this project (with lib/content/load.ts): got "${checkout}"`);
    process.exit(1);
  }
  const [size = 5000, rounds = 6] = process.argv.slice(against + 2).map(Number);
  timeAgainst(checkout, size, rounds);
  process.exit(0);
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const rows: { guides: number; ms: number }[] = [];
for (const size of sizes.length ? sizes : [500, 5000]) {
  const runs = size > 2000 ? 3 : 4;
  const timings = Array.from({ length: runs }, () => timeInFreshProcess(size));
  const best = timings.reduce((a, b) => (b.ms < a.ms ? b : a));
  rows.push(best);
  console.log(
    `${String(best.guides).padStart(6)} guides  load + validate ${(best.ms / 1000).toFixed(2).padStart(6)} s  ` +
      `${(best.ms / best.guides).toFixed(3)} ms/guide  (${best.errors} errors, ${best.warnings} warnings; ` +
      `best of ${runs} processes: ${timings.map((t) => (t.ms / 1000).toFixed(2)).join(", ")} s)`,
  );
  console.log(
    `        materialising the loaded site alone (v8.deserialize of ${best.siteMB.toFixed(0)} MB, same process): ` +
      `${(best.materialiseMs / 1000).toFixed(2)} s; load + validate is ${(best.ms / best.materialiseMs).toFixed(2)}× that`,
  );
}
const [first, last] = [rows[0], rows.at(-1)];
if (first && last && first !== last) {
  const ratio = last.ms / last.guides / (first.ms / first.guides);
  console.log(`per-guide time at ${last.guides} is ${ratio.toFixed(2)}× that at ${first.guides}`);
}

/* ------------------------------------------- worst Markdown within limits */

/** Crafted bodies near the container budgets (less what the guide's frontmatter uses of them) and at the mark limits (see tests/unit/markdown-limits.test.ts). */
const worstBodies: Record<string, string> = {
  "700 separate one-line quotes": Array.from({ length: 700 }, () => "> x\n").join("\n"),
  "700 one-line list items": Array.from({ length: 700 }, () => "- x").join("\n"),
  "175 lines of four-deep lists": Array.from({ length: 175 }, () => "- - - - x").join("\n"),
  "8-deep list, 900 lines inside": `${Array.from({ length: 8 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")}\n${Array.from({ length: 900 }, () => `${"  ".repeat(8)}x`).join("\n")}`,
  "16 nested images": `${"![".repeat(16)}x${"](y)".repeat(16)}`,
  "512 open links": "[a](b ".repeat(512),
};

const guideTemplate = template.find((f) => f.path.endsWith("/himalayas.md"));
const career = template.find((f) => f.path.endsWith("/career.yaml"));
if (guideTemplate && career) {
  const frontmatter = text(guideTemplate).split(/\n---\n/)[0];
  const site = (body: string): ContentFile[] => [
    ...shared,
    career,
    { path: guideTemplate.path, bytes: new TextEncoder().encode(`${frontmatter}\n---\n${body}\n`) },
  ];
  const best = (run: (i: number) => void) => {
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      run(i);
      ms = Math.min(ms, performance.now() - started);
    }
    return ms;
  };
  console.log(
    "\nworst Markdown within the limits, as a guide body after one raw tag (so that the checks parse it);",
  );
  console.log("ratios to a plain body of the same size, and the worst's own time:");
  for (const [name, crafted] of Object.entries(worstBodies)) {
    const body = `<b>x</b>\n\n${crafted}`;
    const plain = `<b>x</b>\n\n${"word ".repeat(Math.ceil(crafted.length / 5)).slice(0, crafted.length)}`;
    const within =
      markdownLimitProblem(body) === undefined && loadContent(site(body)).ok ? "accepted" : "REFUSED";
    const validateMs = best(() => loadContent(site(body)));
    // markdownToHtml keeps what it rendered: each run gets a text of its own (trailing newlines,
    // which render the same), or every run after the first would time a lookup.
    const fresh = (text: string, i: number) => `${text}${"\n".repeat(i + 1)}`;
    const renderMs = best((i) => markdownToHtml(fresh(body, i)));
    const validate = validateMs / best(() => loadContent(site(plain)));
    const render = renderMs / best((i) => markdownToHtml(fresh(plain, i)));
    console.log(
      `  ${name.padEnd(32)} ${String(body.length).padStart(6)} chars  ${within}  ` +
        `validate ${validate.toFixed(1)}× (${validateMs.toFixed(0)} ms)  render ${render.toFixed(1)}× (${renderMs.toFixed(0)} ms)`,
    );
  }
}
