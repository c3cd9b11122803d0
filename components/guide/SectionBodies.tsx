/** @jsxImportSource preact */
import type { Guide } from "@/lib/content";
import { routes } from "@/lib/site";
import { ProseHtml } from "../ProseHtml";

/*
 * The bodies of a guide's sections that are not a table or a list of their
 * own: the guide's own text, education paths, work-life, pros and cons and
 * related careers. Preact components: GuideSections.tsx puts each in its
 * section.
 */

/** A text section: its lead in view, the rest in a disclosure (printed open). */
export function GuideText({ title, lead, rest }: { title: string; lead: string; rest?: string }) {
  return (
    <>
      <ProseHtml markdown={lead} />
      {rest && (
        <details className="more">
          <summary>{`Read more of “${title}”`}</summary>
          <ProseHtml markdown={rest} />
        </details>
      )}
    </>
  );
}

export function Education({ education }: { education: NonNullable<Guide["education"]> }) {
  return (
    <>
      {education.typical && (
        <p className="mb-3">
          <span className="font-semibold">Typical education:</span> {education.typical}
        </p>
      )}
      <ol className="paths rule-list">
        {education.paths.map((p) => (
          <li key={p.title}>
            <details>
              <summary>{p.title}</summary>
              <ProseHtml markdown={p.detail} />
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}

export function WorkLife({ workLife }: { workLife: NonNullable<Guide["workLife"]> }) {
  return (
    <>
      {(workLife.stressLevel || workLife.balanceRating) && (
        <dl className="mb-3 flex flex-wrap gap-x-8 gap-y-2">
          {workLife.stressLevel && (
            <div>
              <dt className="text-sm text-muted">Stress level</dt>
              <dd className="font-bold capitalize">{workLife.stressLevel}</dd>
            </div>
          )}
          {workLife.balanceRating && (
            <div>
              <dt className="text-sm text-muted">Work-life balance</dt>
              <dd className="font-bold capitalize">{workLife.balanceRating}</dd>
            </div>
          )}
        </dl>
      )}
      {workLife.summary && <ProseHtml markdown={workLife.summary} />}
    </>
  );
}

export function ProsAndCons({ pros, cons }: Pick<Guide, "pros" | "cons">) {
  const columns = [
    { title: "Pros", items: pros },
    { title: "Cons", items: cons },
  ];
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {columns.map((column) => (
        <div key={column.title}>
          <h3 className="mb-2 text-lg font-bold">{column.title}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {column.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** Related careers, linked when the site covers them. */
export function RelatedList({ related }: Pick<Guide, "related">) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {related.map((r) => (
        <li key={r.title}>{r.slug ? <a href={routes.career(r.slug)}>{r.title}</a> : r.title}</li>
      ))}
    </ul>
  );
}
