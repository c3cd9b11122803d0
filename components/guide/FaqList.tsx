import type { Faq } from "@/lib/content";
import { faqTopicLabel } from "@/lib/labels";
import { Prose } from "../Prose";

/** Questions and answers; each opens on its own, and all are readable without JavaScript. */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  return (
    <div className="divide-y divide-line border-y border-line">
      {faqs.map((faq) => (
        <details key={faq.question} className="group py-3">
          <summary className="cursor-pointer font-semibold">
            {faq.question}{" "}
            <span className="ml-1 text-sm font-normal text-muted">({faqTopicLabel(faq.topic)})</span>
          </summary>
          <Prose markdown={faq.answer} className="mt-2" />
        </details>
      ))}
    </div>
  );
}
