import type { SkillMention } from "@/lib/content";

/** Skills or tools as the source words them, each tagged with the canonical names it covers. */
export function SkillList({ mentions }: { mentions: SkillMention[] }) {
  return (
    <ul className="grid gap-x-8 text-sm sm:grid-cols-2">
      {mentions.map((m) => {
        const canonical = m.skills.map((s) => s.name);
        const sameAsLabel = canonical.length === 1 && canonical[0].toLowerCase() === m.label.toLowerCase();
        return (
          <li key={m.label} className="border-b border-line py-1">
            {m.label}
            {!sameAsLabel && canonical.length > 0 && (
              <span className="text-muted">
                {" "}
                <span className="sr-only">Covers: </span>({canonical.join(", ")})
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
