/**
 * JSON as it may sit inside a script element: `<`, `>` and `&` are written as
 * \u escapes (JSON.parse reads them back unchanged), so no text — "</script>"
 * or "<!--" included — can close the element or change how it is parsed.
 * Every character outside ASCII is escaped too: U+2028/2029 for older
 * JavaScript parsers, and the rest so the page's strings stay one byte a
 * character (lib/ascii-html.ts says why).
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
