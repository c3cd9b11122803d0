/**
 * Reads the content folder from disk. The only module in lib/content that
 * touches the file system, and it trusts nothing there: content arrives by
 * pull request, and git can hold symbolic links (to /etc/passwd, to a secret,
 * to themselves) that a checkout makes real.
 *
 * Every path is looked at with lstat before anything is opened. Only real
 * folders and regular files are followed; links of any kind, FIFOs, sockets
 * and devices are refused with one issue naming the path. A link's target is
 * never read and never named: it may be a secret, and the issue goes to a
 * public CI log. Nothing throws: every failure becomes a ContentIssue.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from "node:fs";
import path from "node:path";
import type { IssueCode } from "./issue-codes";
import type { ContentIssue } from "./issues";
import type { ContentFile } from "./load";
import { MAX_FILE_BYTES, tooLargeMessage } from "./parse";

/** More entries than this under content/ is not a content tree: stop listing rather than walk a million files. */
const MAX_ENTRIES = 20_000;

type Entry = { rel: string; stat: Stats } | { rel: string; refused: ContentIssue };

/**
 * Every file under `<root>/content`, skipping dotfiles, with project-relative
 * paths. A path that is refused comes back with `refused` set and no bytes.
 */
export function readContentTree(root: string): ContentFile[] {
  return listEntries(root).map((entry): ContentFile => {
    if ("refused" in entry) return { path: entry.rel, bytes: new Uint8Array(0), refused: entry.refused };
    const read = readRegularFile(path.join(root, entry.rel), entry.rel, entry.stat);
    return "refused" in read ? { path: entry.rel, bytes: new Uint8Array(0), refused: read.refused } : { path: entry.rel, bytes: read.bytes };
  });
}

/** A cheap fingerprint of the tree (names, sizes, times), to notice edits in development. Reads no file. */
export function contentFingerprint(root: string): string {
  return listEntries(root)
    .map((entry) => ("refused" in entry ? `${entry.rel}:refused` : `${entry.rel}:${entry.stat.size}:${entry.stat.mtimeMs}`))
    .join("|");
}

function refuse(rel: string, code: IssueCode, message: string, hint?: string): ContentIssue {
  return { severity: "error", code, file: rel, field: "", message, hint };
}

/** The regular files and refused paths under content/, sorted, without following any link. */
function listEntries(root: string): Entry[] {
  const contentDir = path.join(root, "content");
  let top: Stats;
  try {
    top = lstatSync(contentDir);
  } catch {
    return [];
  }
  // `content` itself as a link would make every file in it come from elsewhere.
  if (!top.isDirectory()) return [describeNonFile("content", contentDir, top, undefined)];
  const out: Entry[] = [];
  walk(contentDir, "content", safeRealpath(contentDir), out);
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** `contentReal` is the real path of content/, for telling links that stay inside from links that lead out. */
function walk(absolute: string, rel: string, contentReal: string | undefined, out: Entry[]): void {
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch (error) {
    out.push({ rel, refused: refuse(rel, "unreadable-folder", `Folder could not be listed (${errorCode(error)})`, "check its permissions") });
    return;
  }
  for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
    if (out.length >= MAX_ENTRIES) {
      out.push({ rel, refused: refuse(rel, "too-many-files", `More than ${MAX_ENTRIES} files under content/; the rest were not read`) });
      return;
    }
    const childAbs = path.join(absolute, name);
    const childRel = `${rel}/${name}`;
    let stat: Stats;
    try {
      stat = lstatSync(childAbs);
    } catch (error) {
      out.push({ rel: childRel, refused: refuse(childRel, "unreadable-file", `Could not be looked at (${errorCode(error)})`) });
      continue;
    }
    if (stat.isDirectory()) walk(childAbs, childRel, contentReal, out);
    else if (stat.isFile()) out.push({ rel: childRel, stat });
    else out.push(describeNonFile(childRel, childAbs, stat, contentReal));
  }
}

/** The one issue for a path that is neither a regular file nor a real folder. Opens nothing. */
function describeNonFile(rel: string, absolute: string, stat: Stats, contentReal: string | undefined): Entry {
  if (stat.isSymbolicLink()) return { rel, refused: describeLink(rel, absolute, contentReal) };
  const kind = stat.isFIFO()
    ? "a named pipe (FIFO)"
    : stat.isSocket()
      ? "a socket"
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? "a device"
        : "not a regular file";
  return {
    rel,
    refused: refuse(rel, "special-file", `Refused: this is ${kind}, not a regular file; it was not opened`, "content files are plain text files; delete this one"),
  };
}

/**
 * What kind of link this is, worked out with realpath (which resolves
 * without reading file contents). The target's path is never put in the issue.
 */
function describeLink(rel: string, absolute: string, contentReal: string | undefined): ContentIssue {
  const hint = "replace the link with a real file (or folder) inside content/";
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP") return refuse(rel, "link-loop", "Refused: this is a symbolic link that loops back on itself", hint);
    if (code === "ENOENT" || code === "ENOTDIR") return refuse(rel, "link-broken", "Refused: this is a broken symbolic link (it points to nothing)", hint);
    return refuse(rel, "link-unresolvable", `Refused: this is a symbolic link that cannot be resolved (${code})`, hint);
  }
  const inside = contentReal !== undefined && (target === contentReal || target.startsWith(contentReal + path.sep));
  if (!inside) {
    return refuse(rel, "link-outside-content", "Refused: this is a symbolic link to something outside content/; it was not read", hint);
  }
  let folder = false;
  try {
    folder = lstatSync(target).isDirectory();
  } catch {
    // Gone since realpath: it is refused either way.
  }
  return folder
    ? refuse(rel, "linked-folder", "Refused: this folder is a symbolic link; content folders must be real folders", hint)
    : refuse(rel, "link-refused", "Refused: this is a symbolic link; content files must be real files, not links", hint);
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Reads a file that lstat saw as regular. It is opened without following
 * links and without blocking, then checked again on the open descriptor: a
 * file swapped for a link or a FIFO between the two looks is refused, not read.
 */
function readRegularFile(absolute: string, rel: string, seen: Stats): { bytes: Uint8Array } | { refused: ContentIssue } {
  if (seen.size > MAX_FILE_BYTES) return { refused: refuse(rel, "file-too-large", tooLargeMessage(seen.size)) };
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { refused: refuse(rel, "unreadable-file", `Could not be opened (${errorCode(error)})`, "check that it is a plain file you can read") };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.ino !== seen.ino || stat.dev !== seen.dev) {
      return { refused: refuse(rel, "file-changed", "Refused: the file changed while it was being read", "run the check again") };
    }
    if (stat.size > MAX_FILE_BYTES) return { refused: refuse(rel, "file-too-large", tooLargeMessage(stat.size)) };
    // One byte more than the limit, so a file that grew since fstat is still caught by the size check.
    // Not zero-filled (that was 4% of loading 2,500 guides from disk): only the bytes read are returned.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { refused: refuse(rel, "unreadable-file", `Could not be read (${errorCode(error)})`) };
  } finally {
    closeSync(fd);
  }
}

/** The error's code (ENOENT, EACCES…), never its message: Node's messages quote absolute paths. */
function errorCode(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  return /^E[A-Z]+$/.test(code) ? code : "unknown error";
}
