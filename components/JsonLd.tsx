import { scriptSafeJson } from "@/lib/seo/script-json";
import type { JsonLdBlock } from "@/lib/structured-data";

/** Structured data for search engines: one script element per block, escaped so no text can close it. */
export function JsonLd({ data }: { data: JsonLdBlock[] }) {
  return (
    <>
      {data.map((block, i) => (
        <script
          key={i}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptSafeJson(block) }}
        />
      ))}
    </>
  );
}
