import type { Agreement, AgreementGroup } from "@/lib/compare/agreement";

type Entry = { id: string; name: string; issuer?: string };

/**
 * Canonical entries × sources: a tick where a source names the entry, and
 * "n of m sources". Groups are table sections with their own header rows.
 */
export function AgreementMatrix<T extends Entry>({
  label,
  sources,
  groups,
  testId,
}: {
  label: string;
  sources: { id: string; name: string }[];
  groups: AgreementGroup<T>[];
  testId?: string;
}) {
  const columns = sources.length + 2;
  return (
    <div className="relative overflow-x-auto" role="region" aria-label={label} tabIndex={0}>
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{label}: which sources name each one</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-3">
              Name
            </th>
            <th scope="col" className="py-2 pr-3">
              Agreement
            </th>
            {sources.map((s) => (
              <th key={s.id} scope="col" className="px-2 py-2 text-center">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.category}>
            {groups.length > 1 && (
              <tr className="bg-wash">
                <th scope="colgroup" colSpan={columns} className="py-1.5 pl-1 font-bold">
                  {group.category}
                </th>
              </tr>
            )}
            {group.items.map((item) => (
              <AgreementRow key={item.entry.id} item={item} sources={sources} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function AgreementRow<T extends Entry>({
  item,
  sources,
}: {
  item: Agreement<T>;
  sources: { id: string; name: string }[];
}) {
  return (
    <tr className="border-b border-line" data-entry={item.entry.id}>
      <th scope="row" className="py-1.5 pr-3 font-semibold">
        {item.entry.name}
        {item.entry.issuer && <span className="block font-normal text-muted">{item.entry.issuer}</span>}
      </th>
      <td className="whitespace-nowrap py-1.5 pr-3">
        {item.sourceCount} of {sources.length}
      </td>
      {sources.map((s) => {
        const named = item.sourceIds.includes(s.id);
        return (
          <td
            key={s.id}
            className="px-2 py-1.5 text-center"
            title={named ? item.wording[s.id]?.join("; ") : undefined}
          >
            {named ? (
              <>
                <span aria-hidden="true" className="font-bold text-brand">
                  ✓
                </span>
                <span className="sr-only">named</span>
              </>
            ) : (
              <>
                <span aria-hidden="true" className="text-muted">
                  ·
                </span>
                <span className="sr-only">not named</span>
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
}
