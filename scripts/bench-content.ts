/**
 * Load + validate time as content grows: prints figures, asserts nothing.
 * Builds synthetic sites in memory from the real guides (copies under new
 * career slugs, each career related to its neighbours; content/ is never
 * written), then times loadContent on 500 and 5,000 guides in one run, so the
 * per-guide ratio is measured on the same machine under the same load.
 *
 * Then the worst Markdown within the limits (lib/markdown.ts), as a guide's
 * body: validate and render time as a ratio to a plain guide of the same size.
 *
 *   npx tsx scripts/bench-content.ts [guides…]   (default: 500 5000)
 */
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

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const rows: { guides: number; ms: number }[] = [];
for (const size of sizes.length ? sizes : [500, 5000]) {
  const files = synthetic(size);
  const guides = files.filter(
    (f) => f.path.startsWith("content/careers/") && !f.path.endsWith("/career.yaml"),
  ).length;
  // Best of a few runs: the machine is shared, and the fastest run is the least disturbed.
  const runs = guides > 2000 ? 2 : 4;
  let best = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    // A build loads one site: the last run's is let go first, so it does not weigh on this run's garbage collection.
    result = undefined;
    const started = performance.now();
    result = loadContent(files, { now: new Date("2026-11-26T00:00:00Z") });
    best = Math.min(best, performance.now() - started);
  }
  const errors = result?.issues.filter((i) => i.severity === "error").length ?? 0;
  const warnings = result?.issues.filter((i) => i.severity === "warning").length ?? 0;
  rows.push({ guides, ms: best });
  console.log(
    `${String(guides).padStart(6)} guides  load + validate ${(best / 1000).toFixed(2).padStart(6)} s  ` +
      `${(best / guides).toFixed(3)} ms/guide  (${errors} errors, ${warnings} warnings, best of ${runs})`,
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
  const best = (run: () => void) => {
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      run();
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
    const renderMs = best(() => markdownToHtml(body));
    const validate = validateMs / best(() => loadContent(site(plain)));
    const render = renderMs / best(() => markdownToHtml(plain));
    console.log(
      `  ${name.padEnd(32)} ${String(body.length).padStart(6)} chars  ${within}  ` +
        `validate ${validate.toFixed(1)}× (${validateMs.toFixed(0)} ms)  render ${render.toFixed(0)}× (${renderMs.toFixed(0)} ms)`,
    );
  }
}
