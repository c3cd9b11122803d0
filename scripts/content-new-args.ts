/**
 * The command line of `npm run content:new`, read apart from the script so
 * tests can check it without running it. (Argument parsing is the CLI's job;
 * lib/ stays pure content logic.)
 */
import type { GuideFormat } from "../lib/content/scaffold";

export const USAGE = `Usage: npm run content:new -- <career> <source> [--format md|yaml]

Creates content/careers/<career>/<source>.md (or .yaml with --format yaml), with
every field listed and explained, plus content/careers/<career>/career.yaml when
the career is new and content/sources/<source>.yaml when the source is new.
Never overwrites a file.

  <career>   the career's slug, e.g. backend-developer
  <source>   the publisher's id, e.g. himalayas
  --format   md (default): YAML frontmatter and a Markdown body
             yaml: every field, the body included, in YAML`;

type ParsedArgs =
  | { ok: true; help: false; career: string; source: string; format: GuideFormat }
  | { ok: true; help: true }
  | { ok: false; error: string };

/** Reads the command line (without `node` and the script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  let format: GuideFormat = "md";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { ok: true, help: true };
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg === "--format" ? argv[++i] : arg.slice("--format=".length);
      if (value !== "md" && value !== "yaml") {
        return {
          ok: false,
          error: `--format must be md or yaml, got ${value === undefined ? "nothing" : `"${value}"`}`,
        };
      }
      format = value;
    } else if (arg.startsWith("-")) {
      return { ok: false, error: `Unknown option ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) {
    const got = positional.length === 0 ? "neither" : positional.map((p) => `"${p}"`).join(" ");
    return { ok: false, error: `Expected a career and a source, got ${got}` };
  }
  return { ok: true, help: false, career: positional[0], source: positional[1], format };
}
