/**
 * Over 300 lines for a reason: most of it is the template text itself, one
 * commented line per field of the content model. (Generating it from schema
 * metadata, issue 12 part 5, is the way to shrink it.)
 *
 * Templates for `npm run content:new -- <career> <source>`: a new guide, and
 * the career and source files when they are new. Every field of the content
 * model is in the template with a comment saying what it means, whether it is
 * required, and an example. Required values are left empty, so
 * `npm run content:check` rejects the file ("Must not be empty") until an
 * editor fills them in; optional fields are commented-out examples.
 *
 * Pure: `planScaffold` is told which files exist and returns the files to
 * write; `scripts/content-new.ts` touches the disk.
 */
import { collectionPath } from "./collections";
import { parse } from "yaml";
import { slugSchema } from "./schema";

export type GuideFormat = "md" | "yaml";

/**
 * `commented` (what editors get): optional fields are commented out.
 * `examples`: every optional example is live, so tests can check that the
 * examples themselves are valid content.
 */
export type TemplateMode = "commented" | "examples";

export type ScaffoldRequest = {
  career: string;
  source: string;
  format: GuideFormat;
  /** The date the guide is added, YYYY-MM-DD. */
  today: string;
};

export type ScaffoldFile = { path: string; text: string; what: "guide" | "career" | "source" };

export type ScaffoldPlan =
  | { ok: true; files: ScaffoldFile[]; pageUrl: string; nextSteps: string[] }
  | { ok: false; errors: string[] };

export const USAGE = `Usage: npm run content:new -- <career> <source> [--format md|yaml]

Creates content/careers/<career>/<source>.md (or .yaml with --format yaml), with
every field listed and explained, plus content/careers/<career>/career.yaml when
the career is new and content/sources/<source>.yaml when the source is new.
Never overwrites a file.

  <career>   the career's slug, e.g. backend-developer
  <source>   the publisher's id, e.g. himalayas
  --format   md (default): YAML frontmatter and a Markdown body
             yaml: every field, the body included, in YAML`;

export type ParsedArgs =
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
      if (value !== "md" && value !== "yaml") return { ok: false, error: `--format must be md or yaml, got ${value === undefined ? "nothing" : `"${value}"`}` };
      format = value;
    } else if (arg.startsWith("-")) {
      return { ok: false, error: `Unknown option ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) {
    return { ok: false, error: `Expected a career and a source, got ${positional.length === 0 ? "neither" : positional.map((p) => `"${p}"`).join(" ")}` };
  }
  return { ok: true, help: false, career: positional[0], source: positional[1], format };
}

// Paths come from the collections table, like the loader's.
function guidePath(career: string, source: string, format: GuideFormat): string {
  return collectionPath("guide", { career, source }, format);
}

function careerPath(career: string): string {
  return collectionPath("career", { career });
}

function sourcePath(source: string): string {
  return collectionPath("source", { source });
}

/**
 * Decides what to create. Refuses bad slugs and any guide that already
 * exists (in either form); creates the career and source files only when
 * neither spelling (.yaml, .yml) exists.
 */
export function planScaffold(request: ScaffoldRequest, exists: (path: string) => boolean): ScaffoldPlan {
  const { career, source, format, today } = request;
  const errors: string[] = [];
  for (const [what, value] of [["career", career], ["source", source]] as const) {
    const result = slugSchema.safeParse(value);
    if (!result.success) errors.push(`The ${what} "${value}" is not a valid id: ${result.error.issues[0]?.message ?? "invalid"}`);
  }
  if (source === "career") errors.push(`The source cannot be called "career": content/careers/<career>/career.yaml is the career's own file`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) errors.push(`The date "${today}" is not in the form YYYY-MM-DD`);
  if (errors.length > 0) return { ok: false, errors };

  const stem = `content/careers/${career}/${source}`;
  const existing = [`${stem}.md`, `${stem}.yaml`, `${stem}.yml`].filter(exists);
  if (existing.length > 0) {
    return {
      ok: false,
      errors: existing.map((path) => `${path} already exists; nothing was created. Edit that file, or remove it first to start again.`),
    };
  }

  const files: ScaffoldFile[] = [];
  const newCareer = !exists(careerPath(career)) && !exists(`content/careers/${career}/career.yml`);
  const newSource = !exists(sourcePath(source)) && !exists(`content/sources/${source}.yml`);
  if (newSource) files.push({ path: sourcePath(source), text: sourceTemplate(source), what: "source" });
  if (newCareer) files.push({ path: careerPath(career), text: careerTemplate(career), what: "career" });
  files.push({ path: guidePath(career, source, format), text: guideTemplate({ career, source, format, today }), what: "guide" });

  const pageUrl = `/careers/${career}/${source}`;
  const nextSteps = [
    `Fill in every value marked REQUIRED in ${files.length === 1 ? "the file" : "the files"} above (they are empty now, so the check fails until you do).`,
    "Add the optional sections the source covers: uncomment the lines (Ctrl+/ or Cmd+/ in VS Code) and replace the examples with the source's own figures. Leave out any figure the source does not give; never estimate one. Write all prose in our own words.",
    "Name skills, tools and certifications as the taxonomy does; add any that are missing to content/taxonomy/skills.yaml or content/taxonomy/certifications.yaml.",
    'Run `npm run content:check` until it prints "✓ Content is valid". Until then the site does not build.',
    `Run \`npm run dev\` and open http://localhost:3000${pageUrl} to preview; edits show on reload.`,
    "Run `../shared/tools/verbatim-check content` to make sure no sentence is copied from the source.",
    "Every field is explained in CONTRIBUTING.md.",
  ];
  return { ok: true, files, pageUrl, nextSteps };
}

/* ---------------------------------------------------------------- templates */

/**
 * Templates are written one line per line. A line starting with `?` is an
 * optional example: in `commented` mode each run of such lines is commented
 * out the way VS Code's Ctrl+/ does (`# ` at the run's smallest indentation),
 * so the same keys uncomment it again. Other lines are kept as they are.
 */
function render(template: string, mode: TemplateMode): string {
  const lines = template.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i].startsWith("?")) {
      out.push(lines[i++]);
      continue;
    }
    const run: string[] = [];
    while (i < lines.length && lines[i].startsWith("?")) run.push(lines[i++].slice(1));
    if (mode === "examples") {
      out.push(...run);
      continue;
    }
    const indent = Math.min(...run.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    const pad = " ".repeat(indent);
    out.push(...run.map((l) => (l.trim() ? `${pad}# ${l.slice(indent)}` : `${pad}#`)));
  }
  return out.join("\n");
}

/** A slug as a YAML value: plain when YAML reads it back as that string, quoted when it would be a number or the like ("2024"). */
function yamlString(value: string): string {
  return parse(value) === value ? value : JSON.stringify(value);
}

const schemaLine = (depth: number, file: string) => `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${file}`;

export function sourceTemplate(source: string, mode: TemplateMode = "commented"): string {
  return render(
    `${schemaLine(2, "source.schema.json")}
# Source "${source}": one file per publisher. Its page is /sources/${source}.
# Fill in every value marked REQUIRED. Lines starting with # are comments: the
# site ignores them, and you may delete them. Field reference: CONTRIBUTING.md

name: ""   # REQUIRED: the publisher's name as it writes it, e.g. "Himalayas"
?homepage: https://www.example.com   # optional: the publisher's home page, http(s)

# description (REQUIRED): what the publisher is and what it publishes, in our
# own words; Markdown allowed. For longer text write \`description: >-\` and
# indent the text on the lines below it.
description: ""

# figures (REQUIRED): the kinds of figures this publisher gives, one or more of
#   live-job-postings     counts of the job ads it lists
#   salary-survey         pay from its own data or survey
#   bls-projections       US Bureau of Labor Statistics figures
#   editorial-estimates   figures its writers give without a stated basis
#   none                  no figures at all
# e.g. figures: [salary-survey, bls-projections]
figures: [""]

# caveat (optional): why a reader should take this publisher's figures with
# care, if they should, in our own words.
?caveat: Gives no salary or growth figures.
`,
    mode,
  );
}

export function careerTemplate(career: string, mode: TemplateMode = "commented"): string {
  return render(
    `${schemaLine(3, "career.schema.json")}
# Career "${career}": one file per career, shared by every source's guide to
# it. Its page is /careers/${career}.
# Fill in every value marked REQUIRED. Lines starting with # are comments: the
# site ignores them, and you may delete them. Field reference: CONTRIBUTING.md

title: ""   # REQUIRED: the career's usual name, unique across careers, e.g. "Backend Developer"

# aliases (optional): other names for the career.
?aliases: [Back-End Developer, Server-side developer]

# summary (REQUIRED): one to three sentences in our own words on what the
# career is; Markdown allowed. For longer text write \`summary: >-\` and indent
# the text on the lines below it.
summary: ""

# related (optional): related careers: a career's slug (it is linked), or a
# plain title when we have no guide for that career yet.
?related: [backend-engineer, Web Developer]
`,
    mode,
  );
}

export type GuideTemplateInput = { career: string; source: string; format: GuideFormat; today: string };

export function guideTemplate(input: GuideTemplateInput, mode: TemplateMode = "commented"): string {
  const { career, source, format, today } = input;
  const intro = `# Guide: the career "${career}" as the source "${source}" tells it.
# Its page is /careers/${career}/${source}.
# Fill in every value marked REQUIRED: \`npm run content:check\` reports each one
# still empty ("Must not be empty") until you do. Lines starting with # are
# comments: the site ignores them, and you may delete them.
# Field reference: CONTRIBUTING.md`;
  const fields = guideFields(source, today, format);
  if (format === "yaml") return render(`${schemaLine(3, "guide.schema.json")}\n${intro}\n\n${fields}`, mode);
  const body = mode === "examples" ? "\nAn overview paragraph, in our own words.\n\n## Day to day\n\nWhat the work involves, in our own words.\n" : "";
  return render(`---\n${intro}\n\n${fields}---\n${body}`, mode);
}

function guideFields(source: string, today: string, format: GuideFormat): string {
  const body =
    format === "yaml"
      ? `# body (optional): the narrative sections in Markdown, in our own words. Text
# before the first \`## heading\` is the overview; each \`## heading\` starts a
# section. Keep the text indented under \`body: |\`.
?body: |
?  An overview paragraph, in our own words.
?
?  ## Day to day
?
?  What the work involves, in our own words.
`
      : `# ---------------------------------------------------------------- body
# Below the closing --- line: the narrative sections in Markdown, in our own
# words. Text before the first \`## heading\` is the overview; each
# \`## heading\` starts a section. Leave it empty if the fields say it all.
`;
  return `# ------------------------------------------------------------ required

source: ${yamlString(source)}   # REQUIRED, set for you: the id of content/sources/${source}.yaml; matches this file's name

# provenance (REQUIRED): where this guide comes from.
provenance:
  title: ""   # REQUIRED: the title of the publisher's page, exactly, e.g. "Complete Backend Developer Career Guide"
?  url: https://www.example.com/careers/backend-developer   # optional: the address of that page, http(s)
?  figuresYear: 2025   # give it whenever the source has figures: the year they refer to
  added: ${today}   # REQUIRED, set for you: the date the guide is added to Careerscope, YYYY-MM-DD
?  updated: 2026-12-01   # optional: the date it was last brought in line with the source

# summary (REQUIRED): one or two sentences in our own words on what this
# source's guide stands out for. For longer text write \`summary: >-\` and indent
# the text on the lines below it.
summary: ""

# ------------------------------------------------------------ optional
# Give a section only when the source covers it: select its lines, uncomment
# them (Ctrl+/ or Cmd+/ in VS Code), and replace the examples with the source's
# own figures and our own words. Leave out any figure the source does not give;
# never estimate one. Delete example lines you do not use.
# Amounts are plain numbers: no currency signs or commas (93333, not $93,333).

# salary (optional): the source's pay figures, exactly as it gives them.
?salary:
?  currency: USD   # required in salary: three-letter ISO 4217 code (USD, EUR, GBP, INR...)
?  period: year   # year (the default), month or hour
?  median: 121000
?  average: 125000
?  min: 70000   # bottom of the range the source gives
?  max: 170000   # top of the range the source gives
?  maxOpenEnded: true   # true when the source gives the top as open-ended ("$170k+")
?  topDecile: 160000   # where the top 10% start, when the source says
?  note: Spans entry-level to senior roles.   # what the range covers, in our words
?  byLevel:   # pay by experience level, in the source's order; each needs a level
?    - level: Entry-Level   # the source's own name for the level
?      yearsMin: 0
?      yearsMax: 2
?      median: 75000
?      average: 80000
?      min: 60000
?      max: 90000
?  byRegion:   # pay by country or city; each needs a region and a currency
?    - region: Germany (Berlin)   # country, optionally with the city
?      roles: mid-level   # which roles the figure covers, when the source says
?      currency: EUR   # the currency of this entry's figures
?      min: 55000
?      max: 95000
?      median: 70000
?      usdMin: 60000   # US-dollar figures only as the source gives them; never convert
?      usdMax: 105000

# outlook (optional): the source's job-outlook figures.
?outlook:
?  growthPercent: 22   # projected growth in percent: 22 for 22%
?  projectionFrom: 2022   # first year of the projection period
?  projectionTo: 2032   # last year of the projection period
?  basis: BLS projection for Software Developers   # what the growth figure is based on
?  growthLabel: much faster than average   # the source's own wording of the growth
?  annualOpenings: 216000   # projected openings a year (BLS-style), not today's job ads
?  annualOpeningsApprox: true   # true when the source gives openings as an approximation ("about 216k")
?  livePostings: 1200   # job ads the publisher listed when it wrote the guide
?  demand: high   # low, moderate, high or very-high, as the source states it
?  remoteFriendly: true   # true or false, when the source says

# tiers (optional): the career ladder, least experienced first. Each tier
# needs a title, yearsMin and a summary.
?tiers:
?  - title: Junior Backend Developer   # the source's name for the stage
?    yearsMin: 0
?    yearsMax: 2   # leave out for an open-ended stage such as "12+ years"
?    summary: What the work is at this stage, in our own words.
?    salary:   # the stage's pay band, in the salary currency and period above
?      min: 60000
?      max: 90000
?      median: 75000
?      maxOpenEnded: false   # true for an open-ended top ("$164,000+")
?    focus: [Debugging, Code review]   # what to focus on at this stage, as short items

# skills (optional): the skills the source names. Name each by its id, name
# or alias in content/taxonomy/skills.yaml (add it there if it is missing), or
# give the source's wording with the entries it covers as label and refs.
?skills:
?  technical:
?    - Python
?    - label: Database management (SQL like PostgreSQL)   # the source's wording
?      refs: [sql]   # the taxonomy entries it covers
?  soft: [Communication]

# tools (optional): the tools and technologies the source names, named the
# same way as skills.
?tools: [Git, Docker]

# certifications (optional): as the source names them. Each name must match a
# name or an alias in content/taxonomy/certifications.yaml (add an alias there
# for a new spelling).
?certifications:
?  - name: AWS Certified Developer - Associate   # as the source spells it
?    issuer: Amazon Web Services   # as the source gives it
?    proves: That you can build and run applications on AWS.   # what it shows an employer, in our words

# education (optional): the usual education and the ways in, as the source
# describes them.
?education:
?  typical: A bachelor's degree in computer science or a related field   # in our words
?  paths:   # each way in needs a title and a detail
?    - title: Bootcamp
?      detail: An intensive course of a few months, in our own words.

# faqs (optional): the source's questions, answered in our own words. Each
# needs a question, an answer (Markdown allowed) and a topic, one of: salary,
# getting-started, skills, remote, role, career-growth, job-market, education,
# work-life.
?faqs:
?  - question: How long does it take to become one?
?    answer: The source's answer to the question, in a sentence or two of our own words.
?    topic: getting-started

# dayInTheLife (optional): a typical working day as the source describes it,
# in our own words (Markdown allowed).
?dayInTheLife: >-
?  A typical day, in our own words.

# workLife (optional): stress and work-life balance, as the source rates them.
?workLife:
?  stressLevel: moderate   # low, moderate or high
?  balanceRating: good   # poor, fair, good or excellent
?  summary: What the source says about hours and balance, in our own words.

# pros and cons (optional): the upsides and downsides the source lists, in
# our own words.
?pros:
?  - An upside the source lists, in our own words.
?cons:
?  - A downside the source lists, in our own words.

# related (optional): careers the source names as related: a career's slug
# (it is linked), or a plain title.
?related: [backend-engineer, DevOps Engineer]

${body}`;
}
