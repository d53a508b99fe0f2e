import type { SectionDiff } from "@/lib/notice/diff";

/** Section-level changes between the published notice and the draft, with the changed words marked. */
export function SectionDiffList({ diff, labels }: { diff: SectionDiff[]; labels: { added: string; removed: string; changed: string; none: string } }) {
  const changed = diff.filter((d) => d.status !== "unchanged");
  if (changed.length === 0) return <p className="text-sm text-slate-600">{labels.none}</p>;
  return (
    <ul className="space-y-3 text-sm">
      {changed.map((d) => (
        <li key={d.id} className="rounded-md border border-slate-200 p-3">
          <p className="font-medium">
            <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs uppercase tracking-wide text-slate-700">{labels[d.status as "added" | "removed" | "changed"]}</span>
            {d.heading}
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-800">
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
        </li>
      ))}
    </ul>
  );
}
