import { h } from "preact";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sameOnEveryPage, staticBlock } from "@/components/static-block";
import { SiteFooterContent } from "@/components/SiteFooter";
import { SiteHeaderContent } from "@/components/SiteHeader";
import { OverlapLists } from "@/components/compare/OverlapLists";

/** What React writes for a page holding only this block. */
const pageHtml = <P extends object>(Block: (props: P) => unknown, props: P) =>
  renderToStaticMarkup(createElement(Block as (props: P) => React.ReactElement, props));

describe("staticBlock", () => {
  const Note = ({ text, href }: { text: string; href: string }) =>
    h("p", { className: "note" }, h("a", { href }, text), h("small", null, " (", text.length, ")"));
  const NoteBlock = staticBlock(Note);

  it("places the block's markup once, inside one plain div", () => {
    expect(pageHtml(NoteBlock, { text: "Pay", href: "/pay" })).toBe(
      '<div><p class="note"><a href="/pay">Pay</a><small> (3)</small></p></div>',
    );
  });

  it("places nothing for a block that renders nothing", () => {
    const Empty = staticBlock((_: { show: boolean }) => null);
    expect(pageHtml(Empty, { show: false })).toBe("");
  });

  it("escapes text and attribute values: no content becomes markup", () => {
    const html = pageHtml(NoteBlock, {
      text: '<img src=x onerror="alert(1)">&amp;',
      href: '"><script>alert(1)</script>',
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;img src=x onerror=");
    expect(html).toContain("&amp;amp;");
    expect(html).toContain('href="&quot;>&lt;script>');
  });

  it("renders a real block: the compare page's overlap lists, names escaped", () => {
    const entry = (name: string) => ({ id: name.toLowerCase(), name });
    const html = pageHtml(OverlapLists, {
      overlap: { both: [entry("SQL"), entry("<b>Go</b>")], onlyA: [entry("Rust")], onlyB: [] },
      titleA: "Backend Developer",
      titleB: "Data Engineer",
      sources: { a: 3, b: 2 },
      noun: "skill",
      testId: "skills-overlap",
    });
    expect(html.startsWith('<div><div data-testid="skills-overlap">')).toBe(true);
    expect(html).toContain('data-testid="overlap-caveat"');
    expect(html).toContain("SQL, &lt;b>Go&lt;/b>");
    expect(html).toContain("Only Data Engineer");
    expect(html).toMatch(/<p class="text-sm text-muted">None<\/p>/);
  });
});

describe("sameOnEveryPage", () => {
  it("renders its block once, however many pages ask", () => {
    let renders = 0;
    const Banner = () => {
      renders++;
      return h("p", null, "Same <everywhere>");
    };
    const banner = sameOnEveryPage(Banner);
    expect(banner()).toBe("<p>Same &lt;everywhere></p>");
    expect(banner()).toBe("<p>Same &lt;everywhere></p>");
    expect(renders).toBe(1);
  });

  it("gives the header its home link, main navigation and labelled search box, and the footer its links", () => {
    const header = sameOnEveryPage(SiteHeaderContent)();
    expect(header).toMatch(/^<div><a href="\/" class="home">Careerscope<\/a><nav aria-label="Main">/);
    expect(header).toContain('<label for="site-search" class="sr-only">');
    expect(header).toContain('<input id="site-search" name="q" type="search"');
    const footer = sameOnEveryPage(SiteFooterContent)();
    for (const href of ["/careers", "/compare", "/sources", "/api/careers.json"])
      expect(footer).toContain(`href="${href}"`);
  });
});
