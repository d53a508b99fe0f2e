import { publishDecisionSchema } from "@/lib/notice/publish-schema";
import { decidePublication } from "@/lib/server/notice/publish-requests";
import { companyRoute } from "@/lib/server/route";

/** Another owner approves (and so publishes) or turns down the request; the asker may withdraw it. */
export const POST = companyRoute({ permission: "notice.publish", input: publishDecisionSchema }, ({ input, params, ...access }) =>
  decidePublication(access, params.requestId ?? "", input),
);
