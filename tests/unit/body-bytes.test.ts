/**
 * A Markdown guide's body is kept as its file's bytes and decoded when read
 * (lib/content/body-bytes.ts). What a reader gets must be the text the file
 * holds below its frontmatter, whatever its characters, line endings or byte
 * order mark.
 */
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { loadContent, type ContentFile } from "@/lib/content/load";
import { decodeText, parseMarkdownFile } from "@/lib/content/parse";
import { readContentTree } from "@/lib/content/tree";

const NOW = new Date("2026-11-26T00:00:00Z");
const tree = readContentTree(process.cwd());
const isGuide = (file: ContentFile) => file.path.endsWith(".md");
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);

/** The body as the parser reads it from the file's text: what the site's guide must give back. */
function bodyOf(file: ContentFile): string {
  const decoded = decodeText(file.path, file.bytes);
  if (!decoded.ok) throw new Error(`${file.path} did not decode`);
  const parsed = parseMarkdownFile(file.path, decoded.text);
  if (!parsed.ok || parsed.parsed.body === undefined) throw new Error(`${file.path} did not parse`);
  return parsed.parsed.body;
}

/** Every guide of the loaded site, by the file it came from. */
function guidesByFile(files: ContentFile[]) {
  const result = loadContent(files, { now: NOW });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file}: ${i.message}`).join("\n"));
  return new Map(result.site.careers.flatMap((c) => c.guides).map((g) => [g.file, g]));
}

describe("a guide's body read from its bytes", () => {
  const variants: [string, (text: string) => string][] = [
    ["as written", (text) => text],
    ["with CRLF line endings", (text) => text.replace(/\n/g, "\r\n")],
    ["with a byte order mark", (text) => `\uFEFF${text}`],
    [
      "with characters of two, three and four bytes",
      (text) => `${text}\nÉtude – naïve café, 日本語, 🚀 and a final é`,
    ],
    ["with no line break at the end", (text) => text.replace(/\n+$/, "")],
  ];

  for (const [name, change] of variants) {
    it(`is the text below the frontmatter, ${name}`, () => {
      const files = tree.map((file) =>
        isGuide(file) ? { ...file, bytes: encode(change(decode(file.bytes))) } : file,
      );
      const guides = guidesByFile(files);
      const read = files.filter(isGuide);
      expect(read.length).toBeGreaterThanOrEqual(5);
      for (const file of read) {
        const body = guides.get(file.path)?.body;
        expect(body, file.path).toBe(bodyOf(file));
        expect(body?.length, file.path).toBeGreaterThan(1000);
      }
    });
  }

  it("still has its raw HTML found, on the line it is on", () => {
    const file = tree.find((f) => f.path.endsWith("backend-developer/teal.md"));
    if (!file) throw new Error("teal.md is missing");
    const text = `${decode(file.bytes)}\nA paragraph – with <b>bold</b> in it.\n`;
    const result = loadContent([...tree.filter((f) => f !== file), { ...file, bytes: encode(text) }], {
      now: NOW,
    });
    const warning = result.issues.find((i) => i.code === "raw-html" && i.file === file.path);
    expect(warning?.line).toBe(text.split("\n").findIndex((l) => l.includes("<b>")) + 1);
  });

  it("reads the same each time, and is part of the guide's JSON", () => {
    const guide = guidesByFile(tree).get("content/careers/backend-developer/himalayas.md");
    expect(guide?.body).toBe(guide?.body);
    expect(JSON.parse(JSON.stringify(guide)).body).toBe(guide?.body);
  });
});

describe("where the site keeps a body", () => {
  it("is a getter that reads it, not a string the guide holds (CRLF files too, with the same shape)", () => {
    // The benefit is measured by scripts/bench-content.ts (BENCHMARKS.md); heap figures inside a test
    // runner moved by tens of kilobytes a guide from run to run, so this checks the mechanism instead.
    const withCrlf = tree.map((f) =>
      f.path.endsWith("/teal.md") ? { ...f, bytes: encode(decode(f.bytes).replace(/\n/g, "\r\n")) } : f,
    );
    const guides = [...guidesByFile(withCrlf).values()];
    expect(guides.length).toBeGreaterThanOrEqual(5);
    for (const guide of guides) {
      const descriptor = Object.getOwnPropertyDescriptor(guide, "body");
      expect(typeof descriptor?.get, guide.file).toBe("function");
      expect(descriptor?.value, guide.file).toBeUndefined();
    }
  });

  it("leaves every guide with a fast shape, as V8 keeps objects made by a spread and then a getter", () => {
    // An object whose field is redefined as a getter afterwards becomes a dictionary, slow to read, and the
    // load gained nothing (BENCHMARKS.md, "Bodies kept as their file's bytes").
    setFlagsFromString("--allow-natives-syntax");
    const hasFastProperties = new Function("object", "return %HasFastProperties(object)") as (
      o: object,
    ) => boolean;
    const redefined = { file: "f", body: "text" };
    Object.defineProperty(redefined, "body", { get: () => "text", enumerable: true, configurable: true });
    expect(hasFastProperties(redefined)).toBe(false);
    const guides = [...guidesByFile(tree).values()];
    expect(guides.length).toBeGreaterThanOrEqual(5);
    for (const guide of guides) expect(hasFastProperties(guide), guide.file).toBe(true);
  });
});
