"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export type CompanyNavItem = { key: string; href: string };

/** The company's sections; the current one is marked for screen readers and sighted users alike. */
export function CompanyNav({ label, items }: { label: string; items: CompanyNavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const overview = items[0]?.href;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-x-5 gap-y-2 border-b border-slate-200 text-sm">
      {items.map((item) => {
        const current = item.href === overview ? pathname === item.href : pathname.startsWith(item.href);
        return (
          <Link
            key={item.key}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 pb-2 hover:border-brand-600",
              current ? "border-brand-700 font-medium text-brand-800" : "border-transparent text-slate-700",
            )}
          >
            {t(item.key)}
          </Link>
        );
      })}
    </nav>
  );
}
