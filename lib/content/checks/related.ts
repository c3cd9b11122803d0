/**
 * Related careers: links that do not resolve, look-alikes and duplicates.
 */
import { LookalikeIndex } from "../../vocabulary/lookalike";
import { nameKey } from "../../vocabulary/names";
import { slugify } from "../../vocabulary/slug";
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import type { NameIndex } from "../taxonomy";
import { MAX_LOOKALIKE_LIST, warn, type Check, type Named } from "./shared";

export const relatedChecks: Check = (input, { lookalikes }) => [
  ...input.careers.flatMap(({ parsed, value }) => relatedCareers(parsed, value.related, input.careerIndex, lookalikes.careers)),
  ...input.guides.flatMap(({ parsed, value }) => relatedCareers(parsed, value.related, input.careerIndex, lookalikes.careers)),
];

/**
 * Related careers we have no page for are shown as plain text. That is often
 * intended ("Web Developer" before we cover it), so plain titles get one
 * warning per list; an entry that looks like a typo of a career we have, like
 * a slug (meant as a link), or like another entry of the list, gets its own.
 */
function relatedCareers(
  parsed: ParsedFile,
  related: readonly string[],
  index: NameIndex<Named>,
  lookalikes: LookalikeIndex<Named>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const plain: string[] = [];
  const short = related.length <= MAX_LOOKALIKE_LIST;
  // Names seen so far, by name key and by the career they link to ("backend-engineer", "Back-End Engineer").
  const seen = new Map<string, string>();
  const earlier = new LookalikeIndex<undefined>();
  related.forEach((name, i) => {
    const key = nameKey(name);
    const linked = index.find(name)?.id;
    const twin =
      seen.get(key) ??
      (linked === undefined ? undefined : seen.get(`career:${linked}`)) ??
      (short ? earlier.find(name)[0]?.name : undefined);
    if (short) earlier.add(name, undefined);
    if (!seen.has(key)) seen.set(key, name);
    if (linked !== undefined && !seen.has(`career:${linked}`)) seen.set(`career:${linked}`, name);
    if (twin !== undefined) {
      issues.push(warn(parsed, ["related", i], "related-duplicate", `Related careers "${twin}" and "${name}" look like the same career`, "keep one of the two"));
      return;
    }
    if (index.find(name)) return;
    const near = short ? [...new Set(lookalikes.find(name).map((c) => c.value))] : [];
    if (near.length > 0) {
      issues.push(
        warn(
          parsed,
          ["related", i], "related-lookalike",
          `Related career "${name}" matches no career, so it is shown as plain text`,
          `did you mean ${near.map((c) => `"${c?.name}" (${c?.id})`).join(" or ")}?`,
        ),
      );
    } else if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name)) {
      issues.push(
        warn(
          parsed,
          ["related", i], "related-slug",
          `Related career "${name}" looks like a career slug, but there is no content/careers/${name}/career.yaml, so it is shown as plain text`,
          "write the career's title instead, or add the career",
        ),
      );
    } else {
      plain.push(name);
    }
  });
  if (plain.length > 0) {
    const names = plain.map((n) => `"${n}"`).join(", ");
    const message =
      plain.length === 1
        ? `Related career ${names} has no career page yet, so it is shown as plain text`
        : `${plain.length} related careers have no career page yet, so they are shown as plain text: ${names}`;
    const each = plain.length === 1 ? "it becomes" : "each becomes";
    issues.push(
      warn(parsed, ["related"], "related-unlinked", message, `${each} a link once a career with that title or alias exists, e.g. content/careers/${slugify(plain[0]) || "<career>"}/career.yaml`),
    );
  }
  return issues;
}

