import { roleChangeSchema } from "@/lib/register/member-schemas";
import { changeMemberRole, removeMember } from "@/lib/server/members";
import { companyRoute } from "@/lib/server/route";

export const PUT = companyRoute({ permission: "members.manage", input: roleChangeSchema }, ({ input, params, ...access }) =>
  changeMemberRole(access, params.membershipId ?? "", input.role),
);

export const DELETE = companyRoute({ permission: "members.manage" }, ({ params, ...access }) => removeMember(access, params.membershipId ?? ""));
