import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getCompanyOverview } from "@/lib/server/companies";
import { pageCompanyAccess } from "@/lib/server/page-access";

export default async function CompanyOverviewPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const overview = await getCompanyOverview(access);
  const t = await getTranslations("dashboard");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("overview")}</h1>
      {!can(access.role, "register.write") ? <Alert>{t("readOnly")}</Alert> : null}
      <Card>
        <h2 className="font-medium">{t("activities")}</h2>
        <p className="text-3xl font-semibold" data-testid="activity-count">
          {overview.activities.total}
        </p>
        <p className="text-sm text-slate-600">{t("activityCount", { count: overview.activities.total })}</p>
      </Card>
    </div>
  );
}
