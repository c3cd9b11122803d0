/**
 * Tier titles: near misses of a canonical title, and misspelt level words
 * that would put a tier on the wrong rung of the comparison ladder.
 */
import { misspeltLevelWord } from "../../vocabulary/levels";
import { looksLike } from "../../vocabulary/lookalike";
import { nameKey } from "../../vocabulary/names";
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import type { GuideFile } from "../schema";
import { MAX_LOOKALIKE_LIST, warn, type Check, type Lookalikes, type TitleCounts } from "./shared";

export const tierChecks: Check = (input, { lookalikes, tierTitles }) =>
  input.guides.flatMap(({ parsed, value }) => tierTitleLookalikes(parsed, value, lookalikes, tierTitles));

/**
 * A tier title that nearly matches a canonical one: a career's title or alias,
 * a salary level of the same guide (levels find their tier by exact title), or
 * a title more guides use. Titles as common as each other are not compared,
 * since neither can be called the canonical spelling.
 */
function tierTitleLookalikes(
  parsed: ParsedFile,
  guide: GuideFile,
  lookalikes: Lookalikes,
  counts: TitleCounts,
): ContentIssue[] {
  if (guide.tiers.length > MAX_LOOKALIKE_LIST) return [];
  const levels = (guide.salary?.byLevel ?? []).slice(0, MAX_LOOKALIKE_LIST).map((level) => level.level);
  const levelKeys = new Set(levels.map(nameKey));
  const issues: ContentIssue[] = [];
  guide.tiers.forEach((tier, i) => {
    const key = nameKey(tier.title);
    if (lookalikes.careerTitleKeys.has(key) || levelKeys.has(key)) return;
    const own = counts.get(key)?.guides.size ?? 1;
    // In order of authority: a career title, a level of this guide, a title more guides use.
    const career = lookalikes.careerTitles.find(tier.title)[0];
    const level = career ? undefined : levels.find((title) => looksLike(tier.title, title));
    const common = career || level ? undefined : lookalikes.sharedTiers.find(tier.title).find((c) => c.value > own);
    const match = career
      ? { title: career.name, why: "a career title" }
      : level !== undefined
        ? { title: level, why: "a salary level in this guide" }
        : common && { title: common.name, why: `used in ${common.value} guides` };
    if (match) {
      issues.push(
        warn(
          parsed,
          ["tiers", i, "title"], "tier-title-lookalike",
          `Tier title "${tier.title}" looks like "${match.title}" (${match.why})`,
          "if it is the same stage, spell it the same way so comparisons line them up",
        ),
      );
      return;
    }
    const word = tier.title
      .split(/[^\p{L}]+/u)
      .map((w) => ({ word: w, like: misspeltLevelWord(w) }))
      .find((w) => w.like);
    if (word?.like) {
      issues.push(
        warn(
          parsed,
          ["tiers", i, "title"], "tier-level-word",
          `Tier title "${tier.title}": "${word.word}" looks like the level word "${word.like}"`,
          `comparisons place tiers by level words such as "${word.like}"; correct the spelling if that is what it means`,
        ),
      );
    }
  });
  return issues;
}

