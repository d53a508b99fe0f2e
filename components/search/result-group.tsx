import type { ReactNode } from "react";

/**
 * One group of search results (activities, catalog entries, findings): a heading with its count and
 * the list. Renders nothing for an empty group, so the page shows only the kinds that matched.
 */
export function SearchResultGroup<T>({
  id,
  title,
  count,
  items,
  itemKey,
  itemClassName = "flex items-baseline justify-between gap-3 px-4 py-2",
  children,
}: {
  /** Names the section for its heading (`search-<id>`) and for tests (`data-testid`). */
  id: string;
  title: string;
  /** The count as the reader reads it ("3 results"). */
  count: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  itemClassName?: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`search-${id}`} className="space-y-2" data-testid={`search-${id}`}>
      <h2 id={`search-${id}`} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-600">({count})</span>
      </h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li key={itemKey(item)} className={itemClassName}>
            {children(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}
