/**
 * FAQs: answers too short to help.
 */
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import type { GuideFile } from "../schema";
import { warn, type Check } from "./shared";

/** An FAQ answer shorter than this many words is probably a stub. */
const MIN_FAQ_ANSWER_WORDS = 8;

export const faqChecks: Check = (input) => input.guides.flatMap(({ parsed, value }) => shortFaqAnswers(parsed, value));

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function shortFaqAnswers(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  return guide.faqs.flatMap((faq, i) => {
    const words = countWords(faq.answer);
    if (words >= MIN_FAQ_ANSWER_WORDS) return [];
    return [
      warn(
        parsed,
        ["faqs", i, "answer"], "faq-short",
        `FAQ answer is only ${words} word${words === 1 ? "" : "s"} long`,
        "give the source's answer in a sentence or two, in our own words, or drop the question",
      ),
    ];
  });
}

