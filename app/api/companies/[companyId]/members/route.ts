import { listMembers } from "@/lib/server/members";
import { companyRoute } from "@/lib/server/route";

export const GET = companyRoute({ permission: "members.manage" }, (access) => listMembers(access));
