/**
 * Build cost: a career's comparisons and the social cards are computed once
 * per process, not once per page, metadata call or image (issue 9). Identity
 * of the results shows the memo is used; `npm run bench` prints the timings.
 */
import { describe, expect, it } from "vitest";
import { compareCareer } from "@/lib/compare/career";
import { findPair, publishedPairs } from "@/lib/compare/pair";
import { compareSalaries } from "@/lib/compare/salary";
import { socialCard, socialCards } from "@/lib/seo/social-card";
import { real } from "./builders";

const site = () => {
  if (!real.ok) throw new Error("real content failed to load");
  return real.site;
};

describe("comparisons computed once per build", () => {
  it("compareCareer returns the same comparison for the same career", () => {
    const career = site().careers[0];
    expect(compareCareer(career)).toBe(compareCareer(career));
    expect(compareCareer(career).salary).toBe(compareSalaries(career.guides));
  });

  it("a pair reuses each career's own comparison", () => {
    const careers = site().careers;
    const [a, b] = publishedPairs(careers)[0];
    const pair = findPair(careers, `${a.slug}-vs-${b.slug}`)!;
    expect(pair.salary.a).toBe(compareCareer(a).salary);
    expect(pair.ladder.b).toBe(compareCareer(b).ladder);
  });

  it("social cards are built once and looked up by key", () => {
    const cards = socialCards(site());
    expect(socialCards(site())).toEqual(cards);
    for (const card of cards) expect(socialCard(site(), card.key)).toBe(card);
    expect(socialCard(site(), "no-such-card")).toBeUndefined();
  });
});
