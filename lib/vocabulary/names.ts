/**
 * Name keys: one spelling per name for matching, so that "Postgres" and
 * "postgres", or "Developer - Associate" and "Developer – Associate", are
 * the same name.
 */

/** Case-, dash- and space-insensitive key for matching names and aliases. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
