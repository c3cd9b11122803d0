/**
 * Reads the content folder from disk. The only module in lib/content that
 * touches the file system.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ContentFile } from "./load";

/** Every file under `<root>/content`, skipping dotfiles, with project-relative paths. */
export function readContentTree(root: string): ContentFile[] {
  return listFiles(root, "content").map((rel) => ({ path: rel, bytes: readFileSync(path.join(root, rel)) }));
}

/** A cheap fingerprint of the tree (names, sizes, times), to notice edits in development. */
export function contentFingerprint(root: string): string {
  return listFiles(root, "content")
    .map((rel) => {
      const stat = statSync(path.join(root, rel));
      return `${rel}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("|");
}

function listFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith("."))
    .flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      return entry.isDirectory() ? listFiles(root, rel) : [rel];
    })
    .sort();
}
