import { getActivityHistory } from "@/lib/server/activities";
import { companyRoute } from "@/lib/server/route";

export const GET = companyRoute({ permission: "register.read" }, ({ params, ...access }) => getActivityHistory(access, params.activityId ?? ""));
