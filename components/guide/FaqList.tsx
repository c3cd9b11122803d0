/** @jsxImportSource preact */
import type { Faq } from "@/lib/content";
import { faqTopicLabel } from "@/lib/labels";
import { ProseHtml } from "../ProseHtml";

/** Questions and answers; each opens on its own, and all are readable without JavaScript. */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  return (
    <div className="faq-list rule-list">
      {faqs.map((faq) => (
        <details key={faq.question}>
          <summary>
            {`${faq.question} `}
            <small>{`(${faqTopicLabel(faq.topic)})`}</small>
          </summary>
          <ProseHtml markdown={faq.answer} />
        </details>
      ))}
    </div>
  );
}
