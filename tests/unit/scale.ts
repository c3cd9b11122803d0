/**
 * A synthetic site of any number of careers, in memory: the real careers
 * copied under new slugs (as scripts/synthetic-site.ts does on disk for the
 * bench), each related to its two neighbours. For tests of index pages and the
 * sitemap at 1,000 careers and beyond.
 */
import type { Site } from "@/lib/content";
import { real } from "./builders";

export function syntheticSite(careers: number): Site {
  if (!real.ok) throw new Error("Real content failed to load");
  const base = real.site;
  const slug = (i: number) => `${base.careers[i % base.careers.length].slug}-${String(i).padStart(5, "0")}`;
  return {
    ...base,
    careers: Array.from({ length: careers }, (_, i) => {
      const from = base.careers[i % base.careers.length];
      const title = `${from.title} ${String(i).padStart(5, "0")}`;
      const neighbours = [i - 1, i + 1].filter((j) => j >= 0 && j < careers);
      return {
        ...from,
        slug: slug(i),
        title,
        related: neighbours.map((j) => ({ title: `Career ${j}`, slug: slug(j) })),
        guides: from.guides.map((g) => ({ ...g, careerSlug: slug(i), careerTitle: title })),
      };
    }),
  };
}
