import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SearchPanel } from "@/components/search/SearchPanel";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";

const HEAD: PageInput = {
  title: "Search careers and guides",
  description:
    "Search every career and guide on Careerscope by job title, alternative title, skill, tool, certification or career stage.",
  path: routes.search(),
};

function SearchPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Search" }]} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Search</h1>
      <noscript>
        <p className="mb-4 border-l-4 border-warn bg-wash p-4">
          Search needs JavaScript. Every career is listed in the <a href={routes.careers()}>careers index</a>,
          which sorts by pay, growth, education and sources without it.
        </p>
      </noscript>
      <SearchPanel />
    </>
  );
}

export default withPageHead(() => HEAD, SearchPage);
