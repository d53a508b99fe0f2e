/** A dashboard page's heading and the sentence under it that says what the page is for. */
export function PageHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-700">{intro}</p>
    </div>
  );
}
