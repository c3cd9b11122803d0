/**
 * HTML written in ASCII alone: every other character as a numeric character
 * reference ("–" becomes "&#8211;"), which a browser, a crawler or Pagefind
 * reads back as the same text.
 *
 * Why: V8 keeps a string with any character above U+00FF as two bytes a
 * character, and every string it is joined to as well. One en dash in a
 * guide's sections made their 41 KB of HTML a two-byte string, which
 * `next build` then converts to and from UTF-8 several times a page (the
 * page's payload, its HTML, its segment files). In ASCII each of those
 * conversions is a copy. At 1,000 careers the guide pages generated about 9%
 * faster, and the whole site, with the few typographic characters React wrote
 * outside blocks moved into blocks as well, in 82 s where it took 98
 * (BENCHMARKS.md).
 *
 * For HTML outside <script> and <style>, whose text is not read for
 * references: rendered Markdown (sanitised, never holds either) and static
 * blocks. HTML holding either is refused.
 */
const NOT_ASCII = /[\u0080-\u{10ffff}]/u;
const EVERY_NOT_ASCII = /[\u0080-\u{10ffff}]/gu;
const RAW_TEXT_ELEMENT = /<(?:script|style)[\s>/]/i;

export function asciiHtml(html: string): string {
  if (!NOT_ASCII.test(html)) return html;
  if (RAW_TEXT_ELEMENT.test(html)) {
    throw new Error(
      "asciiHtml: HTML with a <script> or <style> element, whose text is not read for references",
    );
  }
  return html.replace(EVERY_NOT_ASCII, (ch) => `&#${ch.codePointAt(0)};`);
}
