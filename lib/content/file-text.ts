/**
 * A content file's bytes as text: size limit, strict UTF-8, one kind of
 * line ending. Every failure is a located issue, never an exception.
 */
import type { ContentIssue } from "./issues";

/** Guides larger than this are refused: no real guide comes close. */
export const MAX_FILE_BYTES = 1_000_000;

export function tooLargeMessage(bytes: number): string {
  return `File is ${(bytes / 1e6).toFixed(1)} MB; content files may be at most 1 MB`;
}

export type Failed = { ok: false; issues: ContentIssue[] };

/** A whole-file problem (no line): the file could not be read as content at all. */
export function fail(file: string, message: string, hint?: string): Failed {
  return { ok: false, issues: [{ severity: "error", file, field: "", message, hint }] };
}

/** One decoder for every file: decode() without `stream` keeps no state between calls. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes UTF-8 strictly and normalises BOM and CRLF line endings.
 * `endingsChanged`: a line ending was rewritten, so the text's end is no longer the bytes' end.
 */
export function decodeText(file: string, bytes: Uint8Array): { ok: true; text: string; endingsChanged: boolean } | Failed {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(file, tooLargeMessage(bytes.byteLength));
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    const line = firstInvalidLine(bytes);
    const issue: ContentIssue = { severity: "error", file, line, field: "", message: "File is not valid UTF-8 text", hint: "save it with UTF-8 encoding" };
    return { ok: false, issues: [issue] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Most files have no carriage return: a scan for one is cheaper than a replace that finds none.
  const endingsChanged = text.includes("\r");
  if (endingsChanged) text = text.replace(/\r\n?/g, "\n");
  return { ok: true, text, endingsChanged };
}

/** The 1-based line of the first byte sequence that is not UTF-8 (a newline byte is never inside a character). */
function firstInvalidLine(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return undefined;
}
