/**
 * What every check sees and the one way it reports: the resolved files, "now"
 * and the look-alike indexes, built once per load so that no check compares
 * every name with every other.
 */
import { LookalikeIndex } from "../../vocabulary/lookalike";
import { nameKey } from "../../vocabulary/names";
import type { IssueCode } from "../issue-codes";
import type { ContentIssue } from "../issues";
import type { Source } from "../model";
import type { ParsedFile } from "../parse";
import type { CareerFile, GuideFile, SkillEntry } from "../schema";
import type { NameIndex } from "../taxonomy";
import { at } from "../validate";

export type Path = (string | number)[];
export type Named = { id: string; name: string; aliases: string[] };

export type CheckInput = {
  sources: readonly { parsed: ParsedFile; value: Source }[];
  careers: readonly { parsed: ParsedFile; value: CareerFile; slug: string }[];
  /** Guides that passed validation and belong to a known career and source. */
  guides: readonly { parsed: ParsedFile; value: GuideFile; careerSlug: string }[];
  skillIndex: NameIndex<SkillEntry>;
  /** Careers by slug, title and alias: what a `related` entry links to. */
  careerIndex: NameIndex<Named>;
  /** Careers with at least one guide file, valid or not. */
  guided: ReadonlySet<string>;
};

export type CheckContext = {
  /** "Now", for the age of figures: a parameter, so results do not change with the calendar in tests. */
  now: Date;
  lookalikes: Lookalikes;
  tierTitles: TitleCounts;
};

/** One family of checks. */
export type Check = (input: CheckInput, context: CheckContext) => ContentIssue[];

export function warn(parsed: ParsedFile, path: Path, code: IssueCode, message: string, hint?: string): ContentIssue {
  return at(parsed, path, code, message, hint);
}

/**
 * Lists longer than this are not searched for look-alikes: no real guide
 * comes near, and a list of thousands is not a list an editor meant.
 */
export const MAX_LOOKALIKE_LIST = 200;

export type TitleCounts = Map<string, { title: string; guides: Set<string> }>;

/** Every tier title in use, by name key, with the guides that use it. */
function tierTitleCounts(input: CheckInput): TitleCounts {
  const counts: TitleCounts = new Map();
  for (const { parsed, value } of input.guides) {
    for (const tier of value.tiers) {
      const key = nameKey(tier.title);
      const entry = counts.get(key) ?? { title: tier.title, guides: new Set<string>() };
      entry.guides.add(parsed.file);
      counts.set(key, entry);
    }
  }
  return counts;
}

/** Look-alike indexes built once per load, so no check compares every name with every other. */
export type Lookalikes = {
  careers: LookalikeIndex<Named>;
  skills: LookalikeIndex<SkillEntry>;
  /** Career titles and aliases, for tier titles. */
  careerTitles: LookalikeIndex<undefined>;
  careerTitleKeys: Set<string>;
  /** Tier titles two or more guides share, with how many. */
  sharedTiers: LookalikeIndex<number>;
};

function lookalikeIndexes(input: CheckInput, counts: TitleCounts): Lookalikes {
  const entries = <T extends Named>(index: NameIndex<T>) =>
    index.names().flatMap((name) => {
      const value = index.find(name);
      return value ? [{ name, value }] : [];
    });
  const titles = input.careers.flatMap((c) => [c.value.title, ...c.value.aliases]);
  return {
    careers: new LookalikeIndex(entries(input.careerIndex)),
    skills: new LookalikeIndex(entries(input.skillIndex)),
    careerTitles: new LookalikeIndex(titles.map((name) => ({ name, value: undefined }))),
    careerTitleKeys: new Set(titles.map(nameKey)),
    sharedTiers: new LookalikeIndex(
      [...counts.values()].filter((c) => c.guides.size > 1).map((c) => ({ name: c.title, value: c.guides.size })),
    ),
  };
}


export function checkContext(input: CheckInput, now: Date): CheckContext {
  const tierTitles = tierTitleCounts(input);
  return { now, tierTitles, lookalikes: lookalikeIndexes(input, tierTitles) };
}
