import { CompareIndexView } from "@/components/paging/CompareIndexView";
import { getSite } from "@/lib/content";
import { compareIndexLinks, compareIndexPage } from "@/lib/compare/index-page";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { itemListJsonLd } from "@/lib/structured-data";

const HEAD: PageInput = {
  title: "Compare two careers",
  description:
    "Pick two careers to compare their salaries, career ladders, skills and certifications side by side.",
  path: routes.compareIndex(),
};

/** Picking two careers is a list of plain links: it works without JavaScript. */
function ComparePage() {
  const data = compareIndexPage(getSite().careers, 1);
  const jsonLd = itemListJsonLd("Compare", routes.compareIndex(), compareIndexLinks(data.groups));
  return <CompareIndexView {...data} page={1} jsonLd={jsonLd} />;
}

export default withPageHead(() => HEAD, ComparePage);
