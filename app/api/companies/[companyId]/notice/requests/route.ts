import { publishRequestSchema } from "@/lib/notice/publish-schema";
import { requestPublication } from "@/lib/server/notice/publish-requests";
import { companyRoute } from "@/lib/server/route";

/** Asks another owner to approve publishing the register as it is now (four eyes). */
export const POST = companyRoute({ permission: "notice.publish", input: publishRequestSchema }, ({ input, ...access }) => requestPublication(access, input));
