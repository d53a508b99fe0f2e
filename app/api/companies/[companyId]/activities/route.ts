import { parseActivityListQuery } from "@/lib/register/activity-list-query";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { createActivity } from "@/lib/server/activities";
import { listActivities, listOptionsFromQuery } from "@/lib/server/activity-overview";
import { companyRoute } from "@/lib/server/route";

/** The register overview: search, filters, sorting and paging from the query string. */
export const GET = companyRoute({ permission: "register.read" }, ({ request, ...access }) =>
  listActivities(access, listOptionsFromQuery(parseActivityListQuery(new URL(request.url).searchParams))),
);

export const POST = companyRoute({ permission: "register.write", input: activityInputSchema }, ({ input, ...access }) =>
  createActivity(access, input),
);
