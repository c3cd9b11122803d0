/**
 * The quick parse of a YAML file, with js-yaml: several times faster than the
 * `yaml` package, whose syntax tree keeps every position (measured on the real
 * guides: 0.5 ms a guide against 4 ms). It is only trusted where the two agree
 * by construction: plain YAML without tags, anchors, aliases, directives or
 * complex keys, resolving scalars by the `yaml` package's own core-schema rules
 * (copied below). Anything else — or anything js-yaml refuses — returns
 * undefined, and the careful parse (yaml-document.ts) reads the file and
 * reports its problems. tests/unit/yaml-fast.test.ts compares the two.
 */
import { load, Schema, Type } from "js-yaml";

/** The `yaml` package's core schema (yaml/dist/schema/core), in its order; tags of our own, so `!!int` is not accepted here. */
const CORE_SCALARS: [string, RegExp, (s: string) => unknown][] = [
  ["null", /^(?:~|[Nn]ull|NULL)?$/, () => null],
  ["bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"],
  ["int-oct", /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  ["int", /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  ["int-hex", /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  [
    "float-nan",
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    (s) => (s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
  ],
  ["float-exp", /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  ["float", /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];

const SCHEMA = new Schema({
  implicit: CORE_SCALARS.map(
    ([name, test, construct]) =>
      new Type(`tag:careerscope.fast,2026:${name}`, { kind: "scalar", resolve: (s) => test.test(s), construct }),
  ),
});

/**
 * Text the quick parse leaves to the careful one: directives and document
 * markers, `__proto__`, explicit (`? `) keys, a list or mapping used as a key
 * (`[a]: b`), a flow list closed at the start of a line (the `yaml` package
 * warns) or with an empty entry (`[, a]`, which js-yaml skips), tabs and carriage returns (decodeText removes those; js-yaml reads `a: "x"<tab>b: 1` as two fields). Written to over-match: a false alarm costs
 * only time.
 */
export function unsureYaml(text: string): boolean {
  return UNSURE.test(text) || explicitKey(text) || closedAtLineStart(text);
}

const UNSURE = new RegExp(
  [
    /^(?:%|\.\.\.)|\n---/,
    /__proto__/,
    // The end of the text, not of a line: `(?![\s\S])`, since the patterns share the multiline flag.
    /[\]}][ \t]*:(?:[ \t\n]|(?![\s\S]))/,
    /[[{,][ \t\n]*,/,
    /[\t\r]/,
  ]
    .map((pattern) => pattern.source)
    .join("|"),
  // One pass over the text instead of one per pattern: 3 to 4 times faster on the real guides.
  "m",
);

/**
 * `/(?:^|[[{,]|[-?:][ \t])[ \t]*\?(?:[ \t\n]|$)/m`, looked for from each `?`:
 * as a regex it is tried at every character, half the time of all the
 * patterns above together.
 */
function explicitKey(text: string): boolean {
  for (let q = text.indexOf("?"); q !== -1; q = text.indexOf("?", q + 1)) {
    const next = text.charCodeAt(q + 1);
    if (!(Number.isNaN(next) || next === 0x20 || next === 0x09 || isLineTerminator(next))) continue;
    const before = blankBefore(text, q);
    if (before < 0 || isLineTerminator(text.charCodeAt(before)) || "[{,".includes(text[before])) return true;
    if (before < q - 1 && "-?:".includes(text[before])) return true;
  }
  return false;
}

/** `/^[ \t]*[\]}]/m`, looked for from each `]` and `}`: a flow collection closed at the start of a line. */
function closedAtLineStart(text: string): boolean {
  for (const close of "]}") {
    for (let i = text.indexOf(close); i !== -1; i = text.indexOf(close, i + 1)) {
      const before = blankBefore(text, i);
      if (before < 0 || isLineTerminator(text.charCodeAt(before))) return true;
    }
  }
  return false;
}

/** The index of the last character before `end` that is not a space or a tab (-1 at the start of the text). */
function blankBefore(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i;
}

/** What `^` and `$` stand next to in a multiline regex. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Deeper than this, the careful parse decides. Both parsers find out that a
 * text is nested too deeply by overflowing the stack, each at a depth of its
 * own (which moves with how the engine compiles them), so near that depth the
 * two would disagree: the quick one reading a text the careful one refuses.
 * Content needs a handful of levels.
 */
const MAX_SURE_DEPTH = 50;

/** Keys the two parsers turn into different strings (a null key is "" in one, "null" in the other), or that only one refuses (over 1,024 characters). */
const UNSURE_KEY = /^(?:~|[Nn]ull|NULL)?$/;
const MAX_SURE_KEY = 100;

/**
 * The file's data, or undefined when the careful parse must read it.
 * js-yaml copies its input to append a line break when it has none, then
 * once more to append a NUL (that second copy is the text its strings are
 * slices of). A caller that has `text` followed by its line break, as a slice
 * of a larger text (a guide's frontmatter), passes it as `terminated`, which
 * saves the first copy (measured: 40 MB less allocated per 1,000 guides). The
 * result is the same, since that is the text js-yaml would read.
 *
 * `text` is the given text again, as a slice of that NUL-terminated copy when
 * it can be: the data's strings keep the copy alive anyway, so whoever keeps
 * `text` (a locator, for later issues) then keeps nothing more. Keeping the
 * caller's own text instead kept every guide's whole file alive through the
 * load (see scripts/bench-content.ts).
 */
export function fastYaml(text: string, terminated = text): { data: unknown; text: string } | undefined {
  if (unsureYaml(text)) return undefined;
  let anchors: Record<string, unknown> | undefined;
  let unsure = false;
  const starts: number[] = [];
  let data: unknown;
  let input = "";
  try {
    data = load(terminated, {
      schema: SCHEMA,
      listener: (event, state) => {
        anchors = state.anchorMap;
        input = state.input;
        if (event === "open") {
          if (starts.push(state.position) > MAX_SURE_DEPTH) throw new RangeError("nested deeper than the quick parse answers for");
          return;
        }
        const start = starts.pop() ?? 0;
        if (state.tag === "!" || loose(state.input, state.kind, start, state.position)) unsure = true;
      },
    });
  } catch {
    // js-yaml refused it, overflowed its stack, or went deeper than MAX_SURE_DEPTH: the careful parse says why.
    return undefined;
  }
  if (unsure || (anchors && Object.keys(anchors).length > 0)) return undefined;
  if (data === null || data === undefined || !keysAreSure(data)) return undefined;
  const read = input.slice(0, text.length);
  return { data, text: read === text ? read : text };
}

/**
 * A quoted text, or a `[…]` or `{…}` list or mapping, that js-yaml reads more
 * loosely than the `yaml` package: over several lines (js-yaml does not check
 * their indentation), or followed on its line by more than a comment
 * (js-yaml reads `a: "x" b: 1` as two fields). Over-matches: a plain text
 * ending in a quote, a value on the line below its key.
 */
function loose(input: string, kind: string | null, start: number, end: number): boolean {
  if (kind === "scalar") {
    const last = input.charCodeAt(end - 1);
    if (last !== 0x22 && last !== 0x27) return false;
  } else if (kind === "sequence" || kind === "mapping") {
    const first = significant(input, start, end);
    if (first !== "[" && first !== "{") return false;
  } else return false;
  return input.lastIndexOf("\n", end - 1) >= start || !endsCleanly(input, end, kind === "scalar");
}

/** After a quoted text or a flow collection: the end of the line (or a comment), what may follow it in a flow, or (a quoted key) a colon. */
function endsCleanly(input: string, end: number, quoted: boolean): boolean {
  let i = end;
  while (input[i] === " ") i++;
  const next = input[i];
  if (next === "#") return i > end;
  return next === undefined || next === "\n" || next === "," || next === "]" || next === "}" || (quoted && next === ":");
}

/** The first character from `start` that is not a space, a line break or in a comment. */
function significant(input: string, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) {
    const ch = input[i];
    if (ch === "#") {
      const next = input.indexOf("\n", i);
      if (next === -1) return undefined;
      i = next;
    } else if (ch !== " " && ch !== "\n") return ch;
  }
  return undefined;
}

function keysAreSure(root: unknown): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) {
        if (key.length > MAX_SURE_KEY || UNSURE_KEY.test(key)) return false;
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return true;
}

/** Top-level keys written plainly at the start of a line, and the offset of each; -1 for a key on several lines. */
export type TopLevelKeys = Map<string, number>;

/** One pass over the text: a file with 50,000 keys is located in linear time, not quadratic. */
export function topLevelKeys(text: string): TopLevelKeys {
  const keys: TopLevelKeys = new Map();
  for (const match of text.matchAll(/^([A-Za-z0-9_-]+)[ \t]*:(?=[ \t\n]|$)/gm)) {
    keys.set(match[1], keys.has(match[1]) ? -1 : match.index);
  }
  return keys;
}

/**
 * Where the `yaml` package would place a top-level field, found without its
 * syntax tree: the value's first character, or the key for a list or mapping
 * written on the lines below (see yaml-locate.ts). Only for a top-level key of
 * a file whose fields start at the first column, written plainly, once;
 * undefined whenever it is not that simple.
 */
export function topLevelOffset(text: string, data: unknown, keys: TopLevelKeys, key: string): number | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data) || !Object.hasOwn(data, key)) return undefined;
  const start = keys.get(key);
  if (start === undefined || start === -1) return undefined;
  let i = text.indexOf(":", start + key.length) + 1;
  while (text[i] === " " || text[i] === "\t") i++;
  const first = text[i];
  if (first !== undefined && first !== "\n" && first !== "#") return "&!*".includes(first) ? undefined : i;
  // Nothing on the key's line: a block list or mapping below points at its key; anything else is left to the careful parse.
  const value = (data as Record<string, unknown>)[key];
  if (value === null || typeof value !== "object") return undefined;
  const below = /\n[ \t]*([^\s#])/g;
  below.lastIndex = i;
  const next = below.exec(text)?.[1];
  return next === undefined || "[{&!*".includes(next) ? undefined : start;
}

/**
 * Where the `yaml` package would place a field missing from the top level: at
 * the file's first field, when the file starts with it (blank and comment
 * lines aside).
 */
export function missingTopLevelOffset(text: string, data: unknown, keys: TopLevelKeys, key: string): number | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data) || Object.hasOwn(data, key)) return undefined;
  const first: number | undefined = keys.values().next().value;
  if (first === undefined || first === -1 || !/^(?:[ \t]*(?:#[^\n]*)?\n)*$/.test(text.slice(0, first))) return undefined;
  return first;
}

/** A one-line flow list of plain words, `[a, b c, d]`: nothing quoted, nested or commented. */
const SIMPLE_FLOW_LIST = /^\[[^\n[\]{}"'#]*\]/;

/**
 * Where the `yaml` package would place item `index` of a top-level list
 * written on one line as plain words (`related: [a, b]`): at the item's first
 * character, checked against the parsed value. Undefined otherwise.
 */
export function flowItemOffset(text: string, data: unknown, keys: TopLevelKeys, key: string, index: number): number | undefined {
  const start = topLevelOffset(text, data, keys, key);
  const list = (data as Record<string, unknown>)[key];
  if (start === undefined || !Array.isArray(list) || text[start] !== "[") return undefined;
  const flow = SIMPLE_FLOW_LIST.exec(text.slice(start, text.indexOf("\n", start) >>> 0))?.[0];
  if (flow === undefined) return undefined;
  const items = flow.slice(1, -1).split(",");
  if (items.at(-1)?.trim() === "") items.pop();
  if (items.length !== list.length || index >= items.length) return undefined;
  let offset = start + 1;
  for (let i = 0; i < index; i++) offset += items[i].length + 1;
  const item = items[index];
  const lead = item.length - item.trimStart().length;
  return String(list[index]) === item.trim() ? offset + lead : undefined;
}
