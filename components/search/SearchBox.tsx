/** @jsxImportSource preact */
/**
 * The header's search box: a plain GET form to /search, with no JavaScript of
 * its own, so it costs every page nothing. The search page reads ?q= and runs
 * the search there; without JavaScript that page says so and points to the
 * careers index.
 */
import { routes } from "@/lib/site";

export function SearchBox() {
  return (
    <form
      role="search"
      aria-label="Site search"
      action={routes.search()}
      method="get"
      className="site-search"
    >
      <label htmlFor="site-search" className="sr-only">
        Search careers and guides
      </label>
      <input id="site-search" name="q" type="search" placeholder="Careers, skills…" />
      <button type="submit">Search</button>
    </form>
  );
}
