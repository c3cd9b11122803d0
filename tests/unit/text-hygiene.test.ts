/** Invisible, control and bidi characters in content; the keys duplicates are compared by; escaping for terminals. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "@/components/JsonLd";
import { markdownToHtml } from "@/lib/markdown";
import { parseMarkdownFile, parseYamlFile, type ParsedFile } from "@/lib/content/parse";
import { comparableText, nameKey } from "@/lib/vocabulary/names";
import { checkTextHygiene, escapeForTerminal, hasSuspectCharacter } from "@/lib/content/text-hygiene";

function yaml(text: string): ParsedFile {
  const result = parseYamlFile("content/careers/x/career.yaml", text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.parsed;
}

describe("checkTextHygiene", () => {
  it("finds the same problems given the file's text (one scan for a clean file) as string by string", () => {
    const texts = [
      'title: ok\nsalary:\n  byLevel:\n    - level: "Senior \\e[2J"\n',
      '"ti\\x07tle": x\n',
      "title: Back\u200bend\nnote: \u00adsoft\n",
      "title: plain\nlist: [a, b]\n",
    ];
    for (const text of texts) {
      const parsed = yaml(text);
      expect(checkTextHygiene(parsed, text)).toEqual(checkTextHygiene(parsed));
    }
    const guide = parseMarkdownFile("content/careers/x/src.md", "---\ntitle: ok\n---\nBody \u202e here\n");
    if (!guide.ok) throw new Error("guide did not parse");
    const issues = checkTextHygiene(guide.parsed, "---\ntitle: ok\n---\nBody \u202e here\n");
    expect(issues).toMatchObject([{ code: "bidi-control", field: "body", line: 4 }]);
    expect(checkTextHygiene(yaml("title: plain\n"), "title: plain\n")).toEqual([]);
  });

  it("refuses an escape sequence in a nested field, naming the field, line and code point", () => {
    const issues = checkTextHygiene(yaml('title: ok\nsalary:\n  byLevel:\n    - level: "Senior \\e[2J"\n'));
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "control-character",
        line: 4,
        column: 14,
        field: "salary.byLevel[0].level",
        message: "Text contains an escape character (terminal escape sequence), U+001B, at character 8",
      }),
    ]);
  });

  it("refuses control characters in field names too", () => {
    const issues = checkTextHygiene(yaml('"ti\\x07tle": x\n'));
    expect(issues).toMatchObject([
      {
        field: "ti\u0007tle",
        message: expect.stringContaining("Field name contains a control character, U+0007"),
      },
    ]);
  });

  it("refuses zero-width and bidi characters, and lone surrogates written as YAML escapes", () => {
    const issues = checkTextHygiene(
      yaml('a: "x\\u200By"\nb: "\\u2066x\\u2069"\nc: "\\uD800"\nd: "\\uFFFE"\n'),
    );
    expect(issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["a", "invisible-character", "error"],
      ["b", "bidi-control", "error"],
      ["c", "invalid-character", "error"],
      ["d", "invalid-character", "error"],
    ]);
  });

  it("only warns on direction marks and soft hyphens, and allows tabs, newlines, ZWJ emoji, Arabic and Hindi", () => {
    const issues = checkTextHygiene(
      yaml('a: "\\u200Fمرحبا"\nb: "co\\u00ADoperate"\nc: "tab\\there\\nline"\nd: "👩‍💻 नमस्ते کتاب‌ها"\n'),
    );
    expect(issues.map((i) => [i.field, i.severity])).toEqual([
      ["a", "warning"],
      ["b", "warning"],
    ]);
  });

  it("points at the line and column of a bad character in a Markdown body", () => {
    const parsed = parseMarkdownFile(
      "content/careers/x/y.md",
      "---\nsource: y\n---\nFirst line.\n\nSecond \u202Eline.\n",
    );
    if (!parsed.ok) throw new Error("frontmatter did not parse");
    expect(checkTextHygiene(parsed.parsed)).toEqual([
      expect.objectContaining({ field: "body", line: 6, column: 8, code: "bidi-control" }),
    ]);
  });
});

describe("YAML the parser would accept but content must not", () => {
  const issues = (text: string) => {
    const result = parseYamlFile("content/sources/x.yaml", text);
    return result.ok ? [] : result.issues.map((i) => `${i.line}:${i.column} ${i.message}`);
  };

  it("refuses unknown, local and YAML 1.1 tags", () => {
    expect(issues('name: !!js/function "function () {}"\n')).toEqual(["1:7 Unknown YAML tag !!js/function"]);
    expect(issues("name: !local x\n")).toEqual(["1:7 Unknown YAML tag !local"]);
    expect(issues("name: !!timestamp 2020-01-01\n")).toEqual([
      "1:19 YAML tag !!timestamp is not allowed in content",
    ]);
    expect(issues("name: !!set {a, b}\n")).toEqual(["1:13 YAML tag !!set is not allowed in content"]);
    expect(issues("name: !!str 12\n")).toEqual([]);
  });

  it("refuses keys that are lists or mappings, and unknown directives", () => {
    expect(issues("? [a, b]\n: 1\n")).toEqual([
      "1:3 A key must be a plain name, not a list, mapping or alias",
    ]);
    expect(issues("%FOO bar\n---\nname: x\n")[0]).toMatch(/^1:1 Invalid YAML: Unknown directive/);
  });

  it("never evaluates JavaScript front matter (gray-matter's ---js)", () => {
    const marker = "__careerscope_evaluated__";
    const result = parseMarkdownFile(
      "content/careers/x/y.md",
      `---js\n{ source: (globalThis.${marker} = "yes") }\n---\nBody\n`,
    );
    expect(Reflect.get(globalThis, marker)).toBeUndefined();
    expect(result.ok).toBe(false);
  });
});

describe("comparableText and nameKey", () => {
  it("treat invisible characters, compatibility forms, case and composed accents as the same", () => {
    const key = comparableText("Backend Developer");
    expect(comparableText("Backend\u200B Developer")).toBe(key);
    expect(comparableText("Ｂａｃｋｅｎｄ  DEVELOPER")).toBe(key);
    expect(comparableText("Backend\u202E Developer\u00AD")).toBe(key);
    expect(comparableText("Café")).toBe(comparableText("Cafe\u0301"));
    expect(comparableText("Backend Engineer")).not.toBe(key);
    expect(nameKey("Post\u200BgreSQL")).toBe(nameKey("postgresql"));
  });
});

describe("escapeForTerminal", () => {
  it("writes control, bidi and invisible characters as \\u{…}, and keeps emoji and right-to-left text", () => {
    expect(escapeForTerminal("a\u001b[31mb\u0007\nc\u009b")).toBe("a\\u{1B}[31mb\\u{7}\\u{A}c\\u{9B}");
    expect(escapeForTerminal("x\u202Ey\u200Bz\uD800")).toBe("x\\u{202E}y\\u{200B}z\\u{D800}");
    expect(escapeForTerminal("👩‍💻 مرحبا Café")).toBe("👩\\u{200D}💻 مرحبا Café");
  });
});

describe("markdownToHtml against the worst values", () => {
  it("removes script URLs however they are disguised", () => {
    for (const md of [
      "<javascript:alert(1)>",
      "[x](java\tscript:alert(1))",
      "[x](&#106;avascript:alert(1))",
      "[x](%6Aavascript:alert(1))",
      "[x]( javascript:alert(1))",
      '<a href=" javascript:alert(1)">x</a>',
      "[x](\u0001javascript:alert(1))",
    ]) {
      const html = markdownToHtml(md);
      expect(html, md).not.toMatch(/href="[^"]*(script|&#)/i);
    }
  });

  it("removes SVG, MathML, <base> and a stray </script>, and keeps the text escaped", () => {
    const html = markdownToHtml(
      '<svg onload="alert(1)"><script>x</script></svg>\n\n<math><mi xlink:href="javascript:alert(1)">x</mi></math>\n\n<base href="https://evil.example/">\n\nA </script> & "quote"',
    );
    expect(html).not.toMatch(/<svg|<math|<base|onload|javascript:|<\/script>/i);
    // The stray </script> is dropped as raw HTML; the text around it stays, escaped.
    expect(html).toContain('<p>A  &#x26; "quote"</p>');
  });
});

describe("JSON-LD against the worst title (tests/fixtures/broken/script-in-title)", () => {
  it("cannot close its <script> early, and keeps the title's value", () => {
    const title = "Backend Developer</script><script>alert(1)</script>\u2028";
    const block = { "@context": "https://schema.org", "@type": "Occupation", name: title } as const;
    const html = renderToStaticMarkup(createElement(JsonLd, { data: [block] }));
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<script>alert");
    const json = html.replace(/^<script type="application\/ld\+json">/, "").replace(/<\/script>$/, "");
    expect(JSON.parse(json)).toEqual(block);
  });
});

describe("hasSuspectCharacter", () => {
  // The single pattern it replaced (for speed): every character it matched, and nothing else.
  const former =
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\u3164\ufdd0-\ufdef\ufeff\uffa0\ufff9-\uffff\ud800-\udfff]/u;

  it("finds what the former pattern found, for every UTF-16 code unit alone and among text", () => {
    const differing: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      for (const text of [ch, `ab ${ch} cd`])
        if (hasSuspectCharacter(text) !== former.test(text)) differing.push(unit);
    }
    expect(differing).toEqual([]);
  });

  it("finds what the former pattern found for surrogate pairs and halves", () => {
    const texts = [
      "\u{1F600}",
      "a\u{1F600}b",
      "\ud83d",
      "\ude00",
      "\ude00\ud83d",
      "\ud83d\ud83d\ude00",
      "\ud83d\ude00\ude00",
      "x\ud83dy",
      "\u{10FFFF}",
      "\u{1F600}\u200b",
    ];
    for (const text of texts) expect(hasSuspectCharacter(text), JSON.stringify(text)).toBe(former.test(text));
    expect(texts.filter(hasSuspectCharacter).length).toBeGreaterThan(3);
  });
});
