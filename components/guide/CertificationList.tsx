/** @jsxImportSource preact */
import type { CertificationMention } from "@/lib/content";
import { ProseHtml } from "../ProseHtml";

export function CertificationList({ certifications }: { certifications: CertificationMention[] }) {
  return (
    <ul className="space-y-4">
      {certifications.map((c) => (
        <li key={c.certification.id}>
          <h3 className="font-bold">{c.sourceName}</h3>
          <p className="text-sm text-muted">Issued by {c.sourceIssuer ?? c.certification.issuer}</p>
          {c.proves && <ProseHtml markdown={c.proves} className="mt-1" />}
        </li>
      ))}
    </ul>
  );
}
