/** @jsxImportSource preact */
import { GuideFactsMarkup } from "@/components/guide/GuideFacts";
import { sourceStanding } from "@/lib/compare/standing";
import { getCareer, type Guide } from "@/lib/content";
import { routes } from "@/lib/site";
import { staticBlock } from "../static-block";

/** A source's guides as cards: the guide's key facts and how its median stands against the other sources. */
function SourceGuideListMarkup({ guides, sourceId }: { guides: Guide[]; sourceId: string }) {
  return (
    <ul className="grid gap-5 lg:grid-cols-2">
      {guides.map((guide) => (
        <li key={guide.careerSlug} className="border border-line p-5">
          <h3 className="mb-1 text-xl font-bold">
            <a href={routes.guide(guide.careerSlug, sourceId)}>{guide.careerTitle}</a>
          </h3>
          <p className="mb-3 text-sm text-muted">“{guide.provenance.title}”</p>
          <GuideFactsMarkup guide={guide} compact />
          <StandingNote careerSlug={guide.careerSlug} sourceId={sourceId} />
        </li>
      ))}
    </ul>
  );
}

/** How this source's median stands against the median of all sources for the career. */
function StandingNote({ careerSlug, sourceId }: { careerSlug: string; sourceId: string }) {
  const career = getCareer(careerSlug);
  if (!career) return null;
  const standing = sourceStanding(career, sourceId);
  return (
    <p className="mt-3 border-t border-line pt-3 text-sm" data-testid="standing">
      <span className="font-semibold">Against other sources:</span> {standing.text}{" "}
      <a href={`${routes.career(careerSlug)}#salary`}>See the comparison</a>
    </p>
  );
}

export const SourceGuideList = staticBlock(SourceGuideListMarkup);
