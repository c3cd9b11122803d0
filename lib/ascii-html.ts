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
 * The text of a <script> or <style> element is not read for references, so
 * it is left as it is (a block or rendered Markdown never holds one; a
 * Markdown link's title may hold the words, which are then converted).
 */
const NOT_ASCII = /[\u0080-\u{10ffff}]/u;
const EVERY_NOT_ASCII = /[\u0080-\u{10ffff}]/gu;
const RAW_TEXT_OPEN = /<(script|style)\b/gi;

const references = (html: string) => html.replace(EVERY_NOT_ASCII, (ch) => `&#${ch.codePointAt(0)};`);

/**
 * Converts all but the text of whole <script> and <style> elements. One
 * pass: each search for an element's end starts past the last one found, and
 * a name with no end left is not looked for again, so no input (a thousand
 * "<script" in link titles) makes it quadratic.
 */
export function asciiHtml(html: string): string {
  if (!NOT_ASCII.test(html)) return html;
  const ends = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };
  const unclosed = new Set<string>();
  let ascii = "";
  let done = 0;
  for (const open of html.matchAll(RAW_TEXT_OPEN)) {
    const name = open[1].toLowerCase() as keyof typeof ends;
    if (open.index < done || unclosed.has(name)) continue;
    const end = ends[name];
    end.lastIndex = open.index;
    if (!end.exec(html)) {
      unclosed.add(name);
      continue;
    }
    ascii += references(html.slice(done, open.index)) + html.slice(open.index, end.lastIndex);
    done = end.lastIndex;
  }
  return ascii + references(html.slice(done));
}
