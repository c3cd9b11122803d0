import type { Agreement, AgreementGroup } from "@/lib/compare/agreement";
import { shortCodes } from "@/lib/labels";

type Entry = { id: string; name: string; issuer?: string };

export type AgreementMatrixProps<T extends Entry> = {
  label: string;
  sources: { id: string; name: string }[];
  groups: AgreementGroup<T>[];
  testId?: string;
};

/**
 * Canonical entries × sources: a tick where a source names the entry. Source
 * columns are headed by short codes (the key above spells them out, and
 * screen readers hear the full name), so the matrix fits a phone.
 */
export function AgreementMatrix<T extends Entry>({
  label,
  sources,
  groups,
  testId,
}: AgreementMatrixProps<T>) {
  const codes = shortCodes(sources.map((s) => s.name));
  return (
    <>
      <p className="my-2 text-sm text-muted" aria-hidden="true">
        {sources.map((s, i) => `${codes[i]} = ${s.name}`).join(" · ")}; ✓ = named
      </p>
      <table className="data-table matrix text-sm" data-testid={testId}>
        <caption className="sr-only">{label}: which sources name each one</caption>
        <thead>
          <tr>
            <th scope="col">Name (sources naming it)</th>
            {sources.map((s, i) => (
              <th key={s.id} scope="col" className="w-8 text-center">
                <span aria-hidden="true">{codes[i]}</span>
                <span className="sr-only">{s.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.category}>
            {groups.length > 1 && (
              <tr className="group">
                <th scope="colgroup" colSpan={sources.length + 1}>
                  {group.category}
                </th>
              </tr>
            )}
            {group.items.map((item) => (
              <Row key={item.entry.id} item={item} sources={sources} />
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}

function Row<T extends Entry>({ item, sources }: { item: Agreement<T>; sources: { id: string }[] }) {
  return (
    <tr data-entry={item.entry.id}>
      <th scope="row">
        {item.entry.name}
        {item.entry.issuer && <span className="font-normal text-muted"> ({item.entry.issuer})</span>}
        <span className="font-normal text-muted">
          {" "}
          {item.sourceCount}/{sources.length}
        </span>
      </th>
      {sources.map((s) =>
        item.sourceIds.includes(s.id) ? (
          // No per-cell tooltip with the source's wording: unreachable on touch and by keyboard, and it
          // doubled the matrix's bytes; each guide page lists its source's own wording.
          <td key={s.id}>✓</td>
        ) : (
          <td key={s.id} />
        ),
      )}
    </tr>
  );
}
