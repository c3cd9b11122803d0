/**
 * readContentTree reads into buffers that are not zero-filled (for speed):
 * what it returns must be exactly each file's bytes, nothing before or after.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readContentTree } from "@/lib/content/tree";

describe("readContentTree", () => {
  it("returns exactly the bytes of every real content file", () => {
    const files = readContentTree(process.cwd());
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(file.refused).toBeUndefined();
      expect(Buffer.from(file.bytes).equals(readFileSync(file.path)), file.path).toBe(true);
    }
  });
});
