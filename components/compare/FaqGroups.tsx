/** @jsxImportSource preact */
import { staticBlock } from "../static-block";
import type { FaqGroup } from "@/lib/compare/faqs";
import { faqTopicLabel } from "@/lib/labels";
import { ProseHtml } from "../ProseHtml";

/** FAQs by topic; under each topic, each source's answer in its own disclosure. */
function FaqGroupsMarkup({ groups }: { groups: FaqGroup[] }) {
  return (
    <div className="faq-groups space-y-4">
      {groups.map((group) => (
        // A div, not a section: a topic such as "Skills" would repeat the page's own "Skills" landmark.
        <div key={group.topic} data-faq-topic={group.topic}>
          <h3>{faqTopicLabel(group.topic)}</h3>
          <div className="rule-list">
            {group.entries.map(({ guide, faq }, i) => (
              <details key={i}>
                <summary>
                  <b>{faq.question}</b> <small>{`— ${guide.source.name}`}</small>
                </summary>
                <ProseHtml markdown={faq.answer} />
              </details>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

export const FaqGroups = staticBlock(FaqGroupsMarkup);
