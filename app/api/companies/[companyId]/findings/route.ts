import { getFindings } from "@/lib/server/findings";
import { companyRoute } from "@/lib/server/route";

/** The legal checks' findings, for the whole register or `?activityId=` (the activity editor's live list). */
export const GET = companyRoute({ permission: "register.read" }, async ({ request, ...access }) => {
  const activityId = new URL(request.url).searchParams.get("activityId")?.slice(0, 64) || undefined;
  const { findings, summary } = await getFindings(access, activityId ? { activityId } : {});
  return { findings, summary };
});
