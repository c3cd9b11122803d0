"use client";
/**
 * The /search page's search: Pagefind's script and index chunks load from
 * /pagefind/ only here, on first use. Each result names its career and
 * source. The query lives in the URL (?q=), so a search can be shared.
 */
import { useEffect, useRef, useState } from "react";

type PagefindResult = {
  url: string;
  excerpt: string;
  meta: { title?: string; career?: string; source?: string };
  filters: { kind?: string[] };
};
type Pagefind = {
  search: (
    query: string,
  ) => Promise<{ results: { id: string; data: () => Promise<PagefindResult> }[] } | null>;
  debouncedSearch: (
    query: string,
  ) => Promise<{ results: { id: string; data: () => Promise<PagefindResult> }[] } | null>;
};

const MAX_RESULTS = 20;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, not a module the bundler should resolve: the index is built after the site.
  const url = "/pagefind/pagefind.js";
  pagefind ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind's excerpts are escaped text with <mark> around matches; keep only those marks. */
function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/g, "");
}

export function SearchPanel() {
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [status, setStatus] = useState("Type a career, skill, tool, certification or job title.");
  const latest = useRef("");

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q") ?? "";
    if (initial && input.current) {
      input.current.value = initial;
      void run(initial);
    }
  }, []);

  async function run(text: string) {
    latest.current = text;
    const trimmed = text.trim();
    window.history.replaceState(null, "", trimmed ? `/search?q=${encodeURIComponent(trimmed)}` : "/search");
    if (!trimmed) {
      setResults([]);
      setStatus("Type a career, skill, tool, certification or job title.");
      return;
    }
    setStatus("Searching…");
    try {
      const search = await (await loadPagefind()).debouncedSearch(trimmed);
      if (search === null || latest.current !== text) return; // a newer query replaced this one
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (latest.current !== text) return;
      setResults(data);
      const total = search.results.length;
      setStatus(
        total === 0
          ? `No results for “${trimmed}”.`
          : `${total} ${total === 1 ? "result" : "results"} for “${trimmed}”${total > MAX_RESULTS ? `, the first ${MAX_RESULTS} shown` : ""}.`,
      );
    } catch {
      setStatus("Search could not load. Browse the careers index instead.");
    }
  }

  return (
    <div>
      <form
        role="search"
        aria-label="Search careers and guides"
        onSubmit={(e) => e.preventDefault()}
        className="mb-4 flex max-w-xl"
      >
        <label htmlFor="search-query" className="sr-only">
          Search terms
        </label>
        <input
          id="search-query"
          type="search"
          ref={input}
          onChange={(e) => void run(e.target.value)}
          autoComplete="off"
          placeholder="e.g. kubernetes, back-end"
          className="min-w-0 flex-1 border-2 border-ink px-3 py-2 text-lg"
        />
      </form>
      <p role="status" className="mb-4 text-muted" data-testid="search-status">
        {status}
      </p>
      {/* A screen tall before any result comes, so results arriving after the first paint push nothing in view (the footer) down. */}
      <ol className="min-h-svh space-y-5 print:min-h-0" data-testid="search-results">
        {results.map((r) => (
          <li key={r.url} className="border-l-4 border-brand pl-4">
            <h2 className="text-lg font-bold">
              <a href={r.url.replace(/\.html$/, "")}>{r.meta.title ?? r.url}</a>
            </h2>
            <p className="text-sm font-semibold text-muted">
              {r.meta.career} · {r.meta.source}
            </p>
            <p className="mt-1" dangerouslySetInnerHTML={{ __html: safeExcerpt(r.excerpt) }} />
          </li>
        ))}
      </ol>
    </div>
  );
}
