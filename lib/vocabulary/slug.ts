/**
 * Slugs and ids: the one spelling of an id (lowercase letters, digits and
 * single hyphens) shared by career folders, source files, taxonomy ids and
 * page anchors.
 */

/** A slug for a title or name: accents dropped, lowercase, anything else a hyphen ("Back-End Développeur" → "back-end-developpeur"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
