/**
 * scripts/strip-runtime.mjs: after `next build`, pages that render none of our
 * client components lose Next's runtime and payload; interactive pages keep them.
 * The HTML here is shaped as Next 16 writes it (see out/ after a build).
 */
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  isStatic,
  ownClientModuleIds,
  pageClientModuleIds,
  stripRuntime,
  stripStaticPages,
} from "../../scripts/strip-runtime.mjs";

/** The payload as Next inlines it: JSON string chunks pushed onto self.__next_f. */
function payloadScripts(rows: string[]): string {
  const text = rows.join("\n") + "\n";
  const cut = Math.floor(text.length / 2); // rows straddle chunks in real pages
  return [text.slice(0, cut), text.slice(cut)]
    .map((chunk) => `<script>self.__next_f.push([1,${JSON.stringify(chunk)}])</script>`)
    .join("");
}

function page(body: string, rows: string[]): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
    '<script src="/_next/static/chunks/main.js" async=""></script>' +
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
    `<body><div hidden=""><!--$--><!--/$--></div>${body}` +
    '<script type="application/ld+json">{"@type":"Occupation","name":"Backend Developer"}</script>' +
    '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>' +
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
    payloadScripts(rows) +
    "</body></html>"
  );
}

const NEXT_ROWS = ['3:I[39756,["$2"],"default"]', '4:I[97367,["$2"],"OutletBoundary"]'];
const FINDER_ROW = '1b:I[24719,["$2","$1a"],"CareerFinder"]';
const GUIDE = page("<main><h1>Backend Developer</h1><p>Pay: $<!-- -->120,000</p></main>", NEXT_ROWS);
const FINDER = page("<main><h1>Careers</h1><table></table></main>", [...NEXT_ROWS, FINDER_ROW]);

const MANIFEST = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/careers/page"] = {"clientModules":{
"[project]/node_modules/next/dist/esm/client/components/layout-router.js":{"id":39756,"name":"*","chunks":[]},
"[project]/components/finder/CareerFinder.tsx <module evaluation>":{"id":24719,"name":"*","chunks":[]}}};`;

describe("which client components a page uses", () => {
  it("reads our own modules from Next's client reference manifests, not Next's", () => {
    expect([...ownClientModuleIds([MANIFEST])]).toEqual(["24719"]);
  });

  it("counts a package's client component as interactive, and only Next's own as not", () => {
    const withPackage = MANIFEST.replace(
      "}}};",
      '},\n"[project]/node_modules/some-widget/dist/Picker.js":{"id":555,"name":"*","chunks":[]}}};',
    );
    expect([...ownClientModuleIds([withPackage])].sort()).toEqual(["24719", "555"]);
  });

  it("knows Next's modules when node_modules is linked from outside the project", () => {
    const linked = MANIFEST.replaceAll("[project]/", "[project]/work/site/");
    expect([...ownClientModuleIds([linked])]).toEqual(["24719"]);
  });

  it("reads every client import in the payload, across chunk boundaries", () => {
    expect([...pageClientModuleIds(FINDER)].sort()).toEqual(["24719", "39756", "97367"]);
  });

  it("calls a page static only when it imports none of ours", () => {
    const ours = ownClientModuleIds([MANIFEST]);
    expect(isStatic(GUIDE, ours)).toBe(true);
    expect(isStatic(FINDER, ours)).toBe(false);
  });

  it("keeps the scripts of a page whose markup React finishes with a script", () => {
    const streamed = GUIDE.replace("<main>", '<main><template id="B:0"></template>');
    expect(isStatic(streamed, new Set())).toBe(false);
  });

  it("keeps the scripts of a page whose payload it cannot read", () => {
    const unreadable = GUIDE.replaceAll("self.__next_f.push([1,", "self.__next_f.push([9,");
    expect(isStatic(unreadable, new Set(["24719"]))).toBe(false);
  });

  it("leaves pages that are not Next pages alone", () => {
    expect(isStatic('<meta http-equiv="refresh" content="0;url=/careers"/>', new Set())).toBe(false);
  });
});

describe("stripping the runtime", () => {
  const lean = stripRuntime(GUIDE);

  it("removes every executable script and script preload", () => {
    expect(lean).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(lean).not.toContain('as="script"');
    expect(lean).not.toContain("__next_f");
  });

  it("keeps structured data, the stylesheet and the reader's text", () => {
    expect(lean).toContain('<script type="application/ld+json">{"@type":"Occupation"');
    expect(lean).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"');
    expect(lean).toContain("<h1>Backend Developer</h1><p>Pay: $120,000</p>");
  });

  it("drops React's hydration markers, which only hydration reads", () => {
    expect(lean).not.toMatch(/<!--/);
  });
});

describe("stripping a built site", () => {
  // Each test's site is removed afterwards: every run used to leave two folders behind in /tmp.
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  function site(): { out: string; next: string } {
    const root = mkdtempSync(path.join(tmpdir(), "strip-runtime-"));
    roots.push(root);
    const out = path.join(root, "out");
    const next = path.join(root, ".next", "server", "app");
    mkdirSync(path.join(out, "careers", "backend-developer"), { recursive: true });
    mkdirSync(path.join(out, "careers", "by"), { recursive: true });
    mkdirSync(next, { recursive: true });
    writeFileSync(path.join(next, "page_client-reference-manifest.js"), MANIFEST);
    writeFileSync(path.join(out, "careers", "backend-developer.html"), GUIDE);
    writeFileSync(path.join(out, "careers", "backend-developer.txt"), "payload");
    writeFileSync(path.join(out, "careers", "backend-developer", "__next._full.txt"), "segment");
    writeFileSync(path.join(out, "careers.html"), FINDER);
    writeFileSync(path.join(out, "careers.txt"), "payload");
    writeFileSync(path.join(out, "careers", "__next._tree.txt"), "segment");
    writeFileSync(path.join(out, "robots.txt"), "Sitemap: /sitemap.xml");
    return { out, next };
  }

  it("strips static pages and their payload files, and keeps interactive pages whole", async () => {
    const { out, next } = site();
    const result = await stripStaticPages(out, next);
    expect(result).toMatchObject({ stripped: 1, kept: 1 });
    expect(result.after).toBeLessThan(result.before);
    expect(readFileSync(path.join(out, "careers", "backend-developer.html"), "utf8")).not.toContain(
      "__next_f",
    );
    expect(existsSync(path.join(out, "careers", "backend-developer.txt"))).toBe(false);
    expect(existsSync(path.join(out, "careers", "backend-developer", "__next._full.txt"))).toBe(false);
    expect(readFileSync(path.join(out, "careers.html"), "utf8")).toBe(FINDER);
    expect(existsSync(path.join(out, "careers.txt"))).toBe(true);
    expect(existsSync(path.join(out, "careers", "__next._tree.txt"))).toBe(true);
    expect(existsSync(path.join(out, "robots.txt"))).toBe(true);
  });

  it("refuses to guess when Next's manifests are missing or name none of our components", async () => {
    const { out, next } = site();
    await expect(stripStaticPages(out, path.join(next, "missing"))).rejects.toThrow(
      /no client reference manifests/,
    );
    writeFileSync(
      path.join(next, "page_client-reference-manifest.js"),
      MANIFEST.replace(/\[project\]\/components/, "[project]/node_modules/next/dist/x"),
    );
    await expect(stripStaticPages(out, next)).rejects.toThrow(/name none of our client components/);
    expect(readFileSync(path.join(out, "careers", "backend-developer.html"), "utf8")).toBe(GUIDE);
  });
});
