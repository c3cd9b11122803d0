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
  "link-outside-content": { severity: "error", summary: "A symbolic link leads outside content/ (never followed, never read)" },
  "link-refused": { severity: "error", summary: "A symbolic link inside content/: content files must be real files" },
  "linked-folder": { severity: "error", summary: "A content folder is a symbolic link" },
  "link-broken": { severity: "error", summary: "A symbolic link points to nothing" },
  "link-loop": { severity: "error", summary: "A symbolic link loops back on itself" },
  "link-unresolvable": { severity: "error", summary: "A symbolic link cannot be resolved" },
  "special-file": { severity: "error", summary: "A FIFO, socket or device where a file should be (never opened)" },
  "unreadable-file": { severity: "error", summary: "A file could not be opened or read (permissions)" },
  "unreadable-folder": { severity: "error", summary: "A folder could not be listed (permissions)" },
  "file-changed": { severity: "error", summary: "A file changed while it was being read" },
  "too-many-files": { severity: "error", summary: "More files under content/ than are read" },
  "taxonomy-missing": { severity: "error", summary: "A taxonomy file is missing" },
  "yaml-invalid": { severity: "error", summary: "The YAML cannot be read (indentation, quotes, tabs, duplicate keys, aliases)" },
  "yaml-unknown-tag": { severity: "error", summary: "A YAML tag such as !!js/function that content never uses" },
  "yaml-complex-key": { severity: "error", summary: "A YAML mapping key that is not plain text" },
  // Characters
  "control-character": { severity: "error", summary: "A NUL byte, terminal escape or other control character in a field" },
  "bidi-control": { severity: "error", summary: "A bidirectional override that reorders how text is shown" },
  "invisible-character": { severity: "error", summary: "A zero-width or invisible filler character in a field" },
  "invalid-character": { severity: "error", summary: "A lone surrogate or Unicode non-character" },
  "direction-mark": { severity: "warning", summary: "An invisible direction mark (keep only for mixed right-to-left text)" },
  "soft-hyphen": { severity: "warning", summary: "A soft hyphen (browsers hyphenate on their own)" },
  "line-separator": { severity: "warning", summary: "A Unicode line or paragraph separator instead of a new line" },
  // Fields, against the schemas
  "field-missing": { severity: "error", summary: "A required field is missing" },
  "field-type": { severity: "error", summary: "A field has the wrong type (text for a number, a list for a mapping…)" },
  "field-value": { severity: "error", summary: "A field is not one of the allowed values" },
  "field-unknown": { severity: "error", summary: "A field the schema does not know (often a misspelling)" },
  "field-invalid": { severity: "error", summary: "A field breaks its schema's rule (format, range, length)" },
  "number-too-large": { severity: "error", summary: "A number too large to hold exactly (e.g. 1e400, or past 2^53): surely a typo" },
  "markdown-too-complex": { severity: "error", summary: "Markdown nested, marked up or long past what remark renders in good time" },
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
  "openings-implausible": { severity: "warning", summary: "More projected openings a year than a single occupation plausibly has" },
  "postings-implausible": { severity: "warning", summary: "More live job postings than one publisher plausibly lists for one career" },
  "raw-html": { severity: "warning", summary: "Raw HTML in Markdown, which is stripped from the page" },
} as const satisfies Record<string, Kind>;

export type IssueCode = keyof typeof ISSUE_CODES;

/** The codes as a Markdown table, for CONTRIBUTING.md (a unit test keeps the two in step). */
export function issueCodeTable(): string {
  const rows = Object.entries(ISSUE_CODES).map(([code, kind]) => `| \`${code}\` | ${kind.severity} | ${kind.summary} |`);
  return ["| Code | Severity | What it means |", "| --- | --- | --- |", ...rows].join("\n");
}
