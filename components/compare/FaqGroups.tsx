import type { FaqGroup } from "@/lib/compare/faqs";
import { faqTopicLabel } from "@/lib/labels";
import { Prose } from "../Prose";

/** FAQs by topic; under each topic, each source's answer in its own disclosure. */
export function FaqGroups({ groups }: { groups: FaqGroup[] }) {
  return (
    <div className="faq-groups space-y-4">
      {groups.map((group) => (
        // A div, not a section: a topic such as "Skills" would repeat the page's own "Skills" landmark.
        <div key={group.topic} data-faq-topic={group.topic}>
          <h3 className="mb-1 text-lg font-bold">{faqTopicLabel(group.topic)}</h3>
          <div className="divide-y divide-line border-y border-line">
            {group.entries.map(({ guide, faq }) => (
              <details key={`${guide.source.id}-${faq.question}`} className="py-1">
                <summary className="cursor-pointer">
                  <span className="text-sm font-semibold">{faq.question}</span>{" "}
                  <span className="text-sm text-muted">— {guide.source.name}</span>
                </summary>
                <Prose markdown={faq.answer} className="mt-2" />
              </details>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
