import { routes } from "@/lib/site";

export type RelatedCareersProps = {
  careerTitle: string;
  pairs: { slug: string; other: { title: string } }[];
  related: { title: string; slug?: string }[];
};

/** Where to go next: side-by-side comparisons, then related careers (linked when we cover them). */
export function RelatedCareers({ careerTitle, pairs, related }: RelatedCareersProps) {
  return (
    <>
      {pairs.length > 0 && (
        <ul className="mb-3 list-disc space-y-1 pl-6">
          {pairs.map((p) => (
            <li key={p.slug}>
              <a href={routes.compare(p.slug)}>
                Compare {careerTitle} with {p.other.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {related.length > 0 && (
        <>
          <h3 className="mb-1 text-lg font-bold">Related careers</h3>
          <ul className="list-disc space-y-1 pl-6">
            {related.map((r) => (
              <li key={r.title}>{r.slug ? <a href={routes.career(r.slug)}>{r.title}</a> : r.title}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
