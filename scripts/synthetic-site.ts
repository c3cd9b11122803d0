/**
 * A synthetic site of any number of careers for `npm run bench`: the project's
 * code and config copied into a temporary folder, with a content/ made of the
 * real guides under new career slugs (career i is a copy of real career
 * i mod n), each career related to its neighbours. Never writes into content/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { splitFrontmatter } from "../lib/content/frontmatter";

const CODE = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "tailwind.config.ts",
  "package.json",
];

/** Copies the code beside a node_modules link to the project's own. */
function copyCode(root: string, dir: string, entries = CODE) {
  mkdirSync(dir, { recursive: true });
  for (const entry of entries) {
    try {
      cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    } catch {
      // public/ may not exist; nothing else is optional.
      if (entry !== "public") throw new Error(`cannot copy ${entry}`);
    }
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  // Turbopack reads only inside its root; node_modules is a link out of the temporary folder.
  const config = readFileSync(path.join(dir, "next.config.ts"), "utf8");
  writeFileSync(
    path.join(dir, "next.config.ts"),
    config.replace(
      "const nextConfig: NextConfig = {",
      'const nextConfig: NextConfig = {\n  turbopack: { root: "/" },',
    ),
  );
}

/**
 * What `npm run build` runs after `next build`, in its order: each is `node scripts/<step> <out>`
 * (tests/unit/post-build-steps.test.ts checks the two lists agree).
 */
export const POST_BUILD_STEPS = [
  "strip-runtime.mjs",
  "search-index.mjs",
  "precompress.mjs",
  "redirect-map.mjs",
  "csp-hashes.mjs",
];

const slugOf = (base: string, i: number) => `${base}-${String(i).padStart(4, "0")}`;

export function writeSyntheticSite(root: string, dir: string, careers: number): { guides: number } {
  copyCode(root, dir);
  const content = path.join(dir, "content");
  cpSync(path.join(root, "content", "sources"), path.join(content, "sources"), { recursive: true });
  cpSync(path.join(root, "content", "taxonomy"), path.join(content, "taxonomy"), { recursive: true });
  const realDir = path.join(root, "content", "careers");
  const real = readdirSync(realDir).sort();
  const slugs = Array.from({ length: careers }, (_, i) => slugOf(real[i % real.length], i));
  let guides = 0;
  slugs.forEach((slug, i) => {
    const from = path.join(realDir, real[i % real.length]);
    const to = path.join(content, "careers", slug);
    mkdirSync(to, { recursive: true });
    for (const file of readdirSync(from)) {
      const text = readFileSync(path.join(from, file), "utf8");
      if (file === "career.yaml") {
        const neighbours = [slugs[i - 1], slugs[i + 1]].filter(Boolean);
        writeFileSync(
          path.join(to, file),
          text
            .replace(/^title: (.*)$/m, `title: $1 ${String(i).padStart(4, "0")}`)
            .replace(/^aliases: .*$/m, "aliases: []")
            .replace(/^related: .*$/m, `related: [${neighbours.join(", ")}]`),
        );
      } else {
        writeFileSync(path.join(to, file), file.endsWith(".md") ? withCopyNumber(text, i) : text);
        guides += 1;
      }
    }
  });
  return { guides };
}

/**
 * A guide's Markdown body with the copy's number written into it, invisibly:
 * on each prose line, the space after the k-th word is doubled where bit k of
 * the number is set. A reader sees the same text (HTML collapses spaces) and
 * remark parses the same structure, but no two copies' bodies are the same
 * text. The site renders each text once per process (lib/markdown.ts), so
 * verbatim copies would have their Markdown rendered once for the whole
 * site, where a real site of distinct guides pays for every one: measured on
 * the Himalayas guide, about 10 ms of remark a body. The frontmatter, code
 * blocks and headings are left as they are; short fields (answers,
 * summaries) stay shared between copies.
 */
export function withCopyNumber(text: string, copy: number): string {
  const { start } = splitFrontmatter(text);
  let fenced = false;
  const body = text
    .slice(start)
    .split("\n")
    .map((line) => {
      const fence = /^\s*(```|~~~)/.test(line);
      if (fence) fenced = !fenced;
      if (fenced || fence || /^\s*#/.test(line)) return line;
      let gap = 0;
      // A space between two word characters: never a line's indent, its end (a hard break) or a list marker.
      return line.replace(/(?<=\w) (?=\w)/g, (space) =>
        gap < 30 && ((copy + 1) >> gap++) & 1 ? "  " : space,
      );
    })
    .join("\n");
  return text.slice(0, start) + body;
}

/** The list of `items` one-line items, as React elements or (`asHtml`) as one HTML string. */
function itemsMarkup(items: number, asHtml: boolean): string {
  if (!items) return "";
  if (asHtml) {
    return '<ul dangerouslySetInnerHTML={{ __html: ITEMS.map((i) => `<li>Item ${i} of page ${n}</li>`).join("") }} />';
  }
  return "<ul>{ITEMS.map((i) => <li key={i}>Item {i} of page {n}</li>)}</ul>";
}

/**
 * A trivial Next app built the same way (same config, same node_modules): one
 * layout, a home page and `pages` static pages of a heading and a paragraph,
 * plus, with `items`, a list of that many one-line items (for the bench's cost
 * of markup on its own), as elements or, with `asHtml`, as one HTML string.
 */
export function writeTrivialSite(root: string, dir: string, pages: number, items = 0, asHtml = false) {
  copyCode(root, dir, ["next.config.ts", "tsconfig.json", "package.json"]);
  const files: Record<string, string> = {
    "layout.tsx": `import type { ReactNode } from "react";
export default function Layout({ children }: { children: ReactNode }) {
  return (<html lang="en"><body><main>{children}</main></body></html>);
}
`,
    "page.tsx": `export default function Home() {
  return (<><h1>Trivial</h1><p>A trivial page.</p></>);
}
`,
    "p/[n]/page.tsx": `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: ${pages} }, (_, n) => ({ n: String(n) }));
}
export default async function Page({ params }: { params: Promise<{ n: string }> }) {
  const { n } = await params;
  return (<><h1>Page {n}</h1><p>A trivial page.</p>${itemsMarkup(items, asHtml)}</>);
}
${
  items
    ? `const ITEMS = Array.from({ length: ${items} }, (_, i) => i);
`
    : ""
}`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, "app", name)), { recursive: true });
    writeFileSync(path.join(dir, "app", name), text);
  }
}
