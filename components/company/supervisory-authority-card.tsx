import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SupervisoryAuthoritySnapshot } from "@/lib/register/snapshot";

type Authority = Omit<SupervisoryAuthoritySnapshot, "id" | "countryCode">;

/** The chosen authority's contact details, as the notice will give them (Art. 13(2)(d): right to complain). */
export async function SupervisoryAuthorityCard({ authority, locale }: { authority: Authority; locale: "en" | "nb" }) {
  const t = await getTranslations("companyProfile");
  const name = locale === "nb" ? authority.nameLocal : authority.nameEn;
  const row = (label: string, value: React.ReactNode): [string, React.ReactNode][] => [[label, value]];
  const rows: [string, React.ReactNode][] = [
    [t("authorityWebsite"), <a key="w" className="underline" href={authority.website} rel="noreferrer">{authority.website}</a>],
    ...(authority.email ? row(t("authorityEmail"), authority.email) : []),
    ...(authority.phone ? row(t("authorityPhone"), authority.phone) : []),
    ...(authority.postalAddress ? row(t("authorityPostal"), authority.postalAddress) : []),
    ...(authority.visitingAddress ? row(t("authorityVisiting"), authority.visitingAddress) : []),
    ...(authority.complaintUrl
      ? row(t("authorityComplaint"), <a key="c" className="underline" href={authority.complaintUrl} rel="noreferrer">{authority.complaintUrl}</a>)
      : []),
  ];
  return (
    <Card aria-labelledby="authority-contact">
      <h2 id="authority-contact" className="mb-2 font-medium">
        {t("authorityContact", { name })}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
