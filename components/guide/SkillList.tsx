/** @jsxImportSource preact */
import type { SkillMention } from "@/lib/content";

/** Skills or tools as the source words them, each tagged with the canonical names it covers. */
export function SkillList({ mentions }: { mentions: SkillMention[] }) {
  return (
    <ul className="skill-list">
      {mentions.map((m) => {
        const canonical = m.skills.map((s) => s.name);
        const sameAsLabel = canonical.length === 1 && canonical[0].toLowerCase() === m.label.toLowerCase();
        return (
          <li key={m.label}>
            {m.label}
            {!sameAsLabel && canonical.length > 0 && (
              // Read as "Containerisation and orchestration (Docker, Kubernetes, Helm)": the brackets say
              // what it covers, without a hidden "Covers:" repeated on every item of a long list.
              <small>{` (${canonical.join(", ")})`}</small>
            )}
          </li>
        );
      })}
    </ul>
  );
}
