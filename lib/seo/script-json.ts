/**
 * JSON as it may sit inside a script element: `<`, `>` and `&` are written as
 * \u escapes (JSON.parse reads them back unchanged), so no text — "</script>"
 * or "<!--" included — can close the element or change how it is parsed.
 * U+2028/2029 are escaped for older JavaScript parsers.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
