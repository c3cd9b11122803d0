/**
 * What Pagefind records about an indexed page (read from attributes, so
 * titles with commas stay whole): the career, the source ("Careerscope" for a
 * hub, which compares all of them) and the kind of page, used as a filter.
 */
export function SearchTags({ career, source }: { career: string; source?: string }) {
  return (
    <span
      hidden
      data-pagefind-meta="career[data-career], source[data-source]"
      data-pagefind-filter="kind[data-kind]"
      data-career={career}
      data-source={source ?? "All sources compared"}
      data-kind={source ? "Guide" : "Career hub"}
    />
  );
}
