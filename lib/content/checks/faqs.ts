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

/**
 * Words in `text`: runs of non-space characters (JavaScript's `\s`) holding a
 * letter or digit. Counting stops at `enough`, which is all a check needs to
 * know; one pass over the characters, without splitting the text (5,000 guides
 * have 30,000 answers).
 */
export function countWords(text: string, enough = Infinity): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length && words < enough; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) counted = false;
    else if (!counted && isLetterOrDigit(text, i, code)) {
      words++;
      counted = true;
    }
  }
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  // A letter outside the BMP is two code units; its second half alone is not a letter, nor a space.
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

/** JavaScript's `\s`: the characters `split(/\s+/)` splits at. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function shortFaqAnswers(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  return guide.faqs.flatMap((faq, i) => {
    const words = countWords(faq.answer, MIN_FAQ_ANSWER_WORDS);
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

