"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Select } from "@/components/ui/select";

/** For consultants who keep registers for several companies. */
export function CompanySwitcher({ current, companies }: { current: string; companies: { id: string; name: string }[] }) {
  const router = useRouter();
  const t = useTranslations("companies");
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{t("title")}</span>
      <Select className="w-64" value={current} onChange={(event) => router.push(`/companies/${event.target.value}`)}>
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </Select>
    </label>
  );
}
