/**
 * Decides what `npm run content:new` creates. Pure: it is told which files
 * exist and returns the files to write; `scripts/content-new.ts` touches the
 * disk.
 */
import { collectionPath } from "../collections";
import { slugSchema } from "../schema";
import { careerTemplate, guideTemplate, sourceTemplate, type GuideFormat } from "./templates";

export type ScaffoldRequest = {
  career: string;
  source: string;
  format: GuideFormat;
  /** The date the guide is added, YYYY-MM-DD. */
  today: string;
};

export type ScaffoldFile = { path: string; text: string; what: "guide" | "career" | "source" };

type ScaffoldPlan =
  | { ok: true; files: ScaffoldFile[]; pageUrl: string; nextSteps: string[] }
  | { ok: false; errors: string[] };

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
