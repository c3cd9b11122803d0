/**
 * `npm run content:new -- <career> <source> [--format md|yaml]`: scaffolds a
 * guide with every field listed and explained, plus the career and source
 * files when they are new. Never overwrites a file: exit code 1 when the
 * guide already exists or an id is not valid. The templates are generated
 * from the schemas' `.meta()` by lib/content/scaffold/; the command line is
 * read by ./content-new-args.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { planScaffold } from "../lib/content/scaffold";
import { parseArgs, USAGE } from "./content-new-args";

const root = process.cwd();

function fail(lines: string[], usage = false): never {
  for (const line of lines) console.error(`✗ ${line}`);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(1);
}

function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const args = parseArgs(process.argv.slice(2));
if (!args.ok) fail([args.error], true);
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const plan = planScaffold(
  { career: args.career, source: args.source, format: args.format, today: localDate() },
  (rel) => existsSync(path.join(root, rel)),
);
if (!plan.ok) fail(plan.errors);

const created: string[] = [];
for (const file of plan.files) {
  const target = path.join(root, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    // "wx": fail rather than overwrite, even if the file appeared since the check.
    writeFileSync(target, file.text, { flag: "wx" });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EEXIST" ? "it already exists" : String(error);
    fail([
      `Could not create ${file.path}: ${reason}.`,
      ...(created.length ? [`Already created: ${created.join(", ")}`] : []),
    ]);
  }
  created.push(file.path);
}

const label = { guide: "the guide", career: "new career", source: "new source" } as const;
const width = Math.max(...plan.files.map((f) => f.path.length));
console.log("Created:");
for (const file of plan.files) console.log(`  ${file.path.padEnd(width)}   ${label[file.what]}`);
console.log("\nNext:");
plan.nextSteps.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
