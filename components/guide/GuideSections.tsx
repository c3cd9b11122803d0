/** @jsxImportSource preact */
import { Fragment, type ComponentChildren } from "preact";
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

/** The block one section of a guide holds, but for its skills and its day in the life (SectionBody). */
function sectionBlock(guide: Guide, section: GuideSection): ComponentChildren {
  switch (section.kind) {
    case "salary-by-level":
      return guide.salary && <SalaryByLevel salary={guide.salary} />;
    case "salary-by-region":
      return guide.salary && <SalaryByRegion salary={guide.salary} />;
    case "tiers":
      return <TierList tiers={guide.tiers} currency={guide.salary?.currency ?? "USD"} />;
    case "tools":
      return <SkillList mentions={guide.tools} />;
    case "certifications":
      return <CertificationList certifications={guide.certifications} />;
    case "education":
      return guide.education && <Education education={guide.education} />;
    case "work-life":
      return guide.workLife && <WorkLife workLife={guide.workLife} />;
    case "pros-cons":
      return <ProsAndCons pros={guide.pros} cons={guide.cons} />;
    case "faqs":
      return <FaqList faqs={guide.faqs} />;
    case "related":
      return <RelatedList related={guide.related} />;
    case "body":
      return <GuideText title={section.title} lead={section.lead} rest={section.rest} />;
    case "skills":
    case "day":
      return null;
  }
}

/** Technical, then soft skills, each under its own heading where the source lists any. */
function SkillsBody({ guide }: { guide: Guide }) {
  const groups = [
    { title: "Technical skills", className: "mb-2 text-lg font-bold", mentions: guide.skills.technical },
    { title: "Soft skills", className: "mb-2 mt-6 text-lg font-bold", mentions: guide.skills.soft },
  ];
  return (
    <>
      {groups
        .filter((g) => g.mentions.length > 0)
        .map((g) => (
          <Fragment key={g.title}>
            <h3 className={g.className}>{g.title}</h3>
            <div>
              <SkillList mentions={g.mentions} />
            </div>
          </Fragment>
        ))}
    </>
  );
}

/**
 * What one section of a guide holds. Each block sits in a <div>, where it sat
 * when it was a static block of its own, so the page's markup is unchanged.
 */
function SectionBody({ guide, section }: { guide: Guide; section: GuideSection }): ComponentChildren {
  if (section.kind === "skills") return <SkillsBody guide={guide} />;
  if (section.kind === "day") return guide.dayInTheLife && <ProseHtml markdown={guide.dayInTheLife} />;
  const block = sectionBlock(guide, section);
  return block && <div>{block}</div>;
}

/** A guide's sections in the page's order (lib/guide-page.ts), each under its heading. */
function GuideSectionList({ guide, sections }: { guide: Guide; sections: readonly GuideSection[] }) {
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
