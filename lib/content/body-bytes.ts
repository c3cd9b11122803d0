/**
 * A Markdown guide's body, kept as the UTF-8 bytes it was read from and
 * decoded each time it is read. The site lives as long as the process (each
 * build worker holds it whole), and as strings the bodies were more than a
 * quarter of its heap: V8 stores a file's text, and every body cut from it, at
 * two bytes a character when one character anywhere in the file is past
 * Latin-1 (an en dash, a curly quote: four of the five real guides), and while
 * the site loads the garbage collector copies every young object that
 * survives, every body included, twice. The file's bytes are already in
 * memory, outside the JS heap, where nothing copies them. A body is decoded
 * once by its page (lib/guide-page.ts) and, only when it holds a `<`, once by
 * the raw-HTML check.
 *
 * Two ways that did not pay, measured: encoding each body into bytes of its
 * own (5,000 bodies took 0.3–0.4 s, mostly the first write to fresh memory,
 * where the file's own bytes cost nothing), and turning an object's `body`
 * field into a getter after the object was made (V8 then gives the object a
 * slow, dictionary shape; with that, the load gained nothing). Here each
 * object is made by a spread and then the getter, which V8 keeps fast
 * (`node --allow-natives-syntax`, `%HasFastProperties`); note that an object
 * literal with a getter and no spread is a dictionary too.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const BYTES = Symbol("body bytes");

type Parsed = { body?: string; [BYTES]?: Uint8Array };

/**
 * The same parsed file, its `body` now read from the end of `file`. `body`
 * must be the end of the file's text as decodeText returned it (as a
 * guide's body is). A file whose line endings decodeText changed (CRLF,
 * `endingsChanged`) has its body encoded into bytes of its own.
 */
export function keepBodyAsBytes<T extends Parsed>(parsed: T, file: Uint8Array, endingsChanged: boolean): T {
  const { body, ...rest } = parsed;
  if (body === undefined) return parsed;
  const length = Buffer.byteLength(body);
  const bytes = length > file.length || endingsChanged ? encoder.encode(body) : file.subarray(file.length - length);
  return {
    ...rest,
    get body() {
      return decoder.decode(bytes);
    },
    [BYTES]: bytes,
  } as T;
}

/** Reads the body of a guide: from its parsed file's bytes (a Markdown guide), else the text given (a YAML guide's field). */
export function bodyReader(parsed: Parsed, body: string): () => string {
  const bytes = parsed[BYTES];
  return bytes ? () => decoder.decode(bytes) : () => body;
}

/** Whether the body holds an ASCII character, looked for in its bytes when it is kept as bytes (no decoding). */
export function bodyIncludes(parsed: Parsed, ascii: string): boolean {
  const bytes = parsed[BYTES];
  return bytes ? includesByte(bytes, ascii.charCodeAt(0)) : (parsed.body ?? "").includes(ascii);
}

/** Buffer's search (memchr) on the same memory, no copy: about three times faster than Uint8Array's own `includes`. */
function includesByte(bytes: Uint8Array, byte: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(byte);
}
