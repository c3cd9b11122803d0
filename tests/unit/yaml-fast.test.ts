/**
 * The quick YAML parse (js-yaml) must give exactly what the careful one (the
 * `yaml` package) gives, or step aside: same data, same positions for every
 * field, same issues when the file is refused. Checked on every real and
 * fixture file, on crafted edge cases, and on thousands of seeded random
 * edits of real files (the kind of slip an editor makes: a stray quote,
 * colon, tab, bracket or dash).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentIssue } from "@/lib/content/issues";
import { parseYamlFile, type ParseResult } from "@/lib/content/parse";
import { parseYamlDocument } from "@/lib/content/yaml-document";
import { fastYaml, unsureYaml } from "@/lib/content/yaml-fast";
import { seededRandom } from "./seeded-random";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? files(path) : /\.(ya?ml|md)$/.test(name) && stat.size < 200_000 ? [path] : [];
  });
}

/** The YAML of a file: the whole of a .yaml file, the frontmatter of a .md one (with its leading newline, as gray-matter gives it). */
function yamlOf(path: string): string {
  const text = readFileSync(path, "utf8");
  if (!path.endsWith(".md")) return text;
  const end = text.indexOf("\n---", 3);
  return end === -1 ? text.slice(3) : text.slice(3, end + 1);
}

const samples = [...files("content"), ...files("tests/fixtures")].map(yamlOf).filter((t) => t.trim() !== "");

/** Every field path in the data, and one path past each leaf (its nearest ancestor is reported). */
function paths(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(data)) data.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (data !== null && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) out.push(...paths(value, [...prefix, key]));
    out.push([...prefix, "no-such-field"]);
  }
  return out;
}

/** What a parse result says, with positions of every field in place of the locator. */
function summary(result: ParseResult) {
  // How deep the `yaml` package gets before it gives up depends on the stack left: the column of that one error varies.
  const steady = (issue: ContentIssue) =>
    /nested too deeply/.test(issue.message) ? { ...issue, column: undefined } : issue;
  if (!result.ok) return { issues: result.issues.map(steady) };
  const { data, locate } = result.parsed;
  return { data, positions: paths(data).map((path) => [path.join("."), locate(path)]) };
}

function expectSame(text: string) {
  expect(summary(parseYamlFile("f.yaml", text, 3))).toEqual(summary(parseYamlDocument("f.yaml", text, 3)));
}

const SLIPS = [
  ":",
  ": ",
  "-",
  "- ",
  " ",
  "  ",
  "\t",
  '"',
  "'",
  "[",
  "]",
  "{",
  "}",
  ",",
  "#",
  " #",
  "&a ",
  "*a",
  "!",
  "!!str ",
  "|",
  ">",
  "? ",
  "%",
  "@",
  "`",
  "\\",
  "\n",
  "\n  ",
  "\n- ",
  "null",
  "~",
  "0x1F",
  "0o17",
  "1e3",
  ".5",
  "+12",
  "1_000",
  "012",
  "1:30",
  "yes",
  "True",
  "__proto__: x",
  "...",
  "\n---\n",
  "\u0000",
  "\\u0041",
  "\\x",
  "k:\n",
  ": x",
];

function mutate(text: string, rnd: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * (out.length + 1));
    const slip = SLIPS[Math.floor(rnd() * SLIPS.length)];
    const cut = rnd() < 0.3 ? Math.floor(rnd() * 4) : 0;
    out = out.slice(0, at) + slip + out.slice(at + cut);
  }
  return out;
}

describe("the quick YAML parse", () => {
  it("reads the real content and the fixtures, all of it, quickly", () => {
    const real = files("content").map(yamlOf);
    expect(real.length).toBeGreaterThan(5);
    for (const text of real) expect(fastYaml(text)).toBeDefined();
  });

  it("leaves every construct it is unsure of to the careful parse", () => {
    const unsure = [
      "%YAML 1.2\na: 1\n",
      "a: 1\n...\n",
      "a: 1\n---\nb: 2\n",
      "a: {__proto__: 1}\n",
      "? a\n: 1\n",
      "a: [? b]\n",
      "[a]: 1\n",
      "{a: 1}: 2",
      "a: [b,\n]\n",
      "a: [, b]\n",
      "a: {b: 1,, c: 2}\n",
      "a: 1\tb: 2\n",
      "a: 1\r\nb: 2\n",
    ];
    for (const text of unsure) expect(fastYaml(text), JSON.stringify(text)).toBeUndefined();
    for (const text of ["a: [b]\n", "a: b:c\n", "a: '?'\n", "a: [b, c]\nd: {e: 1}\n"]) {
      expect(fastYaml(text), JSON.stringify(text)).toBeDefined();
    }
  });

  it("leaves text nested deeper than 50 levels to the careful parse, whichever parser would overflow first", () => {
    const nested = (depth: number) => `a: ${"[".repeat(depth)}1${"]".repeat(depth)}\n`;
    const block = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " 1\n";
    for (const text of [nested(10), block(10)]) expect(fastYaml(text), text).toBeDefined();
    for (const text of [nested(60), block(60)]) {
      expect(fastYaml(text), text).toBeUndefined();
      expect(summary(parseYamlFile("f.yaml", text))).toEqual(summary(parseYamlDocument("f.yaml", text)));
    }
  });

  it("finds the unsure constructs exactly where the former seven patterns did", () => {
    const former = [
      /^(?:%|\.\.\.)|\n---/m,
      /__proto__/,
      /(?:^|[[{,]|[-?:][ \t])[ \t]*\?(?:[ \t\n]|$)/m,
      /[\]}][ \t]*:(?:[ \t\n]|$)/,
      /^[ \t]*[\]}]/m,
      /[[{,][ \t\n]*,/,
      /[\t\r]/,
    ];
    const unsureBefore = (text: string) => former.some((pattern) => pattern.test(text));
    const pieces = [
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\u2028",
      "?",
      "-",
      ":",
      "[",
      "]",
      "{",
      "}",
      ",",
      "%",
      ".",
      "...",
      "---",
      "a",
      "_",
    ];
    const rnd = seededRandom(99);
    let unsure = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = "";
      const length = 1 + Math.floor(rnd() * 8);
      for (let j = 0; j < length; j++) text += pieces[Math.floor(rnd() * pieces.length)];
      expect(unsureYaml(text), JSON.stringify(text)).toBe(unsureBefore(text));
      if (unsureBefore(text)) unsure++;
    }
    expect(unsure).toBeGreaterThan(1000);
    for (const text of [...samples, ...edges])
      expect(unsureYaml(text), JSON.stringify(text)).toBe(unsureBefore(text));
  });

  it("reads text followed by its line break (a slice of a guide, not a copy) as the text itself", () => {
    const bare = samples.map((t) => t.replace(/\n$/, "")).filter((t) => fastYaml(t) !== undefined);
    expect(bare.length).toBeGreaterThan(20);
    for (const text of bare) expect(fastYaml(text, `${text}\n`)).toEqual(fastYaml(text));
  });

  it("gives back the text it read, for the locator, whether or not it ends in a line break", () => {
    const read = [...samples, ...samples.map((t) => t.replace(/\n$/, ""))].filter(
      (t) => fastYaml(t) !== undefined,
    );
    expect(read.length).toBeGreaterThan(40);
    for (const text of read) {
      expect(fastYaml(text)?.text).toBe(text);
      expect(fastYaml(text, text.endsWith("\n") ? text : `${text}\n`)?.text).toBe(text);
    }
  });

  it.each(samples.map((text, i) => [i, text]))("agrees with the careful parse on sample %i", (_, text) => {
    expectSame(text as string);
  });

  const edges = [
    "a: 1\nb: 0o17\nc: 0x1F\nd: 1e3\ne: .5\nf: +12\ng: 1_000\nh: 012\ni: 1:30\nj: yes\nk: True\nl: ~\nm:\nn: .inf\no: -.Inf\np: .nan\nq: 1.50\n",
    "null: 1\n",
    "~: 1\n",
    '"": 1\n',
    "1: a\n1.0: b\n",
    "a: 1\n'a': 2\n",
    "[a]: 1\n",
    "{a: 1}: 2\n",
    "? a\n: 1\n",
    "a: [b, {c: d}, e: f]\n",
    "a: [b,\n  c\n]\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a: !foo 1\n",
    "a: ! 1\n",
    "%YAML 1.2\n---\na: 1\n",
    "a: 1\n---\nb: 2\n",
    "__proto__: 1\n",
    "a:\n\tb: 1\n",
    "a: b\n\tc: d\n",
    'a: "x\\qy"\n',
    'a: "x\n  y"\n',
    "a: 'it''s'\n",
    "a: |\n  x\n   y\n\n",
    "a: >-\n  x\n  y\n\n  z\n",
    "a: |2-\n   x\n",
    "a:\n- b\n- c\n",
    "a:\n  # note\n  - b\n",
    "a: # note\n  b: c\n",
    "a: b # note\nc: d\n",
    "a: b: c\n",
    "a b: c\n",
    "- a\n- b\n",
    "plain text\n",
    "# only a comment\n",
    `${"k".repeat(1100)}: 1\n`,
    "a: 'x\n\n  y'\n",
    "a: x\n  y\n  z\n",
    'a: "x"  k: 1\n',
    "a: 'x'k: 1\n",
    'a: "x"#c\n',
    'a: "x" # c\n',
    "a: [x]k: 1\n",
    "a: {x: 1}  k: 1\n",
    'a: "x": y\n',
    '{"a":b}\n',
    "a: [b,\nc]\n",
    'a:\n    b: "Am\n  azon"\n',
    'a: [,"b"]\n',
    "a: [b,,c]\n",
    "a: [b, c,]\n",
    "a: {b: 1,}\n",
    'a: ["b"]:c\n',
    'a: {"b":c}\n',
  ];
  it.each(edges)("agrees with the careful parse on %j", (text) => {
    expectSame(text);
  });

  it("agrees with the careful parse on 3,000 seeded random slips in real files", () => {
    const rnd = seededRandom(20261127);
    const real = samples.filter((t) => t.length < 40_000);
    for (let i = 0; i < 3000; i++) {
      const base = real[Math.floor(rnd() * real.length)];
      // A window of the file, so each case is small and the slips matter.
      const from = Math.floor(rnd() * base.length * 0.8);
      const start = base.lastIndexOf("\n", from) + 1;
      const text = mutate(base.slice(start, start + 600), rnd);
      try {
        expectSame(text);
      } catch (error) {
        throw new Error(`case ${i} differs: ${JSON.stringify(text)}\n${String(error)}`);
      }
    }
  }, 120_000);
});
