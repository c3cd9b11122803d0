/**
 * The FAQ check counts words in one pass over the characters (for speed); it
 * must count what splitting at `\s` and keeping pieces with a letter or digit
 * counted, on every text of the real content and on crafted edge cases.
 */
import { describe, expect, it } from "vitest";
import { countWords } from "@/lib/content/checks/faqs";
import { decodeText, parseMarkdownFile, parseYamlFile } from "@/lib/content/parse";
import { readContentTree } from "@/lib/content/tree";
import { misspeltLevelWord } from "@/lib/vocabulary/levels";

/** The definition the check used before: split at white space, keep pieces with a letter or digit. */
function wordsBySplitting(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const realTexts = readContentTree(process.cwd()).flatMap((file) => {
  const decoded = decodeText(file.path, file.bytes);
  if (!decoded.ok || !/\.(md|ya?ml)$/.test(file.path)) return [];
  const parsed = file.path.endsWith(".md")
    ? parseMarkdownFile(file.path, decoded.text)
    : parseYamlFile(file.path, decoded.text);
  return parsed.ok ? [...strings(parsed.parsed.data), parsed.parsed.body ?? ""] : [];
});

const crafted = [
  "",
  " ",
  "one",
  "  two  words  ",
  "Often — **yes**, *mostly* - remote.",
  "— – - * ** !",
  "a\u00a0b\u2003c\u3000d\ufeffe\u2028f\u2029g\u202fh\u205fi\u1680j",
  "a\tb\nc\rd\ve\ff",
  "x\u200by",
  "Café naïve Ærø",
  "日本語 の テキスト",
  "١٢٣ ٤٥٦",
  "😀 😀x x😀",
  "𝒜𝒷𝒸 𝟙𝟚",
  "\ud800 \udc00 a\ud800",
  "$121,000 6–18 3.5%",
  "_ __ _a_",
];

describe("countWords", () => {
  it("reads many real texts", () => {
    expect(realTexts.length).toBeGreaterThan(1000);
  });

  it("counts what splitting counted, on every text of the real content", () => {
    const differing = realTexts.filter((text) => countWords(text) !== wordsBySplitting(text));
    expect(differing).toEqual([]);
  });

  it.each(crafted.map((text) => [JSON.stringify(text), text]))(
    "counts what splitting counted: %s",
    (_, text) => {
      expect(countWords(text)).toBe(wordsBySplitting(text));
    },
  );

  it("stops counting at `enough`, and counts exactly below it", () => {
    expect(countWords("one two three four five", 3)).toBe(3);
    expect(countWords("one two", 3)).toBe(2);
    expect(countWords("one two three", 3)).toBe(3);
  });
});

describe("misspeltLevelWord, remembered per word", () => {
  it("answers the same on the second asking, in any case", () => {
    for (const word of ["Principle", "principle", "Seniour", "Leed", "Lead", "Lean", "Developer"]) {
      const first = misspeltLevelWord(word);
      expect(misspeltLevelWord(word)).toBe(first);
    }
    expect(misspeltLevelWord("PRINCIPLE")).toBe("principal");
    expect(misspeltLevelWord("principal")).toBeUndefined();
  });
});
