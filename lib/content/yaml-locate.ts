/**
 * Where a field stands in a YAML file, from the `yaml` package's syntax tree
 * (its nodes keep their offsets): the value's start, or its key's for a block
 * list or mapping, or the nearest ancestor that exists.
 */
import { isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Pair, type YAMLMap } from "yaml";
import type { Locator } from "./parse";

/** A locator over a parsed document; `lineOffset` is added to every line. */
export function documentLocator(doc: Document, lineCounter: LineCounter, lineOffset: number): Locator {
  return (path) => {
    const offset = findOffset(doc, path);
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
}

/**
 * A locator that parses `text` with the `yaml` package the first time it is
 * asked: most files have nothing to report, and the parse that keeps
 * positions is several times slower than the one that gave the data.
 */
export function lazyLocator(text: string, lineOffset: number): Locator {
  let locator: Locator | undefined;
  return (path) => {
    if (!locator) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
      locator = documentLocator(doc, lineCounter, lineOffset);
    }
    return locator(path);
  };
}

/** Offset of the node at `path`, or of the closest ancestor that exists. */
function findOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = pairFor(node, key);
      if (!pair) return offset;
      // Point at the value when it has a position, else at the key. A block
      // mapping or list starts on the line below its key: point at the key.
      const onKey = isCollection(pair.value) && !pair.value.flow;
      offset = (onKey ? undefined : rangeStart(pair.value)) ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) return offset;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

/**
 * The pair of a mapping with the given key, through an index built once per
 * mapping: a file with thousands of unknown keys is located in linear time,
 * not quadratic (50,000 keys took over a minute).
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairFor(map: YAMLMap, key: PropertyKey): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (!index.has(name)) index.set(name, pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(String(key));
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined;
}
