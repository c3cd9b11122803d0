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
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-5">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-semibold text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
      </div>
    </header>
  );
}
