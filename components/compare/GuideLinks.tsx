/** @jsxImportSource preact */
import type { Career } from "@/lib/content";
import { possessive } from "@/lib/format";
import { routes } from "@/lib/site";
import { staticBlock } from "../static-block";

/** A link to each source's guide to the career, with the year its figures are for. */
function GuideLinksMarkup({ career }: { career: Career }) {
  return (
    <ul className="list-disc space-y-1 pl-6" data-testid="source-guides">
      {career.guides.map((guide) => (
        <li key={guide.source.id}>
          <a href={routes.guide(career.slug, guide.source.id)}>
            Read {possessive(guide.source.name)} {career.title.toLowerCase()} guide
          </a>{" "}
          <span className="text-sm text-muted">
            {guide.provenance.figuresYear ? `figures for ${guide.provenance.figuresYear}` : "figures undated"}
          </span>
        </li>
      ))}
    </ul>
  );
}

export const GuideLinks = staticBlock(GuideLinksMarkup);
