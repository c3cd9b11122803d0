/**
 * Skill labels: a `{label, refs}` item whose label names a skill its refs leave out.
 */
import { editDistance } from "../../vocabulary/distance";
import { type LookalikeIndex } from "../../vocabulary/lookalike";
import { nameKey } from "../../vocabulary/names";
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import type { GuideFile, SkillEntry, SkillRef } from "../schema";
import type { NameIndex } from "../taxonomy";
import { MAX_LOOKALIKE_LIST, warn, type Check, type Path } from "./shared";

export const skillChecks: Check = (input, { lookalikes }) =>
  input.guides.flatMap(({ parsed, value }) => skillLabels(parsed, value, input.skillIndex, lookalikes.skills));

type SkillList = { path: Path; refs: readonly SkillRef[] };

/**
 * A `{label, refs}` item whose label names, or nearly names, a canonical
 * skill that is not among its refs: "Postgress" with refs [sql] was probably
 * meant to count for PostgreSQL too. Plain names are resolved (or refused) by
 * the loader, so only labels are checked here.
 */
function skillLabels(
  parsed: ParsedFile,
  guide: GuideFile,
  index: NameIndex<SkillEntry>,
  lookalikes: LookalikeIndex<SkillEntry>,
): ContentIssue[] {
  const lists: SkillList[] = [
    { path: ["skills", "technical"], refs: guide.skills.technical },
    { path: ["skills", "soft"], refs: guide.skills.soft },
    { path: ["tools"], refs: guide.tools },
  ];
  const issues: ContentIssue[] = [];
  for (const list of lists) {
    if (list.refs.length > MAX_LOOKALIKE_LIST) continue;
    list.refs.forEach((ref, i) => {
      if (typeof ref === "string") return;
      const refIds = new Set(ref.refs.map((r) => index.find(r)?.id));
      const exact = index.find(ref.label);
      if (exact) {
        if (!refIds.has(exact.id)) {
          issues.push(
            warn(
              parsed,
              [...list.path, i, "label"], "skill-label-unresolved",
              `Skill label "${ref.label}" names the skill "${exact.name}", but its refs do not include it`,
              `add ${exact.id} to refs, or reword the label`,
            ),
          );
        }
        return;
      }
      // The nearest canonical names the label looks like; none of them may be among its refs.
      const label = nameKey(ref.label);
      const near = lookalikes
        .find(ref.label)
        .map((c) => c.name)
        .sort((a, b) => editDistance(label, nameKey(a)) - editDistance(label, nameKey(b)));
      if (near.length === 0 || near.some((name) => refIds.has(index.find(name)?.id))) return;
      const entry = index.find(near[0]);
      if (!entry) return;
      // Show the name or alias it looks like ("Postgres"), not the bare id.
      const like = near[0] === entry.id ? entry.name : near[0];
      issues.push(
        warn(
          parsed,
          [...list.path, i, "label"], "skill-label-lookalike",
          `Skill label "${ref.label}" looks like the skill "${like}" but does not resolve to it`,
          `if it means ${entry.name}, correct the spelling and add ${entry.id} to refs; if it is a different skill, this is fine`,
        ),
      );
    });
  }
  return issues;
}

