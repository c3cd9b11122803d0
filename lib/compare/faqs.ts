/** FAQs from every source, grouped by topic, so answers to the same question sit together. */
import type { Guide } from "../content/model";
import { faqTopicSchema, type Faq, type FaqTopic } from "../content/schema";

export type FaqGroup = { topic: FaqTopic; entries: { guide: Guide; faq: Faq }[] };

export function groupFaqs(guides: readonly Guide[]): FaqGroup[] {
  return faqTopicSchema.options.flatMap((topic) => {
    const entries = guides.flatMap((guide) =>
      guide.faqs.filter((f) => f.topic === topic).map((faq) => ({ guide, faq })),
    );
    return entries.length ? [{ topic, entries }] : [];
  });
}
