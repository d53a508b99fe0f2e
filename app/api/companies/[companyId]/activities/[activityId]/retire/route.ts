import { activityStatusChangeSchema } from "@/lib/register/activity-schema";
import { retireActivity } from "@/lib/server/activities";
import { companyRoute } from "@/lib/server/route";

export const POST = companyRoute({ permission: "register.write", input: activityStatusChangeSchema }, ({ input, params, ...access }) =>
  retireActivity(access, params.activityId ?? "", input.version),
);
