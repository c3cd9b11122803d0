"use client";
/**
 * The header's search box. Without JavaScript it is a plain GET form that
 * leads to the careers index; with it, a search goes to /search, where the
 * search code loads. Nothing of Pagefind loads here.
 */
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";

export function SearchBox() {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    router.push(query ? `/search?q=${encodeURIComponent(query)}` : "/search");
  }
  return (
    <form
      role="search"
      aria-label="Site search"
      action="/careers"
      method="get"
      onSubmit={onSubmit}
      className="site-search"
    >
      <label htmlFor="site-search" className="sr-only">
        Search careers and guides
      </label>
      <input id="site-search" name="q" type="search" placeholder="Search careers, skills…" />
      <button type="submit">Search</button>
    </form>
  );
}
