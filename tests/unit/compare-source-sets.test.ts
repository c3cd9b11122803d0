/**
 * The hub's who-names-what table: skills grouped by the exact set of sources
 * that name them (bySourceSet), on the real careers.
 */
import { describe, expect, it } from "vitest";
import { bySourceSet, compareSkills } from "@/lib/compare/agreement";
import { realCareer } from "./builders";

describe("bySourceSet: the hub's who-names-what table", () => {
  const matrix = compareSkills(realCareer("backend-developer").guides);
  const groups = [...matrix.technical, ...matrix.soft];
  const order = matrix.sources.map((s) => s.id);
  const sets = bySourceSet(groups, order);

  it("puts every skill in exactly one row, the row of the sources that name it", () => {
    const placed = sets.flatMap((set) =>
      set.groups.flatMap((g) => g.items.map((i): [string, string] => [i.entry.id, set.sourceIds.join(" ")])),
    );
    const items = groups.flatMap((g) => g.items);
    expect(placed).toHaveLength(items.length);
    expect(new Map(placed)).toEqual(new Map(items.map((i) => [i.entry.id, i.sourceIds.join(" ")])));
  });

  it("lists most sources first, then in the sources' order, each set once", () => {
    const keys = sets.map((s) => s.sourceIds.join(" "));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe("himalayas jobicy skillexchange teal");
    const sizes = sets.map((s) => s.sourceIds.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(keys.filter((k) => !k.includes(" "))).toEqual(order.filter((id) => keys.includes(id)));
  });

  it("keeps the category order within a row", () => {
    const categories = groups.map((g) => g.category);
    for (const set of sets) {
      const seen = set.groups.map((g) => categories.indexOf(g.category));
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    }
  });
});
