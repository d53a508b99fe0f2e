import Link from "next/link";
import { z } from "zod";

/** A finding that blocks publishing, as the publish route sends it beside its refusal. */
export const blockingFindingsSchema = z.array(z.object({ ruleId: z.string(), article: z.string(), message: z.object({ en: z.string(), nb: z.string() }), href: z.string() }));
export type BlockingFindingView = z.output<typeof blockingFindingsSchema>[number];

/** Error-level findings that block publishing, each linked to the page where it is fixed. */
export function BlockingFindings({ findings, locale, fixLabel = locale === "nb" ? "Rett" : "Fix" }: { findings: BlockingFindingView[]; locale: "en" | "nb"; fixLabel?: string }) {
  return (
    <ul className="space-y-2 text-sm" aria-label={locale === "nb" ? "Funn som hindrer publisering" : "Findings that block publishing"}>
      {findings.map((finding, i) => (
        <li key={`${finding.ruleId}-${i}`} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900">
          <span className="font-mono text-xs">{finding.ruleId}</span> · {finding.message[locale]} <span className="text-red-800">({finding.article})</span>{" "}
          <Link className="font-medium underline" href={finding.href}>
            {fixLabel}
          </Link>
        </li>
      ))}
    </ul>
  );
}
