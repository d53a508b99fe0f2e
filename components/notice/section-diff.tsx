import type { SectionDiff } from "@/lib/notice/diff";

/**
 * Section-level changes between the published notice and the draft, with the changed words
 * marked. Each section is closed at first: the headings say what changed, a click shows how.
 */
export function SectionDiffList({ diff, labels }: { diff: SectionDiff[]; labels: { added: string; removed: string; changed: string; none: string } }) {
  const changed = diff.filter((d) => d.status !== "unchanged");
  if (changed.length === 0) return <p className="text-sm text-slate-600">{labels.none}</p>;
  return (
    <ul className="space-y-2 text-sm" data-testid="section-changes">
      {changed.map((d) => (
        <li key={d.id}>
          <details className="group rounded-md border border-slate-200">
            <summary className="cursor-pointer list-inside px-3 py-2 font-medium hover:bg-slate-50">
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs uppercase tracking-wide text-slate-700">{labels[d.status as "added" | "removed" | "changed"]}</span>
              {d.heading}
            </summary>
            <p className="whitespace-pre-line border-t border-slate-200 px-3 py-2 text-slate-800">
              {d.changes.map((c, i) =>
                c.kind === "added" ? (
                  <ins key={i} className="bg-emerald-100 no-underline">
                    {c.text}
                  </ins>
                ) : c.kind === "removed" ? (
                  <del key={i} className="bg-red-100">
                    {c.text}
                  </del>
                ) : (
                  <span key={i}>{c.text}</span>
                ),
              )}
            </p>
          </details>
        </li>
      ))}
    </ul>
  );
}
