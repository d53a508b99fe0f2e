import { revokeInvitation } from "@/lib/server/members";
import { companyRoute } from "@/lib/server/route";

export const DELETE = companyRoute({ permission: "members.manage" }, ({ params, ...access }) => revokeInvitation(access, params.invitationId ?? ""));
