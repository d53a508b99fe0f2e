import { createPasswordReset } from "@/lib/server/password-resets";
import { companyRoute } from "@/lib/server/route";

/** An owner makes a one-time password reset link for a member, to pass on by hand. */
export const POST = companyRoute({ permission: "members.manage" }, ({ params, ...access }) =>
  createPasswordReset(access, params.membershipId ?? ""),
);
