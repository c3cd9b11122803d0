import Link from "next/link";
import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div>
        <p>
          {SITE_NAME} puts what several publishers say about a career side by side. Every figure is credited
          to its source; we never estimate one a source does not give.
        </p>
        <ul>
          <li>
            <Link href="/careers">All careers</Link>
          </li>
          <li>
            <Link href="/compare">Compare careers</Link>
          </li>
          <li>
            <Link href="/sources">Our sources</Link>
          </li>
          <li>
            <a href="/api/careers.json">Data API (JSON)</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
