/**
 * Every kind of content problem, by a stable code. Messages may be reworded;
 * codes may not: tests, `content:check --json` readers and CONTRIBUTING.md's
 * list (checked for drift by a unit test) rely on them.
 */
type Kind = { severity: "error" | "warning"; summary: string };

export const ISSUE_CODES = {
  // Files and paths
  "file-misplaced": { severity: "error", summary: "A file stands where no content is read from" },
  "file-invalid-id": { severity: "error", summary: "A folder or file name is not a valid id (lowercase letters, digits, hyphens)" },
  "file-duplicate": { severity: "error", summary: "Two files for one source, career or guide (e.g. .yml beside .yaml)" },
  "file-too-large": { severity: "error", summary: "A file is larger than content files may be" },
  "file-encoding": { severity: "error", summary: "A file is not UTF-8 text" },
  "file-empty": { severity: "error", summary: "A file, or a guide's frontmatter, is empty" },
  "file-frontmatter": { severity: "error", summary: "A Markdown guide's frontmatter is missing or never closed" },
  "file-unreadable": { severity: "error", summary: "A file could not be read (a bug in the checks: please report it)" },
  "file-too-many-issues": { severity: "error", summary: "More problems in one file than are listed" },
  "taxonomy-missing": { severity: "error", summary: "A taxonomy file is missing" },
  "yaml-invalid": { severity: "error", summary: "The YAML cannot be read (indentation, quotes, tabs, duplicate keys, aliases)" },
  // Fields, against the schemas
  "field-missing": { severity: "error", summary: "A required field is missing" },
  "field-type": { severity: "error", summary: "A field has the wrong type (text for a number, a list for a mapping…)" },
  "field-value": { severity: "error", summary: "A field is not one of the allowed values" },
  "field-unknown": { severity: "error", summary: "A field the schema does not know (often a misspelling)" },
  "field-invalid": { severity: "error", summary: "A field breaks its schema's rule (format, range, length)" },
  "markdown-too-deep": { severity: "error", summary: "Markdown nests lists or quotes too deep to render in good time" },
  "body-in-markdown": { severity: "error", summary: "A Markdown guide has a body field as well as text below the frontmatter" },
  // Figures
  "range-order": { severity: "error", summary: "Figures out of order: min above max, median or average outside them" },
  "tier-order": { severity: "error", summary: "Tiers not in order of experience, or yearsMax below yearsMin" },
  "projection-order": { severity: "error", summary: "An outlook projection ends before it starts" },
  // References
  "career-missing": { severity: "error", summary: "A guide's career folder has no career.yaml" },
  "career-title-duplicate": { severity: "error", summary: "Two careers share a title" },
  "source-unknown": { severity: "error", summary: "A guide names a source with no file in content/sources/" },
  "source-mismatch": { severity: "error", summary: "A guide's source differs from its file name" },
  "skill-unknown": { severity: "error", summary: "A skill or tool is not in the skills taxonomy" },
  "certification-unknown": { severity: "error", summary: "A certification is not in the certifications taxonomy" },
  "taxonomy-duplicate-id": { severity: "error", summary: "Two taxonomy entries share an id" },
  "taxonomy-name-conflict": { severity: "error", summary: "A name or alias belongs to two taxonomy entries" },
  // Warnings: allowed, but probably not meant
  "guide-no-figures": { severity: "warning", summary: "A guide gives neither salary nor tiers" },
  "figures-undated": { severity: "warning", summary: "A guide has figures but no provenance.figuresYear" },
  "figures-stale": { severity: "warning", summary: "Figures are more than three years old" },
  "figures-future": { severity: "warning", summary: "Figures are dated in the future" },
  "dates-order": { severity: "warning", summary: "A guide's updated date is before its added date" },
  "faq-short": { severity: "warning", summary: "An FAQ answer is only a few words long" },
  "faq-duplicate": { severity: "warning", summary: "The same FAQ question is asked twice" },
  "skill-duplicate": { severity: "warning", summary: "A skill is listed twice, perhaps in different case" },
  "skill-label-unresolved": { severity: "warning", summary: "A skill label names a skill its refs leave out" },
  "skill-label-lookalike": { severity: "warning", summary: "A skill label looks like a misspelt skill" },
  "related-duplicate": { severity: "warning", summary: "Two related careers look like the same career" },
  "related-lookalike": { severity: "warning", summary: "A related career looks like a misspelt career we have" },
  "related-slug": { severity: "warning", summary: "A related career is written as a slug with no career folder" },
  "related-unlinked": { severity: "warning", summary: "Related careers we have no page for, shown as plain text" },
  "career-no-guide": { severity: "warning", summary: "A career has no guide" },
  "tier-title-lookalike": { severity: "warning", summary: "A tier title looks like a misspelt common or canonical title" },
  "tier-level-word": { severity: "warning", summary: "A tier title misspells a level word comparisons read" },
  "currency-unknown": { severity: "warning", summary: "A currency code is well formed but not ISO 4217" },
  "pay-implausible": { severity: "warning", summary: "A pay figure is implausible for its period" },
  "raw-html": { severity: "warning", summary: "Raw HTML in Markdown, which is stripped from the page" },
} as const satisfies Record<string, Kind>;

export type IssueCode = keyof typeof ISSUE_CODES;

/** The codes as a Markdown table, for CONTRIBUTING.md (a unit test keeps the two in step). */
export function issueCodeTable(): string {
  const rows = Object.entries(ISSUE_CODES).map(([code, kind]) => `| \`${code}\` | ${kind.severity} | ${kind.summary} |`);
  return ["| Code | Severity | What it means |", "| --- | --- | --- |", ...rows].join("\n");
}
