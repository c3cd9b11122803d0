/** @jsxImportSource preact */
import type { Guide } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { routes } from "@/lib/site";
import { staticBlock } from "../static-block";

/** Who says so: publisher, page title, the year the figures refer to, when we added it. */
function AttributionMarkup({ guide }: { guide: Guide }) {
  const { provenance, source } = guide;
  return (
    <p className="border-l-4 border-line pl-3 text-sm text-muted" data-testid="attribution">
      Source: <a href={routes.source(source.id)}>{source.name}</a>,{" "}
      {provenance.url ? (
        <a href={provenance.url}>“{provenance.title}”</a>
      ) : (
        <cite className="not-italic">“{provenance.title}”</cite>
      )}
      {provenance.figuresYear ? `, figures for ${provenance.figuresYear}` : ", figures undated"}. Added to
      Careerscope on {formatDate(provenance.added)}.
    </p>
  );
}

/** A static block: its quotation marks are written as references (lib/ascii-html.ts), so the page's text stays one byte a character. */
export const Attribution = staticBlock(AttributionMarkup);
