/**
 * Slugs and ids: the one spelling of an id (lowercase letters, digits and
 * single hyphens) shared by career folders, source files, taxonomy ids and
 * page anchors.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` is a valid id: lowercase letters and digits, in words joined by single hyphens. */
export function isId(text: string): boolean {
  return ID.test(text);
}

/** A slug for a title or name: accents dropped, lowercase, anything else a hyphen ("Back-End Développeur" → "back-end-developpeur"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
