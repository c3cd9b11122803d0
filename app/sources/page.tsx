import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { Prose } from "@/components/Prose";
import { getSite, guidesBySource } from "@/lib/content";
import { plural } from "@/lib/format";
import { figureKindLabel } from "@/lib/labels";
import { withPageHead } from "@/components/PageHead";
import type { PageInput } from "@/lib/seo/metadata";
import { routes } from "@/lib/site";
import { itemListJsonLd } from "@/lib/structured-data";

const HEAD: PageInput = {
  title: "Our sources",
  description:
    "The publishers whose career guides Careerscope draws on, what kind of figures each gives, and how to read them.",
  path: routes.sources(),
};

function SourcesPage() {
  const sources = getSite().sources;
  return (
    <>
      <JsonLd
        data={itemListJsonLd(
          "Sources",
          routes.sources(),
          sources.map((s) => ({ name: s.name, path: routes.source(s.id) })),
        )}
      />
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Sources" }]} />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Our sources</h1>
      <p className="mb-8 max-w-2xl text-lg">
        Every figure on Careerscope comes from one of these publishers. They measure different things, so we
        say what each one publishes and where its numbers need care.
      </p>
      <ul className="space-y-6">
        {sources.map((source) => (
          <li key={source.id} className="border-l-4 border-brand pl-4">
            <h2 className="text-xl font-bold">
              <a href={routes.source(source.id)}>{source.name}</a>
            </h2>
            <Prose markdown={source.description} className="mb-1" />
            <p className="text-sm text-muted">
              Publishes {source.figures.map(figureKindLabel).join(" and ")} ·{" "}
              {plural(guidesBySource(source.id).length, "guide")} here
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export default withPageHead(() => HEAD, SourcesPage);
