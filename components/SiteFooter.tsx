/** @jsxImportSource preact */
import { SITE_NAME } from "@/lib/site";

/** Inside the site's <footer> on every page (app/layout.tsx places it as one HTML string). */
export function SiteFooterContent() {
  return (
    <div>
      <p>
        {SITE_NAME} puts what several publishers say about a career side by side. Every figure is credited to
        its source; we never estimate one a source does not give.
      </p>
      <ul>
        <li>
          <a href="/careers">All careers</a>
        </li>
        <li>
          <a href="/compare">Compare careers</a>
        </li>
        <li>
          <a href="/sources">Our sources</a>
        </li>
        <li>
          <a href="/api/careers.json">Data API (JSON)</a>
        </li>
      </ul>
    </div>
  );
}
