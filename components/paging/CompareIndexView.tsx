import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import type { CompareIndexEntry } from "@/lib/compare/pair";
import type { Career } from "@/lib/content";
import { COMPARE_PAGE_SIZE, pagePath, type LetterGroup } from "@/lib/paging";
import { routes } from "@/lib/site";
import type { JsonLdBlock } from "@/lib/structured-data";
import { Pagination } from "./Pagination";

type Props = {
  groups: LetterGroup<CompareIndexEntry<Career>>[];
  letters: { letter: string; page: number }[];
  page: number;
  pages: number;
  total: number;
  jsonLd: JsonLdBlock[];
};

/**
 * /compare and its later pages: careers A to Z in letter groups, each with its
 * pairs while the site is small, else a link to its hub's comparisons. Plain
 * links: it works without JavaScript. The letter index links across pages.
 */
export function CompareIndexView({ groups, letters, page, pages, total, jsonLd }: Props) {
  const letterHref = (letter: string, on: number) =>
    `${on === page ? "" : pagePath(routes.compareIndex(), on)}#letter-${letter}`;
  return (
    <>
      <JsonLd data={jsonLd} />
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Compare" }]} />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Compare two careers</h1>
      <p className="mb-6 max-w-2xl text-lg">
        Choose a career, then the one to compare it with. Each comparison puts salaries, career ladders,
        skills and certifications side by side.
      </p>
      {letters.length > 1 && (
        <nav aria-label="Careers by letter" className="mb-6">
          <ul className="flex flex-wrap gap-3">
            {letters.map(({ letter, page: on }) => (
              <li key={letter}>
                <a href={letterHref(letter, on)}>{letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mb-6">
          <h2 id={`letter-${letter}`} className="mb-2 text-xl font-bold">
            {letter}
          </h2>
          <ul className="space-y-3">
            {group.map((entry) => (
              <CompareEntry key={entry.career.slug} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
      <Pagination
        label="Pages of careers to compare"
        page={page}
        pages={pages}
        href={(n) => pagePath(routes.compareIndex(), n)}
        total={total}
        size={COMPARE_PAGE_SIZE}
        noun="Careers"
      />
    </>
  );
}

function CompareEntry({ entry: { career, pairs } }: { entry: CompareIndexEntry<Career> }) {
  if (pairs === undefined)
    return (
      <li>
        <a href={`${routes.career(career.slug)}#related`}>{career.title}</a>
      </li>
    );
  return (
    <li>
      <h3 className="font-bold">{career.title}</h3>
      {pairs.length > 0 ? (
        <ul className="list-disc pl-6">
          {pairs.map((p) => (
            <li key={p.slug}>
              <a href={routes.compare(p.slug)}>
                {career.title} vs {p.other.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">No other career to compare with yet.</p>
      )}
    </li>
  );
}
