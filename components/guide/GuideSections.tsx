/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import type { Guide } from "@/lib/content";
import { searchedOnGuide, type GuideSection } from "@/lib/guide-page";
import { PageSectionHtml } from "../PageSectionHtml";
import { ProseHtml } from "../ProseHtml";
import { staticBlock } from "../static-block";
import { CertificationList } from "./CertificationList";
import { FaqList } from "./FaqList";
import { SalaryByLevel, SalaryByRegion } from "./SalaryTables";
import { Education, GuideText, ProsAndCons, RelatedList, WorkLife } from "./SectionBodies";
import { SkillList } from "./SkillList";
import { TierList } from "./TierList";

/**
 * What one section of a guide holds, in a <div> (where each body sat when it
 * was a static block of its own, so the page's markup is unchanged).
 */
function SectionBody({ guide, section }: { guide: Guide; section: GuideSection }): ComponentChildren {
  const currency = guide.salary?.currency ?? "USD";
  switch (section.kind) {
    case "salary-by-level":
      return (
        guide.salary && (
          <div>
            <SalaryByLevel salary={guide.salary} />
          </div>
        )
      );
    case "salary-by-region":
      return (
        guide.salary && (
          <div>
            <SalaryByRegion salary={guide.salary} />
          </div>
        )
      );
    case "tiers":
      return (
        <div>
          <TierList tiers={guide.tiers} currency={currency} />
        </div>
      );
    case "skills":
      return (
        <>
          {guide.skills.technical.length > 0 && (
            <>
              <h3 className="mb-2 text-lg font-bold">Technical skills</h3>
              <div>
                <SkillList mentions={guide.skills.technical} />
              </div>
            </>
          )}
          {guide.skills.soft.length > 0 && (
            <>
              <h3 className="mb-2 mt-6 text-lg font-bold">Soft skills</h3>
              <div>
                <SkillList mentions={guide.skills.soft} />
              </div>
            </>
          )}
        </>
      );
    case "tools":
      return (
        <div>
          <SkillList mentions={guide.tools} />
        </div>
      );
    case "certifications":
      return (
        <div>
          <CertificationList certifications={guide.certifications} />
        </div>
      );
    case "education":
      return (
        guide.education && (
          <div>
            <Education education={guide.education} />
          </div>
        )
      );
    case "day":
      return guide.dayInTheLife && <ProseHtml markdown={guide.dayInTheLife} />;
    case "work-life":
      return (
        guide.workLife && (
          <div>
            <WorkLife workLife={guide.workLife} />
          </div>
        )
      );
    case "pros-cons":
      return (
        <div>
          <ProsAndCons pros={guide.pros} cons={guide.cons} />
        </div>
      );
    case "faqs":
      return (
        <div>
          <FaqList faqs={guide.faqs} />
        </div>
      );
    case "related":
      return (
        <div>
          <RelatedList related={guide.related} />
        </div>
      );
    case "body":
      return (
        <div>
          <GuideText title={section.title} lead={section.lead} rest={section.rest} />
        </div>
      );
  }
}

/** A guide's sections in the page's order (lib/guide-page.ts), each under its heading. */
function GuideSectionList({ guide, sections }: { guide: Guide; sections: GuideSection[] }) {
  return (
    <>
      {sections.map((s) => (
        <PageSectionHtml key={s.id} id={s.id} title={s.title} searchable={searchedOnGuide(s)}>
          <SectionBody guide={guide} section={s} />
        </PageSectionHtml>
      ))}
    </>
  );
}

/**
 * One static block for all of them: as React elements, each section's
 * wrapper, link and heading cost every guide about 50 elements (BENCHMARKS.md).
 */
export const GuideSections = staticBlock(GuideSectionList);
