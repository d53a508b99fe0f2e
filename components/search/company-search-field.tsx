import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The search field in the company's header: a GET form, so results have an address and the back button works. */
export async function CompanySearchField({ companyId }: { companyId: string }) {
  const t = await getTranslations("search");
  return (
    <form method="get" action={`/companies/${companyId}/search`} role="search" aria-label={t("label")} className="flex items-center gap-2">
      <label htmlFor="company-search" className="sr-only">
        {t("label")}
      </label>
      <Input id="company-search" name="q" type="search" minLength={2} maxLength={200} placeholder={t("placeholder")} className="w-56" />
      <Button type="submit" variant="secondary" size="sm">
        {t("submit")}
      </Button>
    </form>
  );
}
