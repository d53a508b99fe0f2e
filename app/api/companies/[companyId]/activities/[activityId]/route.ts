import { activityInputSchema } from "@/lib/register/activity-schema";
import { getActivity, updateActivity } from "@/lib/server/activities";
import { companyRoute } from "@/lib/server/route";

export const GET = companyRoute({ permission: "register.read" }, ({ params, ...access }) => getActivity(access, params.activityId ?? ""));

/**
 * Saves the whole activity. A stale `version` answers 409 with the saved
 * version in `error.current`, so the editor can show both side by side.
 */
export const PUT = companyRoute({ permission: "register.write", input: activityInputSchema }, ({ input, params, ...access }) =>
  updateActivity(access, params.activityId ?? "", input),
);
