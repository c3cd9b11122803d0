/**
 * What a guide page shows and in what order: the structured sections the
 * source has, then its narrative sections. Facts first — readers come for them.
 */
import type { Guide } from "./content/model";
import { formatMoney } from "./format";
import { slugify } from "./vocabulary/slug";

export type GuideSection =
  | {
      id: string;
      title: string;
      kind: "salary-by-level" | "salary-by-region" | "tiers" | "skills" | "tools" | "certifications";
    }
  | { id: string; title: string; kind: "education" | "day" | "work-life" | "pros-cons" | "faqs" | "related" }
  | { id: string; title: string; kind: "body"; markdown: string; lead: string; rest?: string };

/**
 * Sections whose facts the career's hub also shows, from every source side by side. Site search
 * (Pagefind) indexes them there, once per career, and not on each guide: a skill four sources
 * name is one result (the hub, which says who names it) rather than the hub and four guides, and
 * at 1,000 careers Pagefind builds the index about a fifth faster and in a fifth less memory
 * (BENCHMARKS.md). A guide's own words (its Markdown, education, pros and cons, day in the
 * life) stay indexed on the guide.
 */
const ON_THE_HUB: ReadonlySet<GuideSection["kind"]> = new Set([
  "salary-by-level",
  "tiers",
  "skills",
  "tools",
  "certifications",
  "faqs",
]);

/** Whether site search indexes this section on the guide page (see ON_THE_HUB). */
export function searchedOnGuide(section: GuideSection): boolean {
  return !ON_THE_HUB.has(section.kind);
}

/**
 * The page's long Markdown texts, which cost remark milliseconds each: its
 * narrative sections (lead and rest) and its day in the life. The page has
 * them rendered ahead on the Markdown thread (lib/markdown-thread.ts).
 */
export function guideProse(guide: Guide, sections: readonly GuideSection[]): string[] {
  const texts = sections.flatMap((s) => (s.kind === "body" ? [s.lead, s.rest ?? ""] : []));
  return [...texts, guide.dayInTheLife ?? ""].filter(Boolean);
}

const sectionsOf = new WeakMap<Guide, readonly GuideSection[]>();

/**
 * A guide's sections, worked out once per guide: its page asks for them, and
 * so does the Markdown read-ahead of the pages before it (for their texts).
 */
export function guideSections(guide: Guide): readonly GuideSection[] {
  let sections = sectionsOf.get(guide);
  if (!sections) {
    sections = sectionsFor(guide);
    sectionsOf.set(guide, sections);
  }
  return sections;
}

function sectionsFor(guide: Guide): GuideSection[] {
  const s = guide.salary;
  const structured: (GuideSection | false)[] = [
    !!s?.byLevel.length && { id: "salary-by-level", title: "Salary by experience", kind: "salary-by-level" },
    !!s?.byRegion.length && {
      id: "salary-by-region",
      title: "Salary around the world",
      kind: "salary-by-region",
    },
    guide.tiers.length > 0 && { id: "career-path", title: "Career path", kind: "tiers" },
    guide.skills.technical.length + guide.skills.soft.length > 0 && {
      id: "skills",
      title: "Skills",
      kind: "skills",
    },
    guide.tools.length > 0 && { id: "tools", title: "Tools and tech stack", kind: "tools" },
    guide.certifications.length > 0 && {
      id: "certifications",
      title: "Certifications",
      kind: "certifications",
    },
    !!(guide.education?.typical || guide.education?.paths.length) && {
      id: "education",
      title: "Education and ways in",
      kind: "education",
    },
    !!guide.dayInTheLife && { id: "day-in-the-life", title: "A day in the life", kind: "day" },
    !!guide.workLife && { id: "work-life-balance", title: "Work-life balance", kind: "work-life" },
    guide.pros.length + guide.cons.length > 0 && {
      id: "pros-and-cons",
      title: "Pros and cons",
      kind: "pros-cons",
    },
  ];
  const closing: (GuideSection | false)[] = [
    guide.faqs.length > 0 && { id: "faqs", title: "Frequently asked questions", kind: "faqs" },
    guide.related.length > 0 && { id: "related-careers", title: "Related careers", kind: "related" },
  ];
  const sections = [...structured, ...bodySections(guide.body), ...closing].filter(
    (x): x is GuideSection => x !== false,
  );
  return uniqueIds(sections);
}

/** Splits narrative Markdown at its `##` headings; text before the first heading is the overview. */
export function bodySections(markdown: string): GuideSection[] {
  const sections: GuideSection[] = [];
  let title = "Overview";
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join("\n").trim();
    if (text)
      sections.push({
        id: slugify(title) || "section",
        title,
        kind: "body",
        markdown: text,
        ...splitLead(text),
      });
  };
  for (const line of markdown.split("\n")) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      title = heading[1];
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return uniqueIds(sections);
}

/** Narrative past this many words after its first paragraph is folded under "Read more". */
const FOLD_AFTER_WORDS = 30;
const LEAD_MIN_WORDS = 20;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A narrative section's first paragraph (its lead, always shown) and the
 * rest, folded into a disclosure when long, so a long guide stays a few
 * screens per section on a phone. Nothing is dropped: the rest prints open.
 */
export function splitLead(markdown: string): { lead: string; rest?: string } {
  const blocks = markdown.trim().split(/\n\s*\n/);
  // The lead is at least a sentence or two: a sub-heading or a one-line block takes the next block with it.
  let take = 1;
  while (take < blocks.length && wordCount(blocks.slice(0, take).join(" ")) < LEAD_MIN_WORDS) take++;
  const rest = blocks.slice(take).join("\n\n").trim();
  if (!rest || wordCount(rest) <= FOLD_AFTER_WORDS) return { lead: markdown.trim() };
  return { lead: blocks.slice(0, take).join("\n\n"), rest };
}

/** Suffixes repeated ids -2, -3, …, skipping any suffix another section already has. */
function uniqueIds(sections: GuideSection[]): GuideSection[] {
  const taken = new Set(sections.map((s) => s.id));
  const used = new Set<string>();
  return sections.map((s) => {
    let id = s.id;
    for (let n = 2; used.has(id) || (id !== s.id && taken.has(id)); n++) id = `${s.id}-${n}`;
    used.add(id);
    return id === s.id ? s : { ...s, id };
  });
}

/** A meta description built from the guide's own figures, under ~160 characters where possible. */
export function guideDescription(guide: Guide): string {
  const parts = [`What ${guide.source.name} says about becoming a ${guide.careerTitle.toLowerCase()}`];
  const figures: string[] = [];
  if (guide.salary?.median !== undefined)
    figures.push(`median salary ${formatMoney(guide.salary.median, guide.salary.currency)}`);
  if (guide.outlook?.growthPercent !== undefined) figures.push(`${guide.outlook.growthPercent}% growth`);
  if (guide.tiers.length) figures.push(`${guide.tiers.length} career tiers`);
  if (guide.skills.technical.length) figures.push("skills");
  if (guide.certifications.length) figures.push("certifications");
  return `${parts[0]}: ${figures.join(", ") || "skills, tools and career path"}, with the source credited.`;
}
