import { getTranslations } from "next-intl/server";
import { duplicateActivity } from "@/lib/server/activities";
import { companyRoute } from "@/lib/server/route";

export const POST = companyRoute({ permission: "register.write" }, async ({ params, ...access }) => {
  const t = await getTranslations("activities");
  return duplicateActivity(access, params.activityId ?? "", ` (${t("copySuffix")})`);
});
