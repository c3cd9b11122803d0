/**
 * The kinds of value content fields are made of: ids, text, years, money,
 * counts, dates. Each field's own documentation is given where it is used,
 * with `doc()`, so that one field's words never leak into another's.
 */
import { z } from "zod";

/**
 * A field's documentation, attached with `.meta(doc(…))`: the description
 * editors see when they hover the field in VS Code, in CONTRIBUTING.md's field
 * tables and in the scaffold's comments, and examples that the scaffold uses
 * as its values (a test loads them as content, so they must be valid).
 * Documentation never changes what is valid.
 */
export function doc(description: string, ...examples: unknown[]): { description: string; examples?: unknown[] } {
  return examples.length > 0 ? { description, examples } : { description };
}

/** Lower-case words joined by hyphens: used for every id and slug. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "Use lower-case letters, digits and single hyphens, e.g. backend-developer",
});

export const text = z.string().trim().min(1, { message: "Must not be empty" });
/** Prose written in our own words; may use Markdown (inline or blocks). */
export const markdown = z.string().trim().min(1, { message: "Must not be empty" });

export const year = z.number().int().min(1990).max(2100);
export const years = z.number().int().min(0).max(60);

/** A yearly, monthly or hourly pay figure. Above 10 million is surely a typo. */
export const money = z
  .number({ message: "Must be a number, without currency signs or commas, e.g. 93333" })
  .nonnegative({ message: "A salary cannot be negative" })
  .max(10_000_000, { message: "Over 10,000,000 looks like a typo" })
  // A missing figure is left out, never written as 0: a 0 would be read as a real salary.
  .refine((value) => value !== 0, {
    message: "0 is not a salary: leave the field out when the source gives no figure",
  });

/**
 * A count of jobs or postings. Above 100 million a year is more than any
 * occupation anywhere has: a slip of the keyboard, not a figure. Lower
 * ceilings that are only unlikely are warnings (checks/counts.ts); numbers
 * too large to hold exactly are reported on their own (validate.ts).
 */
const COUNT_CEILING = 100_000_000;
export const count = z
  .number({ message: "Must be a whole number, without commas, e.g. 216000" })
  .int({ message: "Must be a whole number, e.g. 216000" })
  .nonnegative({ message: "A count cannot be negative: give the number the source states, or leave the field out" })
  .max(COUNT_CEILING, { message: "Over 100,000,000 is more than any occupation has: check for extra zeros" });

export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "Use a three-letter ISO currency code, e.g. USD" });
export const isoDate = z.iso.date({ message: "Use a date in the form YYYY-MM-DD" });
export const httpUrl = z.url({ protocol: /^https?$/, message: "Must be an http(s) URL" });
