/**
 * Name keys: one spelling per name for matching, so that "Postgres" and
 * "postgres", or "Developer - Associate" and "Developer – Associate", are
 * the same name.
 */

/** Every character that is invisible when shown: removed before two texts are compared. */
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\u3164\ufeff\uffa0]/g;

/**
 * The key under which two texts count as the same: Unicode compatibility
 * normalisation (NFKC: "ﬁ" is "fi", full-width letters are plain ones),
 * invisible characters dropped, case folded, spaces collapsed. "Backend
 * Developer" and "Backend\u200B Developer" have one key.
 */
export function comparableText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The same names are keyed over and over (every guide's skill labels against the taxonomy): each once per process. */
const nameKeys = new Map<string, string>();

/** Case-, dash-, space- and invisible-character-insensitive key for matching names and aliases. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = comparableText(name)
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\s*-\s*/g, "-");
    // Bounded: names are short and recur (skill labels, tiers, related careers), so the memo stays small.
    if (nameKeys.size > 100_000) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}
