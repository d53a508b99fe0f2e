import { publishApprovalSettingSchema } from "@/lib/notice/publish-schema";
import { setPublishNeedsApproval } from "@/lib/server/notice/publish-requests";
import { companyRoute } from "@/lib/server/route";

/** Turns four-eyes publishing on or off (needs two owners to turn on). */
export const PUT = companyRoute({ permission: "company.manage", input: publishApprovalSettingSchema }, ({ input, ...access }) =>
  setPublishNeedsApproval(access, input),
);
