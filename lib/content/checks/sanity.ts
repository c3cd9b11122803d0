/**
 * Sanity checks: values each valid on its own that cannot all be true —
 * figures dated in the future, a guide updated before it was added, the same
 * question or skill twice, a career no guide describes, a currency code ISO
 * 4217 does not have, pay implausible for its period.
 */
import { nameKey } from "../../vocabulary/names";
import type { ContentIssue } from "../issues";
import type { ParsedFile } from "../parse";
import type { GuideFile, SkillRef } from "../schema";
import { warn, type Check, type Path } from "./shared";

export const sanityChecks: Check = (input, { now }) => [
  ...input.guides.flatMap(({ parsed, value }) => [
    ...datesInOrder(parsed, value, now),
    ...duplicateQuestions(parsed, value),
    ...duplicateSkills(parsed, value),
    ...currencies(parsed, value),
    ...plausiblePay(parsed, value),
  ]),
  ...careersWithoutGuides(input),
];

function datesInOrder(parsed: ParsedFile, guide: GuideFile, now: Date): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { figuresYear, added, updated } = guide.provenance;
  if (figuresYear !== undefined && figuresYear > now.getUTCFullYear()) {
    issues.push(
      warn(
        parsed,
        ["provenance", "figuresYear"],
        "figures-future",
        `Figures are dated ${figuresYear}, after the current year ${now.getUTCFullYear()}`,
        "figuresYear is the year the source's figures refer to; a projection's end year goes in outlook.projectionTo",
      ),
    );
  }
  // ISO dates (YYYY-MM-DD) sort as text.
  if (updated !== undefined && updated < added) {
    issues.push(
      warn(
        parsed,
        ["provenance", "updated"],
        "dates-order",
        `updated (${updated}) is before added (${added})`,
        "a guide is updated after it is added: check both dates",
      ),
    );
  }
  return issues;
}

function duplicateQuestions(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  const seen = new Map<string, number>();
  return guide.faqs.flatMap((faq, i) => {
    const key = nameKey(faq.question).replace(/[?.!\s]+$/, "");
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return [];
    }
    return [
      warn(
        parsed,
        ["faqs", i, "question"],
        "faq-duplicate",
        `The question "${faq.question}" is already asked at faqs[${first}]`,
        "merge the two answers into one",
      ),
    ];
  });
}

function duplicateSkills(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  const lists: [Path, readonly SkillRef[]][] = [
    [["skills", "technical"], guide.skills.technical],
    [["skills", "soft"], guide.skills.soft],
    [["tools"], guide.tools],
  ];
  return lists.flatMap(([path, refs]) => {
    const seen = new Map<string, string>();
    return refs.flatMap((ref, i) => {
      const label = typeof ref === "string" ? ref : ref.label;
      const key = nameKey(label);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, label);
        return [];
      }
      const field: Path = typeof ref === "string" ? [...path, i] : [...path, i, "label"];
      return [
        warn(parsed, field, "skill-duplicate", `"${label}" is listed twice (first as "${first}")`, "keep one of the two"),
      ];
    });
  });
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

function currencies(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  const { salary } = guide;
  if (!salary) return [];
  const fields: [Path, string][] = [
    [["salary", "currency"], salary.currency],
    ...salary.byRegion.map((r, i): [Path, string] => [["salary", "byRegion", i, "currency"], r.currency]),
  ];
  return fields.flatMap(([path, code]) =>
    CURRENCIES.has(code)
      ? []
      : [
          warn(
            parsed,
            path,
            "currency-unknown",
            `"${code}" is not an ISO 4217 currency code`,
            "use the code ISO 4217 gives the currency, e.g. USD, EUR, GBP, INR",
          ),
        ],
  );
}

/**
 * Plausible pay per period, for currencies worth about a US dollar, where one
 * scale fits: an annual salary of 90 or an hourly rate of 90,000 is a figure
 * written for another period. Other currencies vary too widely to judge.
 */
const DOLLAR_LIKE = new Set(["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"]);
const PLAUSIBLE: Record<"year" | "month" | "hour", [number, number]> = {
  year: [1_000, 2_000_000],
  month: [100, 200_000],
  hour: [1, 2_000],
};

function plausiblePay(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  const { salary } = guide;
  if (!salary) return [];
  const period = salary.period;
  const figures = (base: Path, values: Record<string, unknown>): [Path, number][] =>
    ["min", "median", "average", "max", "topDecile"].flatMap((name): [Path, number][] => {
      const v = values[name];
      return typeof v === "number" ? [[[...base, name], v]] : [];
    });
  const inGuideCurrency: [Path, number][] = [
    ...figures(["salary"], salary),
    ...salary.byLevel.flatMap((level, i) => figures(["salary", "byLevel", i], level)),
    ...guide.tiers.flatMap((tier, i) => (tier.salary ? figures(["tiers", i, "salary"], tier.salary) : [])),
  ];
  const checked: [Path, number, string][] = [
    ...inGuideCurrency.map(([p, v]): [Path, number, string] => [p, v, salary.currency]),
    ...salary.byRegion.flatMap((r, i) => figures(["salary", "byRegion", i], r).map(([p, v]): [Path, number, string] => [p, v, r.currency])),
  ];
  const [low, high] = PLAUSIBLE[period];
  return checked.flatMap(([path, value, currency]) => {
    if (!DOLLAR_LIKE.has(currency) || (value >= low && value <= high)) return [];
    return [
      warn(
        parsed,
        path,
        "pay-implausible",
        `${value} ${currency} is implausible as pay per ${period} (expected ${low}–${high})`,
        `check the figure against the source, and that salary.period (${period}) is what it is per`,
      ),
    ];
  });
}

function careersWithoutGuides(input: Parameters<Check>[0]): ContentIssue[] {
  return input.careers.flatMap(({ parsed, slug }) =>
    input.guided.has(slug)
      ? []
      : [
          warn(
            parsed,
            [],
            "career-no-guide",
            `Career "${slug}" has no guide, so its page has nothing to compare`,
            `add a guide: npm run content:new -- ${slug} <source>`,
          ),
        ],
  );
}
