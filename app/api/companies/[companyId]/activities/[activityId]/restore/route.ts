import { activityStatusChangeSchema } from "@/lib/register/activity-schema";
import { restoreActivity } from "@/lib/server/activities";
import { companyRoute } from "@/lib/server/route";

export const POST = companyRoute({ permission: "register.write", input: activityStatusChangeSchema }, ({ input, params, ...access }) =>
  restoreActivity(access, params.activityId ?? "", input.version),
);
