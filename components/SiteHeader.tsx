import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { SearchBox } from "./search/SearchBox";

const nav = [
  { href: "/careers", label: "Careers" },
  { href: "/compare", label: "Compare" },
  { href: "/sources", label: "Sources" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div>
        <Link href="/" className="home">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
      </div>
    </header>
  );
}
