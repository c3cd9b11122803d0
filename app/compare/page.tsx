import type { Metadata } from "next";
import { CompareIndexView } from "@/components/paging/CompareIndexView";
import { getSite } from "@/lib/content";
import { compareIndexLinks, compareIndexPage } from "@/lib/compare/index-page";
import { pageMetadata } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { itemListJsonLd } from "@/lib/structured-data";

export const metadata: Metadata = pageMetadata({
  title: "Compare two careers",
  description:
    "Pick two careers to compare their salaries, career ladders, skills and certifications side by side.",
  path: routes.compareIndex(),
});

/** Picking two careers is a list of plain links: it works without JavaScript. */
export default function ComparePage() {
  const data = compareIndexPage(getSite().careers, 1);
  const jsonLd = itemListJsonLd("Compare", routes.compareIndex(), compareIndexLinks(data.groups));
  return <CompareIndexView {...data} page={1} jsonLd={jsonLd} />;
}
