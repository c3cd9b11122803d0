import { h, type FunctionComponent } from "preact";
import { renderToString } from "preact-render-to-string";
import type { ReactElement } from "react";
import { asciiHtml } from "@/lib/ascii-html";

/**
 * A static block: a chart, a table or a list that becomes HTML once, at build
 * time, and never changes in the browser. Each is written as a Preact function
 * component (its file opens with the jsxImportSource pragma for Preact, so its JSX is type
 * checked against Preact's HTML and SVG types), rendered to one string by
 * Preact's string renderer, which escapes every text and attribute, written in
 * ASCII (lib/ascii-html.ts) and placed by React in a plain <div>.
 *
 * Why not React elements: `next build` builds, serialises and reads back each
 * React element of every page, about 35 µs an element; a career hub has about
 * 960 of them and 1,000 careers make 8,900 pages. As one string the same
 * markup costs a few µs an element (BENCHMARKS.md, "Static blocks").
 *
 * A block takes data, never React children: Preact cannot render a React
 * element. Interactive parts stay React client components.
 */
export function staticBlock<P extends object>(
  Block: FunctionComponent<P>,
): (props: P) => ReactElement | null {
  function StaticBlock(props: P) {
    const html = asciiHtml(renderToString(h(Block, props)));
    // A block that renders nothing (a chart without data, a pager of one page) places nothing, not an empty <div>.
    return html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : null;
  }
  StaticBlock.displayName = Block.displayName ?? Block.name;
  return StaticBlock;
}

/**
 * The HTML of a block that takes no data and is the same on every page (the
 * site's header and footer), rendered once per process. The layout places it
 * inside the element it belongs to, so the page has no wrapper.
 */
export function sameOnEveryPage(Block: FunctionComponent): () => string {
  let html: string | undefined;
  return () => (html ??= asciiHtml(renderToString(h(Block, {}))));
}
