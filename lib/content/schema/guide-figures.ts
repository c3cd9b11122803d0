/** A guide's figures: pay, job outlook and the career ladder. */
import { z } from "zod";
import { count, currency, doc, markdown, money, text, year, years } from "./fields";

const salaryLevelSchema = z
  .strictObject({
    level: text.meta(doc("The source's own name for the level.", "Entry-Level")),
    yearsMin: years.optional().meta(doc("Fewest years of experience for the level, as the source gives it.", 0)),
    yearsMax: years.optional().meta(doc("Most years of experience for the level, as the source gives it.", 2)),
    median: money.optional().meta(doc("Median pay for the level.", 75000)),
    average: money.optional().meta(doc("Average (mean) pay for the level.", 80000)),
    min: money.optional().meta(doc("Bottom of the level's range.", 60000)),
    max: money.optional().meta(doc("Top of the level's range.", 90000)),
  })
  .meta(doc("Pay for one experience level, in the guide's salary currency and period."));

const regionalSalarySchema = z
  .strictObject({
    region: text.meta(doc("Country, optionally with the city.", "Germany (Berlin)")),
    roles: text.optional().meta(doc("Which roles the figure covers, when the source says.", "mid-level")),
    currency: currency.meta(doc("Three-letter ISO 4217 code of this entry's figures.", "EUR")),
    min: money.optional().meta(doc("Bottom of the range, in this entry's currency.", 55000)),
    max: money.optional().meta(doc("Top of the range, in this entry's currency.", 95000)),
    median: money.optional().meta(doc("Median, in this entry's currency.", 70000)),
    usdMin: money
      .optional()
      .meta(doc("Bottom of the range in US dollars, only as the source gives it; never converted by us.", 60000)),
    usdMax: money
      .optional()
      .meta(doc("Top of the range in US dollars, only as the source gives it; never converted by us.", 105000)),
  })
  .meta(doc("Pay in one region, in its own currency."));

export const salarySchema = z.strictObject({
  currency: currency.meta(doc("Three-letter ISO 4217 code of the figures (USD, EUR, GBP, INR…).", "USD")),
  period: z
    .enum(["year", "month", "hour"])
    .default("year")
    .meta(doc("What the figures are per.", "year")),
  median: money
    .optional()
    .meta(doc("Median pay: a plain number, no currency sign or commas (93333, not $93,333).", 121000)),
  average: money.optional().meta(doc("Average (mean) pay.", 125000)),
  min: money.optional().meta(doc("Bottom of the range the source gives.", 70000)),
  max: money.optional().meta(doc("Top of the range the source gives.", 170000)),
  maxOpenEnded: z
    .boolean()
    .default(false)
    .meta(doc('true when the source gives the top of the range as open-ended ("$170k+").', true)),
  topDecile: money.optional().meta(doc("Where the top 10% start, when the source says.", 160000)),
  note: markdown.optional().meta(doc("What the range covers, in our own words.", "Spans entry-level to senior roles.")),
  byLevel: z
    .array(salaryLevelSchema)
    .default([])
    .meta(doc("Pay by experience level, in the order the source gives.")),
  byRegion: z
    .array(regionalSalarySchema)
    .default([])
    .meta(doc("Pay by country or city, each entry in its own currency.")),
});

const demandLevelSchema = z.enum(["low", "moderate", "high", "very-high"]);

export const outlookSchema = z.strictObject({
  growthPercent: z
    .number()
    .min(-100)
    .max(1000)
    .optional()
    .meta(doc("Projected job growth in percent: 22 for 22%.", 22)),
  projectionFrom: year.optional().meta(doc("First year of the projection period.", 2022)),
  projectionTo: year.optional().meta(doc("Last year of the projection period.", 2032)),
  basis: text
    .optional()
    .meta(doc("What the growth figure is based on.", "BLS projection for Software Developers")),
  growthLabel: text
    .optional()
    .meta(doc("The publisher's own wording of the growth.", "much faster than average")),
  annualOpenings: count
    .optional()
    .meta(doc("Projected job openings a year (BLS-style), not today's job postings.", 216000)),
  annualOpeningsApprox: z
    .boolean()
    .default(false)
    .meta(doc('true when the source gives the openings as an approximation ("about 216k").', true)),
  livePostings: count
    .optional()
    .meta(doc("How many live job postings the publisher listed when it wrote the guide.", 1200)),
  demand: demandLevelSchema.optional().meta(doc("The demand the source states.", "high")),
  remoteFriendly: z
    .boolean()
    .optional()
    .meta(doc("Whether the source says the work suits remote working.", true)),
});

const tierSalarySchema = z
  .strictObject({
    min: money.optional().meta(doc("Bottom of the stage's pay band.", 60000)),
    max: money.optional().meta(doc("Top of the stage's pay band.", 90000)),
    median: money.optional().meta(doc("Median pay for the stage.", 75000)),
    maxOpenEnded: z
      .boolean()
      .default(false)
      .meta(doc('true when the source gives the top of the band as open-ended ("$164,000+").', false)),
  })
  .meta(doc("The stage's pay band, in the guide's salary currency and period."));

export const tierSchema = z
  .strictObject({
    title: text.meta(doc("The source's name for the stage.", "Junior Backend Developer")),
    yearsMin: years.meta(doc("Years of experience at which the stage starts.", 0)),
    yearsMax: years
      .optional()
      .meta(doc('Years at which it ends; leave it out for an open-ended stage such as "12+ years".', 2)),
    summary: markdown.meta(
      doc("What the work is at this stage, in our own words.", "Fixes bugs and ships small features under guidance."),
    ),
    salary: tierSalarySchema.optional(),
    focus: z
      .array(text)
      .default([])
      .meta(doc("What to focus on at this stage, as short items.", ["Debugging", "Code review"])),
  })
  .meta(doc("One stage of the career ladder."));
