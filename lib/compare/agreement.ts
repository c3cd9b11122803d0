/**
 * Which sources name which canonical skills, tools and certifications, so a
 * reader sees at once what every source agrees on ("4 of 4 sources").
 */
import type { Guide, SkillMention } from "../content/model";
import type { CertificationEntry, SkillEntry } from "../content/schema";

export type Agreement<T> = {
  entry: T;
  /** Ids of the sources that name it, in the order of the compared guides. */
  sourceIds: string[];
  sourceCount: number;
  /** How each source words it, by source id. */
  wording: Record<string, string[]>;
};

export type AgreementGroup<T> = { category: string; items: Agreement<T>[] };

export type SkillMatrix = {
  sources: { id: string; name: string }[];
  technical: AgreementGroup<SkillEntry>[];
  soft: AgreementGroup<SkillEntry>[];
  tools: AgreementGroup<SkillEntry>[];
};

export function compareSkills(guides: readonly Guide[]): SkillMatrix {
  const skillGuides = guides.filter((g) => g.skills.technical.length + g.skills.soft.length > 0);
  const toolGuides = guides.filter((g) => g.tools.length > 0);
  const skills = tally(skillGuides, (g) => [...g.skills.technical, ...g.skills.soft]);
  return {
    sources: skillGuides.map((g) => ({ id: g.source.id, name: g.source.name })),
    // A canonical entry's own type decides the column, whichever list a source put it in.
    technical: groupByCategory(skills.filter((a) => a.entry.type === "technical")),
    soft: groupByCategory(skills.filter((a) => a.entry.type === "soft")),
    tools: groupByCategory(tally(toolGuides, (g) => g.tools)),
  };
}

export function compareCertifications(guides: readonly Guide[]): Agreement<CertificationEntry>[] {
  const counts = new Map<string, Agreement<CertificationEntry>>();
  for (const guide of guides) {
    for (const mention of guide.certifications) {
      const agreement = upsert(counts, mention.certification);
      addSource(agreement, guide.source.id, mention.sourceName);
    }
  }
  return sortByAgreement([...counts.values()]);
}

function tally(guides: readonly Guide[], mentionsOf: (g: Guide) => SkillMention[]): Agreement<SkillEntry>[] {
  const counts = new Map<string, Agreement<SkillEntry>>();
  for (const guide of guides) {
    for (const mention of mentionsOf(guide)) {
      for (const skill of mention.skills) addSource(upsert(counts, skill), guide.source.id, mention.label);
    }
  }
  return sortByAgreement([...counts.values()]);
}

function upsert<T extends { id: string }>(map: Map<string, Agreement<T>>, entry: T): Agreement<T> {
  const existing = map.get(entry.id);
  if (existing) return existing;
  const created: Agreement<T> = { entry, sourceIds: [], sourceCount: 0, wording: {} };
  map.set(entry.id, created);
  return created;
}

function addSource<T>(agreement: Agreement<T>, sourceId: string, wording: string) {
  if (!agreement.sourceIds.includes(sourceId)) {
    agreement.sourceIds.push(sourceId);
    agreement.sourceCount += 1;
  }
  const words = (agreement.wording[sourceId] ??= []);
  if (!words.includes(wording)) words.push(wording);
}

function sortByAgreement<T extends { name: string }>(items: Agreement<T>[]): Agreement<T>[] {
  return items.sort((a, b) => b.sourceCount - a.sourceCount || a.entry.name.localeCompare(b.entry.name));
}

/** Categories ordered by their best-agreed entry, then by name. */
function groupByCategory<T extends { name: string; category: string }>(
  items: Agreement<T>[],
): AgreementGroup<T>[] {
  const groups = new Map<string, Agreement<T>[]>();
  for (const item of items) {
    const list = groups.get(item.entry.category) ?? [];
    list.push(item);
    groups.set(item.entry.category, list);
  }
  return [...groups]
    .map(([category, list]) => ({ category, items: list }))
    .sort((a, b) => b.items[0].sourceCount - a.items[0].sourceCount || a.category.localeCompare(b.category));
}

/** The entries one exact set of sources names, by category. */
export type SourceSet<T> = { sourceIds: string[]; groups: AgreementGroup<T>[] };

/**
 * Entries grouped by the exact set of sources that name them: most sources
 * first, then in the sources' own order. The hub's full table is drawn from
 * this: a row per set of sources (at most 2^n − 1, a handful in practice)
 * instead of a row per entry with a cell per source, so the table says the same
 * in a tenth of the markup.
 */
export function bySourceSet<T>(
  groups: readonly AgreementGroup<T>[],
  sourceOrder: readonly string[],
): SourceSet<T>[] {
  const position = new Map(sourceOrder.map((id, i) => [id, i]));
  const sets = new Map<string, SourceSet<T>>();
  for (const group of groups) {
    for (const item of group.items) {
      const ids = [...item.sourceIds].sort((a, b) => position.get(a)! - position.get(b)!);
      const key = ids.join(" ");
      const set = sets.get(key) ?? { sourceIds: ids, groups: [] };
      sets.set(key, set);
      const last = set.groups.at(-1);
      if (last?.category === group.category) last.items.push(item);
      else set.groups.push({ category: group.category, items: [item] });
    }
  }
  const rank = (ids: string[]) => ids.map((id) => position.get(id)!);
  return [...sets.values()].sort((a, b) => {
    if (a.sourceIds.length !== b.sourceIds.length) return b.sourceIds.length - a.sourceIds.length;
    const [ra, rb] = [rank(a.sourceIds), rank(b.sourceIds)];
    const differ = ra.findIndex((r, i) => r !== rb[i]);
    return differ === -1 ? 0 : ra[differ] - rb[differ];
  });
}
