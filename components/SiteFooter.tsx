import Link from "next/link";
import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-wash">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2">
        <p>
          {SITE_NAME} puts what several publishers say about a career side by side. Every figure is credited
          to its source; we never estimate one a source does not give.
        </p>
        <ul className="flex flex-wrap gap-x-5 gap-y-2 sm:justify-end">
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
