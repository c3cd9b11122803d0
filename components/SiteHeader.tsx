/** @jsxImportSource preact */
import { SITE_NAME } from "@/lib/site";
import { SearchBox } from "./search/SearchBox";

const nav = [
  { href: "/careers", label: "Careers" },
  { href: "/compare", label: "Compare" },
  { href: "/sources", label: "Sources" },
];

/** Inside the site's <header> on every page (app/layout.tsx places it as one HTML string). */
export function SiteHeaderContent() {
  return (
    <div>
      <a href="/" className="home">
        {SITE_NAME}
      </a>
      <nav aria-label="Main">
        <ul>
          {nav.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox />
    </div>
  );
}
